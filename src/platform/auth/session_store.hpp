// Sign-in sessions stored in the database (any node can serve them), with a
// short in-memory cache so that a request does not read its session every time.
#pragma once
#include <algorithm>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "platform/db/database.hpp"
#include "platform/http/dispatcher.hpp"

namespace polku::auth {

struct NewSession {
  std::string token;  // goes to the cookie; only its hash is stored
  std::string csrf_token;
};

class SessionStore : public http::Authenticator {
 public:
  // A session unused for `idle_hours` ends, and any session `absolute_hours` after its sign-in (at least the idle).
  SessionStore(db::Database& db, int idle_hours, int absolute_hours = 12)
      : db_(db),
        session_ms_(idle_hours * 3600LL * 1000),
        absolute_ms_(std::max(absolute_hours, idle_hours) * 3600LL * 1000) {}

  NewSession create(long long user_id);
  std::optional<AuthContext> authenticate(const std::string& cookie_token) override;
  void destroy(const std::string& session_id);
  // After a password change: every other session of the user ends.
  void destroy_others(long long user_id, const std::string& keep_session_id);
  // Signing out everywhere: every session of the user ends (another node's cache may serve one up to kCacheMs).
  void destroy_all(long long user_id);
  void forget_cached_user(long long user_id);
  // Inside the transaction that deactivates the user or sets a new password (the cache forgets
  // within kCacheMs, or at once through forget_cached_user after the commit).
  static void end_all(soci::session& sql, long long user_id);
  long long session_ms() const { return session_ms_; }

  // A node's cache may serve a revoked session for at most this long.
  static constexpr long long kCacheMs = 15'000;

 private:
  std::optional<AuthContext> load(const std::string& session_id, long long now);

  struct Cached {
    AuthContext context;
    long long loaded_ms;
    long long expires_ms;
    long long created_ms = 0;
  };
  db::Database& db_;
  long long session_ms_;
  long long absolute_ms_;
  std::mutex mutex_;
  std::unordered_map<std::string, Cached> cache_;
};

// Loads a user's roles (all organisations).
std::vector<RoleGrant> load_roles(soci::session& sql, long long user_id);

}  // namespace polku::auth
