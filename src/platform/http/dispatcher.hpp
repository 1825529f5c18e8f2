// The middleware chain: request id, language, routing, authentication, CSRF,
// errors as problem details, security headers and the access log.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace polku::http {

// Finds the signed-in user from the session cookie's token.
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  virtual std::optional<auth::AuthContext> authenticate(const std::string& cookie_token) = 0;
};

inline constexpr const char* kSessionCookie = "polku_session";
inline constexpr const char* kCsrfHeader = "X-CSRF-Token";

class Dispatcher {
 public:
  Dispatcher(const Router& router, std::shared_ptr<StaticFiles> static_files, Authenticator* authenticator,
             audit::AuditLog* access_log = nullptr)
      : router_(router),
        static_files_(std::move(static_files)),
        authenticator_(authenticator),
        access_log_(access_log) {}

  // The route of a request line, found once when its header is read and used for
  // its body limit, its thread and its handler.
  RouteMatch match(std::string_view method, std::string_view target) const;
  // True when the request may be answered on the I/O thread (no blocking work).
  static bool is_inline(const RouteMatch& match) { return match.route && match.route->options.run_inline; }
  // The route's own body limit, or `fallback`.
  static std::size_t body_limit_for(const RouteMatch& match, std::size_t fallback) {
    return match.route && match.route->options.body_limit ? match.route->options.body_limit : fallback;
  }
  // The largest body any route accepts: the limit while the header is read.
  std::size_t largest_body_limit(std::size_t fallback) const;
  // Answers through `send`, possibly later from another thread (see Request::hold_until). `peer` is the address
  // the connection comes from.
  void handle_async(RawRequest&& raw, RouteMatch match, const std::string& peer, std::function<void(Response)> send);
  // Blocks until the answer is ready.
  Response handle(RawRequest&& raw, RouteMatch match, const std::string& peer = {});
  Response handle(RawRequest&& raw);  // matches first
  // Peers (a proxy such as nginx) whose X-Forwarded-For names the client's address; others are the client.
  void trust_proxies(std::vector<std::string> addresses) { trusted_proxies_ = std::move(addresses); }
  // Served to browsers over TLS (by a proxy in front): every answer tells them to keep to HTTPS (HSTS).
  void serve_over_tls(bool tls) { tls_ = tls; }
  // An answer for a request that could not be read whole (413, 400).
  Response refuse(const RawRequest& raw, const Error& error);

 private:
  Response route(Request& req, RouteMatch& match);
  Response run(Request& req, RouteMatch& match, long long started);
  void finish(const Request& req, Response& res, long long started_us);

  const Router& router_;
  std::shared_ptr<StaticFiles> static_files_;
  Authenticator* authenticator_;
  audit::AuditLog* access_log_;  // commits each request's access_events before it answers
  std::vector<std::string> trusted_proxies_;
  bool tls_ = false;
};

std::string new_request_id();

}  // namespace polku::http
