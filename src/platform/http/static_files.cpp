#include "platform/http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/http/router.hpp"

namespace polku::http {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kUnknownType = "application/octet-stream";

// Whether an Accept-Encoding header takes gzip (not refused with q=0).
bool accepts_gzip(std::string_view header) {
  for (std::size_t at = 0; at < header.size();) {
    std::size_t end = header.find(',', at);
    if (end == std::string_view::npos) end = header.size();
    std::string_view item = header.substr(at, end - at);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (item.starts_with("gzip") || item.starts_with("*")) {
      const auto q = item.find("q=");
      return q == std::string_view::npos || item.substr(q + 2).find_first_not_of("0.") != std::string_view::npos;
    }
    at = end + 1;
  }
  return false;
}

}  // namespace

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)), files_(servable_files(root_)) {
  std::error_code ec;
  for (const auto& f : files_) {
    const fs::path gz = fs::path(root_) / (f + ".gz");
    if (fs::is_regular_file(gz, ec) && !fs::is_symlink(gz, ec)) gzipped_.insert(f);
  }
}

std::set<std::string> StaticFiles::servable_files(const std::string& root) {
  std::set<std::string> out;
  std::error_code ec;
  if (root.empty() || !fs::is_directory(root, ec)) return out;
  // Symbolic links are neither followed nor served: one could point anywhere.
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with('.')) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
    const std::string rel = fs::relative(it->path(), root, ec).generic_string();
    if (!ec && mime_type(rel) != kUnknownType) out.insert(rel);
  }
  return out;
}

std::string StaticFiles::mime_type(std::string_view path) {
  auto dot = path.rfind('.');
  auto ext = dot == std::string_view::npos ? std::string_view() : path.substr(dot);
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return std::string(kUnknownType);
}

std::string StaticFiles::safe_relative(std::string_view url_path) {
  std::string out;
  for (const auto& seg : split_path(url_decode(url_path))) {
    if (seg == ".." || seg == "." || seg.find('\\') != std::string::npos || seg.find('\0') != std::string::npos) {
      return {};
    }
    if (!out.empty()) out += '/';
    out += seg;
  }
  return out;
}

std::optional<Response> StaticFiles::serve(const Request& req) const {
  const auto method = req.raw.method();
  if (method != bhttp::verb::get && method != bhttp::verb::head) return std::nullopt;
  if (req.path.rfind("/api/", 0) == 0) return std::nullopt;
  const std::string rel = safe_relative(req.path);
  if (rel.empty() && req.path != "/") return std::nullopt;  // tried to leave the root
  std::string served = rel.empty() ? "index.html" : rel;
  const bool is_asset = rel.rfind("assets/", 0) == 0;
  if (files_.count(served) == 0) {
    // Client-side routes (no dot anywhere) get the app; anything else not in the build is 404.
    if (rel.find('.') != std::string::npos) return std::nullopt;
    served = "index.html";
    if (files_.count(served) == 0) return std::nullopt;
  }
  const fs::path file = fs::path(root_) / served;
  const bool has_gz = gzipped_.count(served) > 0;
  const bool gzip = has_gz && accepts_gzip(req.raw[bhttp::field::accept_encoding]);
  std::ifstream in(gzip ? fs::path(file.string() + ".gz") : file, std::ios::binary);
  std::ostringstream body;
  body << in.rdbuf();
  Response res{bhttp::status::ok, req.raw.version()};
  res.set(bhttp::field::content_type, mime_type(file.string()));
  if (has_gz) res.set(bhttp::field::vary, "Accept-Encoding");
  if (gzip) res.set(bhttp::field::content_encoding, "gzip");
  // Vite puts content hashes into asset names, so they never change.
  res.set(bhttp::field::cache_control, is_asset ? "public, max-age=31536000, immutable" : "no-cache");
  res.body() = method == bhttp::verb::head ? std::string() : body.str();
  res.keep_alive(req.raw.keep_alive());
  res.prepare_payload();
  return res;
}

}  // namespace polku::http
