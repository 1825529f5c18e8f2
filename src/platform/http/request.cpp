#include "platform/http/request.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace polku::http {

std::optional<long long> Request::id_param(const std::string& name) const { return parse_id(param(name)); }

std::optional<long long> parse_id(std::string_view text) {
  long long v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
}

std::optional<long long> parse_count(std::string_view text) {
  if (text == "0") return 0;
  return parse_id(text);
}

Response json_response(const Request& req, unsigned status, const boost::json::value& body) {
  Response res{static_cast<bhttp::status>(status), req.raw.version()};
  res.set(bhttp::field::content_type, "application/json");
  res.set(bhttp::field::cache_control, "no-store");
  res.body() = boost::json::serialize(body);
  res.keep_alive(req.raw.keep_alive());
  res.prepare_payload();
  return res;
}

Response empty_response(const Request& req, unsigned status) {
  Response res{static_cast<bhttp::status>(status), req.raw.version()};
  res.set(bhttp::field::cache_control, "no-store");
  res.keep_alive(req.raw.keep_alive());
  res.prepare_payload();
  return res;
}

std::string file_language(const Request& req) {
  const auto lang = req.query_value("lang");
  return lang == "fi" || lang == "sv" || lang == "en" ? lang : req.language;
}

Response download_response(const Request& req, const std::string& content_type, const std::string& file_name,
                           std::string body) {
  static constexpr const char* kHex = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : file_name) {
    if (std::isalnum(c) != 0 || c == '.' || c == '-' || c == '_') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  auto res = empty_response(req, 200);
  res.set(bhttp::field::content_type, content_type);
  res.set(bhttp::field::content_disposition, "attachment; filename*=UTF-8''" + encoded);
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

std::string header_value(const RawRequest& raw, std::string_view name) {
  auto it = raw.find(name);
  return it == raw.end() ? std::string() : std::string(it->value());
}

std::string cookie_value(const RawRequest& raw, std::string_view name) {
  const std::string header = header_value(raw, "Cookie");
  std::string_view rest(header);
  while (!rest.empty()) {
    auto semi = rest.find(';');
    auto part = rest.substr(0, semi);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) return std::string(part.substr(eq + 1));
    if (semi == std::string_view::npos) break;
    rest.remove_prefix(semi + 1);
  }
  return {};
}

std::string client_address(const std::string& peer, std::string_view forwarded_for,
                           const std::vector<std::string>& trusted_proxies) {
  const auto trusted = [&](std::string_view a) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), a) != trusted_proxies.end();
  };
  if (!trusted(peer)) return peer;
  std::string_view rest = forwarded_for;
  std::string found = peer;
  while (!rest.empty()) {
    const auto comma = rest.rfind(',');
    std::string_view one = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    while (!one.empty() && (one.front() == ' ' || one.front() == '\t')) one.remove_prefix(1);
    while (!one.empty() && (one.back() == ' ' || one.back() == '\t')) one.remove_suffix(1);
    if (one.empty()) continue;
    found = std::string(one);
    if (!trusted(one)) break;
  }
  return found;
}

std::string pick_language(std::string_view accept_language) {
  // Takes the first of fi, sv, en in the header's order; quality values are rare in practice.
  std::size_t best = std::string_view::npos;
  std::string chosen = "fi";
  for (const char* lang : {"fi", "sv", "en"}) {
    auto pos = accept_language.find(lang);
    if (pos != std::string_view::npos && pos < best) {
      best = pos;
      chosen = lang;
    }
  }
  return chosen;
}

}  // namespace polku::http
