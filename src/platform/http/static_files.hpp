// The built web UI: files from web_root, index.html for client-side routes.
#pragma once
#include <optional>
#include <string>

#include "platform/http/request.hpp"

namespace polku::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::string root) : root_(std::move(root)) {}
  // nullopt when the path is not a UI path (e.g. /api/...).
  std::optional<Response> serve(const Request& req) const;
  static std::string mime_type(std::string_view path);
  // Safe relative path or empty when the path tries to leave the root.
  static std::string safe_relative(std::string_view url_path);

 private:
  std::string root_;
};

}  // namespace polku::http
