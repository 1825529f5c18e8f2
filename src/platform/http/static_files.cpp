#include "platform/http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/http/router.hpp"

namespace polku::http {
namespace fs = std::filesystem;

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
  return "application/octet-stream";
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
  std::string rel = safe_relative(req.path);
  fs::path file = rel.empty() ? fs::path(root_) / "index.html" : fs::path(root_) / rel;
  const bool is_asset = rel.rfind("assets/", 0) == 0;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    // Client-side routes (no file extension) get the app; missing files get 404.
    if (rel.find('.') != std::string::npos) return std::nullopt;
    file = fs::path(root_) / "index.html";
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream body;
  body << in.rdbuf();
  Response res{bhttp::status::ok, req.raw.version()};
  res.set(bhttp::field::content_type, mime_type(file.string()));
  // Vite puts content hashes into asset names, so they never change.
  res.set(bhttp::field::cache_control, is_asset ? "public, max-age=31536000, immutable" : "no-cache");
  res.body() = method == bhttp::verb::head ? std::string() : body.str();
  res.keep_alive(req.raw.keep_alive());
  res.prepare_payload();
  return res;
}

}  // namespace polku::http
