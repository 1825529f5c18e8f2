// The built web UI: files from web_root, index.html for client-side routes.
// Only what a UI build contains is served: the files found under web_root at
// start-up with a known web type and no dotfile (or dot directory) on the way,
// so a misconfigured web root cannot expose a database, a .env or a key.
// A file the build also compressed (`app.js` beside `app.js.gz`) goes compressed to a browser that
// accepts gzip: a phone on a weak connection loads a third of the bytes.
#pragma once
#include <optional>
#include <set>
#include <string>

#include "platform/http/request.hpp"

namespace polku::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::string root);
  // nullopt when the path is not a UI path (e.g. /api/...).
  std::optional<Response> serve(const Request& req) const;
  static std::string mime_type(std::string_view path);
  // Safe relative path or empty when the path tries to leave the root.
  static std::string safe_relative(std::string_view url_path);
  // The relative paths under `root` that may be served (see above).
  static std::set<std::string> servable_files(const std::string& root);

 private:
  std::string root_;
  std::set<std::string> files_;    // listed once: a new UI build needs a restart
  std::set<std::string> gzipped_;  // of those, the ones the build also wrote as `<file>.gz`
};

}  // namespace polku::http
