#include "platform/http/router.hpp"

#include <stdexcept>

namespace polku::http {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '/') {
      ++start;
      continue;
    }
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    out.emplace_back(path.substr(start, end - start));
    start = end;
  }
  return out;
}

std::string url_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      auto hex = [](char h) -> int {
        if (h >= '0' && h <= '9') return h - '0';
        if (h >= 'a' && h <= 'f') return h - 'a' + 10;
        if (h >= 'A' && h <= 'F') return h - 'A' + 10;
        return -1;
      };
      int hi = i + 1 < text.size() ? hex(text[i + 1]) : -1;
      int lo = i + 2 < text.size() ? hex(text[i + 2]) : -1;
      if (hi < 0 || lo < 0) {
        out += c;
      } else {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
      }
    } else {
      out += c;
    }
  }
  return out;
}

std::map<std::string, std::string> parse_query(std::string_view query) {
  std::map<std::string, std::string> out;
  while (!query.empty()) {
    auto amp = query.find('&');
    auto part = query.substr(0, amp);
    auto eq = part.find('=');
    if (!part.empty()) {
      if (eq == std::string_view::npos) {
        out[url_decode(part)] = "";
      } else {
        out[url_decode(part.substr(0, eq))] = url_decode(part.substr(eq + 1));
      }
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return out;
}

void Router::add(std::string method, std::string pattern, Handler handler, RouteOptions options) {
  auto segments = split_path(pattern);
  for (const auto& r : routes_) {
    if (r.method == method && r.pattern == pattern) throw std::logic_error("duplicate route " + pattern);
  }
  routes_.push_back(Route{std::move(method), std::move(pattern), std::move(segments), std::move(handler), options});
}

RouteMatch Router::match(std::string_view method, std::string_view path) const {
  RouteMatch result;
  const auto parts = split_path(path);
  // Literal segments win over parameters: /clients/new before /clients/{id}.
  int best_score = -1;
  for (const auto& route : routes_) {
    if (route.segments.size() != parts.size()) continue;
    std::map<std::string, std::string> params;
    int score = 0;
    bool ok = true;
    for (std::size_t i = 0; i < parts.size() && ok; ++i) {
      const auto& seg = route.segments[i];
      if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}') {
        if (parts[i].empty()) ok = false;
        params[seg.substr(1, seg.size() - 2)] = url_decode(parts[i]);
      } else if (seg == parts[i]) {
        ++score;
      } else {
        ok = false;
      }
    }
    if (!ok) continue;
    if (!result.path_known || result.allowed_methods.find(route.method) == std::string::npos) {
      result.allowed_methods += (result.allowed_methods.empty() ? "" : ", ") + route.method;
    }
    result.path_known = true;
    if (route.method == method && score > best_score) {
      best_score = score;
      result.route = &route;
      result.params = std::move(params);
    }
  }
  return result;
}

}  // namespace polku::http
