#include "platform/http/dispatcher.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <future>
#include <random>

#include "platform/db/database.hpp"
#include "platform/http/problem.hpp"

namespace polku::http {
namespace {

long long micros() {
  using namespace std::chrono;
  return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

bool is_state_changing(bhttp::verb v) {
  return v == bhttp::verb::post || v == bhttp::verb::put || v == bhttp::verb::patch || v == bhttp::verb::delete_;
}

std::string_view path_of(std::string_view target) {
  auto q = target.find('?');
  return q == std::string_view::npos ? target : target.substr(0, q);
}

// Constant-time comparison for tokens.
bool same_token(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

std::string new_request_id() {
  // Unique per process run, cheap: a random prefix and a counter.
  static const std::string prefix = [] {
    std::random_device rd;
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", rd());
    return std::string(buf);
  }();
  static std::atomic<unsigned long long> counter{0};
  char buf[32];
  std::snprintf(buf, sizeof buf, "-%llx", ++counter);
  return prefix + buf;
}

RouteMatch Dispatcher::match(std::string_view method, std::string_view target) const {
  return router_.match(method, path_of(target));
}

std::size_t Dispatcher::largest_body_limit(std::size_t fallback) const {
  std::size_t largest = fallback;
  for (const auto& r : router_.routes()) largest = std::max(largest, r.options.body_limit);
  return largest;
}

Response Dispatcher::refuse(const RawRequest& raw, const Error& error) {
  Request req;
  req.raw = raw;
  req.request_id = new_request_id();
  req.language = pick_language(header_value(raw, "Accept-Language"));
  auto res = problem_response(req, error);
  res.keep_alive(false);
  finish(req, res, micros());
  return res;
}

Response Dispatcher::handle(RawRequest&& raw) {
  auto found = match(raw.method_string(), raw.target());
  return handle(std::move(raw), std::move(found));
}

Response Dispatcher::handle(RawRequest&& raw, RouteMatch match, const std::string& peer) {
  std::promise<Response> answer;
  auto future = answer.get_future();
  handle_async(std::move(raw), std::move(match), peer, [&answer](Response res) { answer.set_value(std::move(res)); });
  return future.get();
}

void Dispatcher::handle_async(RawRequest&& raw, RouteMatch match, const std::string& peer,
                              std::function<void(Response)> send) {
  const long long started = micros();
  auto req = std::make_shared<Request>();
  req->raw = std::move(raw);
  req->client_address = client_address(peer, header_value(req->raw, "X-Forwarded-For"), trusted_proxies_);
  Response res = run(*req, match, started);
  if (!req->hold_until) return send(std::move(res));
  auto hold = std::move(req->hold_until);
  hold([this, req, started, res = std::move(res), send = std::move(send)](bool ok) mutable {
    if (ok) return send(std::move(res));
    spdlog::error("[{}] durable work after the handler failed", req->request_id);
    auto failed = problem_response(*req, ErrorCode::kInternal, "internal");
    finish(*req, failed, started);
    send(std::move(failed));
  });
}

Response Dispatcher::run(Request& req, RouteMatch& match, long long started) {
  auto incoming_id = header_value(req.raw, "X-Request-Id");
  // A proxy's id is kept for tracing when it is short and plain; anything else is replaced.
  const bool plain_id = !incoming_id.empty() && incoming_id.size() <= 64 &&
                        std::all_of(incoming_id.begin(), incoming_id.end(), [](unsigned char c) {
                          return std::isalnum(c) || c == '-' || c == '_' || c == '.';
                        });
  req.request_id = plain_id ? incoming_id : new_request_id();
  req.language = pick_language(header_value(req.raw, "Accept-Language"));
  const std::string_view target = req.raw.target();
  req.path = std::string(path_of(target));
  if (auto q = target.find('?'); q != std::string_view::npos) req.query = parse_query(target.substr(q + 1));

  Response res;
  try {
    res = route(req, match);
  } catch (const db::StorageError& e) {
    spdlog::error("[{}] database error: {}", req.request_id, e.what());
    res = problem_response(req, e.error);
  } catch (const std::exception& e) {
    spdlog::error("[{}] unhandled error: {}", req.request_id, e.what());
    res = problem_response(req, ErrorCode::kInternal, "internal");
  }
  finish(req, res, started);
  if (res.result_int() >= 500) {  // the request failed: nothing it read left the server
    req.hold_until = nullptr;
    req.access_events.clear();
  }
  if (!req.access_events.empty() && access_log_ != nullptr) {
    // A refusal (404, 403) is logged as surely as a read: both wait for the commit.
    req.hold_until = [log = access_log_,
                      events = std::move(req.access_events)](std::function<void(bool)> done) mutable {
      log->record_async(std::move(events), std::move(done));
    };
  }
  return res;
}

Response Dispatcher::route(Request& req, RouteMatch& match) {
  if (!match.route) {
    if (static_files_) {
      if (auto file = static_files_->serve(req)) return std::move(*file);
    }
    if (match.path_known) {
      auto res = problem_response(req, ErrorCode::kMethodNotAllowed, "method_not_allowed");
      res.set(bhttp::field::allow, match.allowed_methods);
      return res;
    }
    return problem_response(req, ErrorCode::kNotFound, "not_found");
  }
  req.route = match.route->pattern;
  req.params = std::move(match.params);
  const auto& options = match.route->options;
  if (options.requires_auth) {
    auto token = cookie_value(req.raw, kSessionCookie);
    if (!token.empty() && authenticator_) req.auth = authenticator_->authenticate(token);
    if (!req.auth) return problem_response(req, ErrorCode::kUnauthenticated, "unauthenticated");
    if (options.check_csrf && is_state_changing(req.raw.method()) &&
        !same_token(header_value(req.raw, kCsrfHeader), req.auth->csrf_token)) {
      return problem_response(req, ErrorCode::kForbidden, "csrf_failed");
    }
  }
  return match.route->handler(req);
}

void Dispatcher::finish(const Request& req, Response& res, long long started_us) {
  res.set("X-Request-Id", req.request_id);
  res.set(bhttp::field::server, "polku");
  res.set("X-Content-Type-Options", "nosniff");
  res.set("X-Frame-Options", "DENY");
  res.set("Referrer-Policy", "same-origin");
  res.set("Content-Security-Policy",
          "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          "frame-ancestors 'none'");
  if (tls_) res.set(bhttp::field::strict_transport_security, "max-age=31536000; includeSubDomains");
  const long long elapsed = micros() - started_us;
  spdlog::info("[{}] {} {} {} {}us user={}", req.request_id, std::string_view(req.raw.method_string()), req.path,
               res.result_int(), elapsed, req.auth ? req.auth->user_id : 0);
}

}  // namespace polku::http
