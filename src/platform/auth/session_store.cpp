#include "platform/auth/session_store.hpp"

#include "platform/auth/password.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::auth {

std::vector<RoleGrant> load_roles(soci::session& sql, long long user_id) {
  std::vector<RoleGrant> roles;
  soci::rowset<soci::row> rows =
      (sql.prepare
           << "SELECT organisation_id, role FROM active_roles_view WHERE user_id = :u ORDER BY organisation_id, role",
       soci::use(user_id));
  for (const auto& row : rows) roles.push_back(RoleGrant{db::int_at(row, 0), db::text_at(row, 1)});
  return roles;
}

NewSession SessionStore::create(long long user_id) {
  NewSession s{random_token(32), random_token(24)};
  const std::string id = sha256_hex(s.token);
  const long long now = now_ms();
  const long long expires = now + std::min(session_ms_, absolute_ms_);
  db_.write([&](soci::session& sql) {
    sql << "DELETE FROM auth_sessions WHERE user_id = :u AND expires_ms < :now", soci::use(user_id), soci::use(now);
    sql << "INSERT INTO auth_sessions (id, user_id, csrf_token, created_ms, expires_ms) VALUES (:i, :u, :c, :n, :e)",
        soci::use(id), soci::use(user_id), soci::use(s.csrf_token), soci::use(now), soci::use(expires);
  });
  return s;
}

std::optional<AuthContext> SessionStore::authenticate(const std::string& cookie_token) {
  if (cookie_token.size() < 20 || cookie_token.size() > 128) return std::nullopt;
  const std::string id = sha256_hex(cookie_token);
  const long long now = now_ms();
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(id);
    if (it != cache_.end()) {
      if (now - it->second.loaded_ms < kCacheMs && now < it->second.expires_ms) return it->second.context;
      cache_.erase(it);
    }
  }
  return load(id, now);
}

std::optional<AuthContext> SessionStore::load(const std::string& session_id, long long now) {
  auto loaded = db_.read([&](soci::session& sql) -> std::optional<Cached> {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT s.user_id, s.csrf_token, s.expires_ms, u.username, u.display_name, u.language, "
                        "s.created_ms FROM auth_sessions s JOIN users_view u ON u.id = s.user_id "
                        "WHERE s.id = :i AND u.active = 1",
         soci::use(session_id));
    for (const auto& row : rows) {
      Cached c;
      c.context.user_id = db::int_at(row, 0);
      c.context.csrf_token = db::text_at(row, 1);
      c.expires_ms = db::int_at(row, 2);
      c.context.username = db::text_at(row, 3);
      c.context.display_name = db::text_at(row, 4);
      c.context.language = db::text_at(row, 5);
      c.created_ms = db::int_at(row, 6);
      c.context.session_id = session_id;
      c.loaded_ms = now;
      if (c.expires_ms <= now || now - c.created_ms >= absolute_ms_) return std::nullopt;
      c.context.roles = load_roles(sql, c.context.user_id);
      return c;
    }
    return std::nullopt;
  });
  if (!loaded) return std::nullopt;
  // Sliding expiry: a session in use stays alive, written at most once per cache period, but never past the
  // absolute lifetime from its sign-in.
  const long long new_expiry = std::min(now + session_ms_, loaded->created_ms + absolute_ms_);
  if (new_expiry - loaded->expires_ms > kCacheMs) {
    db_.write([&](soci::session& sql) {
      sql << "UPDATE auth_sessions SET expires_ms = :e WHERE id = :i", soci::use(new_expiry), soci::use(session_id);
    });
    loaded->expires_ms = new_expiry;
  }
  std::lock_guard lock(mutex_);
  if (cache_.size() > 100'000) cache_.clear();
  cache_[session_id] = *loaded;
  return loaded->context;
}

void SessionStore::destroy(const std::string& session_id) {
  db_.write([&](soci::session& sql) { sql << "DELETE FROM auth_sessions WHERE id = :i", soci::use(session_id); });
  std::lock_guard lock(mutex_);
  cache_.erase(session_id);
}

void SessionStore::destroy_others(long long user_id, const std::string& keep_session_id) {
  db_.write([&](soci::session& sql) {
    sql << "DELETE FROM auth_sessions WHERE user_id = :u AND id <> :k", soci::use(user_id), soci::use(keep_session_id);
  });
  forget_cached_user(user_id);
}

void SessionStore::destroy_all(long long user_id) {
  db_.write([&](soci::session& sql) { end_all(sql, user_id); });
  forget_cached_user(user_id);
}

void SessionStore::end_all(soci::session& sql, long long user_id) {
  sql << "DELETE FROM auth_sessions WHERE user_id = :u", soci::use(user_id);
}

void SessionStore::forget_cached_user(long long user_id) {
  std::lock_guard lock(mutex_);
  for (auto it = cache_.begin(); it != cache_.end();) {
    if (it->second.context.user_id == user_id) {
      it = cache_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace polku::auth
