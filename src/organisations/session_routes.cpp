#include "organisations/session_routes.hpp"

#include <algorithm>

#include "organisations/routes.hpp"
#include "platform/auth/login_throttle.hpp"
#include "platform/auth/password.hpp"
#include "platform/core/clock.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::organisations {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// `session_roles`, when given, are the roles every access check of this session sees: on a node whose session
// cache is up to 15 s old the screen then offers what the API allows.
json::object me_json(OrganisationStore& store, long long user_id, const std::string& csrf,
                     const std::vector<auth::RoleGrant>* session_roles = nullptr) {
  auto user = store.find_user(user_id);
  if (session_roles != nullptr) user->roles = *session_roles;
  json::array orgs;
  std::vector<long long> seen;
  for (const auto& g : user->roles) {
    if (std::find(seen.begin(), seen.end(), g.organisation_id) != seen.end()) continue;
    seen.push_back(g.organisation_id);
    if (auto o = store.find_organisation(g.organisation_id)) {
      json::array kinds;
      for (const auto& k : o->kinds) kinds.push_back(json::value(k));
      orgs.push_back({{"id", o->id}, {"name", o->name}, {"kinds", kinds}});
    }
  }
  return {{"user", to_json(*user)}, {"organisations", orgs}, {"csrfToken", csrf}};
}

std::string session_cookie(const std::string& value, long long max_age_seconds, bool secure) {
  std::string c = std::string(http::kSessionCookie) + "=" + value +
                  "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_seconds);
  if (secure) c += "; Secure";
  return c;
}

}  // namespace

void register_session_routes(http::Router& router, OrganisationStore& store, OrganisationService& service,
                             auth::SessionStore& sessions, SessionRoutesOptions options) {
  // Verified when the user does not exist, so that timing does not reveal usernames.
  static const std::string dummy_hash = auth::hash_password("polku-dummy-password");

  router.post("/api/v1/auth/login",
              [&store, &sessions, options](Request& req) -> Response {
                auto body = http::json_object_body(req);
                if (!body) return http::problem_response(req, body.error());
                const std::string username = lower_ascii(http::string_field(*body, "username"));
                const std::string password = http::string_field(*body, "password");
                std::vector<FieldError> missing;
                if (username.empty()) missing.push_back({"username", "required"});
                if (password.empty()) missing.push_back({"password", "required"});
                if (!missing.empty()) return http::problem_response(req, Error::invalid(missing));

                // Per username at this address, and per address across usernames: a stranger elsewhere cannot lock the
                // worker out, and one source trying many names is slowed too.
                const long long now = now_ms();
                const std::string account_key = auth::account_at_address_key(username, req.client_address);
                const std::string address_key = auth::address_key(req.client_address);
                const auto account = store.login_throttle(account_key);
                const auto address = store.login_throttle(address_key);
                auto decision = auth::check_login_allowed(account, address, now);
                if (!decision.allowed) {
                  auto error = Error::make(ErrorCode::kTooManyRequests, "too_many_attempts");
                  error.retry_after_seconds = decision.retry_after_seconds;
                  return http::problem_response(req, error);
                }
                auto creds = store.credentials(username);
                const bool ok = auth::verify_password(creds ? creds->password_hash : dummy_hash, password) && creds &&
                                creds->active;
                if (!ok) {
                  store.record_login_failure(
                      {{account_key, auth::kAccountAtAddress}, {address_key, auth::kAddressAcrossAccounts}}, now);
                  return http::problem_response(req, ErrorCode::kUnauthenticated, "invalid_credentials");
                }
                // The address's count stays: a success on one name does not buy another name more guesses.
                if (account.failures > 0 || account.locked_until_ms > 0) {
                  store.clear_login_throttle(account_key);
                }
                // A new session id at every sign-in: a session the browser still had ends (no fixation).
                if (auto old = sessions.authenticate(http::cookie_value(req.raw, http::kSessionCookie))) {
                  sessions.destroy(old->session_id);
                }
                auto session = sessions.create(creds->user_id);
                auto res = http::json_response(req, 200, me_json(store, creds->user_id, session.csrf_token));
                res.set(http::bhttp::field::set_cookie,
                        session_cookie(session.token, sessions.session_ms() / 1000, options.secure_cookies));
                return res;
              },
              {.requires_auth = false, .check_csrf = false});

  router.post("/api/v1/auth/logout", [&sessions, options](Request& req) -> Response {
    sessions.destroy(req.user().session_id);
    auto res = http::empty_response(req, 204);
    res.set(http::bhttp::field::set_cookie, session_cookie("", 0, options.secure_cookies));
    return res;
  });

  // Signing out everywhere (a lost phone, a shared computer left signed in): every session of the user ends.
  router.post("/api/v1/auth/sessions/end-all", [&sessions, options](Request& req) -> Response {
    sessions.destroy_all(req.user().user_id);
    auto res = http::empty_response(req, 204);
    res.set(http::bhttp::field::set_cookie, session_cookie("", 0, options.secure_cookies));
    return res;
  });

  router.get("/api/v1/auth/me", [&store](Request& req) -> Response {
    return http::json_response(req, 200, me_json(store, req.user().user_id, req.user().csrf_token, &req.user().roles));
  });

  router.post("/api/v1/auth/password", [&service, &sessions](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto changed = service.change_password(req.caller(), http::string_field(*body, "currentPassword"),
                                           http::string_field(*body, "newPassword"));
    if (!changed) return http::problem_response(req, changed.error());
    sessions.destroy_others(req.user().user_id, req.user().session_id);
    return http::empty_response(req, 204);
  });
}

}  // namespace polku::organisations
