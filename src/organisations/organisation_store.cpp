#include "organisations/organisation_store.hpp"

#include <set>

#include "platform/auth/session_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::organisations {
namespace {

constexpr const char* kSelectOrganisation =
    "SELECT id, name, is_purchaser, is_provider, is_host, version, logo_file_id FROM organisations";
constexpr const char* kSelectUser =
    "SELECT id, username, display_name, email, language, active, version, social_welfare_professional FROM users";

Organisation organisation_from(const soci::row& r) {
  Organisation o;
  o.id = db::int_at(r, 0);
  o.name = db::text_at(r, 1);
  if (db::bool_at(r, 2)) o.kinds.push_back("purchaser");
  if (db::bool_at(r, 3)) o.kinds.push_back("provider");
  if (db::bool_at(r, 4)) o.kinds.push_back("host");
  o.version = db::int_at(r, 5);
  o.has_logo = db::opt_int_at(r, 6).has_value();
  return o;
}

User user_from(const soci::row& r) {
  User u;
  u.id = db::int_at(r, 0);
  u.username = db::text_at(r, 1);
  u.display_name = db::text_at(r, 2);
  u.email = db::text_at(r, 3);
  u.language = db::text_at(r, 4);
  u.active = db::bool_at(r, 5);
  u.version = db::int_at(r, 6);
  u.social_welfare_professional = db::bool_at(r, 7);
  return u;
}

void load_regions(soci::session& sql, Organisation& o) {
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT id, name FROM regions WHERE organisation_id = :o ORDER BY name", soci::use(o.id));
  for (const auto& r : rows) o.regions.push_back(Region{db::int_at(r, 0), db::text_at(r, 1)});
}

int has_kind(const OrganisationInput& in, const char* kind) {
  return std::find(in.kinds.begin(), in.kinds.end(), kind) != in.kinds.end() ? 1 : 0;
}

void save_regions(soci::session& sql, long long organisation_id, const std::vector<std::string>& names) {
  const std::set<std::string> wanted(names.begin(), names.end());
  std::set<std::string> existing;
  {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT name FROM regions WHERE organisation_id = :o", soci::use(organisation_id));
    for (const auto& r : rows) existing.insert(db::text_at(r, 0));
  }
  for (const auto& n : wanted) {
    if (!existing.count(n)) {
      sql << "INSERT INTO regions (organisation_id, name) VALUES (:o, :n)", soci::use(organisation_id), soci::use(n);
    }
  }
  for (const auto& n : existing) {
    if (!wanted.count(n)) {
      sql << "DELETE FROM regions WHERE organisation_id = :o AND name = :n", soci::use(organisation_id), soci::use(n);
    }
  }
}

bool exists(soci::session& sql, const char* table, long long id) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM " + std::string(table) + " WHERE id = :i", soci::use(id), soci::into(n);
  return n > 0;
}

void save_roles(soci::session& sql, long long user_id, const std::vector<auth::RoleGrant>& roles) {
  sql << "DELETE FROM user_roles WHERE user_id = :u", soci::use(user_id);
  std::set<std::pair<long long, std::string>> seen;
  for (const auto& g : roles) {
    if (!seen.insert({g.organisation_id, g.role}).second) continue;
    long long org = g.organisation_id;
    std::string role = g.role;
    sql << "INSERT INTO user_roles (user_id, organisation_id, role) VALUES (:u, :o, :r)", soci::use(user_id),
        soci::use(org), soci::use(role);
  }
}

}  // namespace

std::vector<Organisation> OrganisationStore::list_organisations() {
  return db_.read([&](soci::session& sql) {
    std::vector<Organisation> out;
    soci::rowset<soci::row> rows = (sql.prepare << std::string(kSelectOrganisation) + " ORDER BY name");
    for (const auto& r : rows) out.push_back(organisation_from(r));
    for (auto& o : out) load_regions(sql, o);
    return out;
  });
}

std::optional<Organisation> OrganisationStore::find_organisation(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Organisation> {
    soci::rowset<soci::row> rows = (sql.prepare << std::string(kSelectOrganisation) + " WHERE id = :i", soci::use(id));
    for (const auto& r : rows) {
      auto o = organisation_from(r);
      load_regions(sql, o);
      return o;
    }
    return std::nullopt;
  });
}

long long OrganisationStore::insert_organisation(work::UnitOfWork& unit, const OrganisationInput& in) {
  auto& sql = unit.sql();
  const std::string now = now_iso();
  int p = has_kind(in, "purchaser"), v = has_kind(in, "provider"), h = has_kind(in, "host");
  long long id = 0;
  sql << "INSERT INTO organisations (name, is_purchaser, is_provider, is_host, created_at, updated_at) "
         "VALUES (:n, :p, :v, :h, :c, :u) RETURNING id",
      soci::use(in.name), soci::use(p), soci::use(v), soci::use(h), soci::use(now), soci::use(now), soci::into(id);
  save_regions(sql, id, in.regions);
  return id;
}

bool OrganisationStore::set_logo(work::UnitOfWork& unit, long long id, std::optional<long long> file_id) {
  long long file = file_id.value_or(0);
  soci::indicator ind = file_id ? soci::i_ok : soci::i_null;
  soci::statement st = (unit.sql().prepare << "UPDATE organisations SET logo_file_id = :f WHERE id = :i",
                        soci::use(file, ind), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::optional<long long> OrganisationStore::logo_file(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<long long> {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT logo_file_id FROM organisations WHERE id = :i", soci::use(id));
    for (const auto& r : rows) return db::opt_int_at(r, 0);
    return std::nullopt;
  });
}

bool OrganisationStore::update_organisation(work::UnitOfWork& unit, long long id, long long version,
                                            const OrganisationInput& in) {
  auto& sql = unit.sql();
  const std::string now = now_iso();
  int p = has_kind(in, "purchaser"), v = has_kind(in, "provider"), h = has_kind(in, "host");
  soci::statement st =
      (sql.prepare << "UPDATE organisations SET name = :n, is_purchaser = :p, is_provider = :v, is_host = :h, "
                      "updated_at = :u, version = version + 1 WHERE id = :i AND version = :ver",
       soci::use(in.name), soci::use(p), soci::use(v), soci::use(h), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  save_regions(sql, id, in.regions);
  return true;
}

bool OrganisationStore::organisation_exists(work::UnitOfWork& unit, long long id) {
  return exists(unit.sql(), "organisations", id);
}

bool OrganisationStore::name_taken(work::UnitOfWork& unit, const std::string& name, long long except_id) {
  int n = 0;
  unit.sql() << "SELECT COUNT(*) FROM organisations WHERE name = :n AND id <> :i", soci::use(name),
      soci::use(except_id), soci::into(n);
  return n > 0;
}

bool OrganisationStore::removes_region_in_use(work::UnitOfWork& unit, long long organisation_id,
                                              const std::vector<std::string>& names) {
  const std::set<std::string> wanted(names.begin(), names.end());
  soci::rowset<soci::row> rows =
      (unit.sql().prepare
           << "SELECT r.name, (SELECT COUNT(*) FROM region_uses_view u WHERE u.region_id = r.id) FROM regions r "
              "WHERE r.organisation_id = :o",
       soci::use(organisation_id));
  for (const auto& r : rows) {
    if (!wanted.count(db::text_at(r, 0)) && db::int_at(r, 1) > 0) return true;
  }
  return false;
}

std::vector<User> OrganisationStore::list_users() {
  return db_.read([&](soci::session& sql) {
    std::vector<User> out;
    soci::rowset<soci::row> rows = (sql.prepare << std::string(kSelectUser) + " ORDER BY display_name");
    for (const auto& r : rows) out.push_back(user_from(r));
    for (auto& u : out) u.roles = auth::load_roles(sql, u.id);
    return out;
  });
}

std::optional<User> OrganisationStore::find_user(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<User> {
    soci::rowset<soci::row> rows = (sql.prepare << std::string(kSelectUser) + " WHERE id = :i", soci::use(id));
    for (const auto& r : rows) {
      auto u = user_from(r);
      u.roles = auth::load_roles(sql, u.id);
      return u;
    }
    return std::nullopt;
  });
}

long long OrganisationStore::insert_user(work::UnitOfWork& unit, const UserInput& in,
                                         const std::string& password_hash) {
  auto& sql = unit.sql();
  long long id = 0;
  const std::string now = now_iso();
  int active = in.active ? 1 : 0;
  int professional = in.social_welfare_professional ? 1 : 0;
  sql << "INSERT INTO users (username, display_name, email, language, password_hash, active, "
         "social_welfare_professional, created_at, updated_at) VALUES (:un, :dn, :e, :l, :h, :a, :p, :c, :u) "
         "RETURNING id",
      soci::use(in.username), soci::use(in.display_name), soci::use(in.email), soci::use(in.language),
      soci::use(password_hash), soci::use(active), soci::use(professional), soci::use(now), soci::use(now),
      soci::into(id);
  save_roles(sql, id, in.roles);
  return id;
}

bool OrganisationStore::update_user(work::UnitOfWork& unit, long long id, long long version, const UserInput& in,
                                    const std::optional<std::string>& password_hash) {
  auto& sql = unit.sql();
  const std::string now = now_iso();
  int active = in.active ? 1 : 0;
  int professional = in.social_welfare_professional ? 1 : 0;
  soci::statement st =
      (sql.prepare << "UPDATE users SET username = :un, display_name = :dn, email = :e, language = :l, "
                      "active = :a, social_welfare_professional = :p, updated_at = :u, version = version + 1 "
                      "WHERE id = :i AND version = :v",
       soci::use(in.username), soci::use(in.display_name), soci::use(in.email), soci::use(in.language),
       soci::use(active), soci::use(professional), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  save_roles(sql, id, in.roles);
  if (password_hash)
    sql << "UPDATE users SET password_hash = :h WHERE id = :i", soci::use(*password_hash), soci::use(id);
  if (!in.active || password_hash) auth::SessionStore::end_all(sql, id);
  return true;
}

bool OrganisationStore::user_exists(work::UnitOfWork& unit, long long id) { return exists(unit.sql(), "users", id); }

bool OrganisationStore::username_taken(work::UnitOfWork& unit, const std::string& username, long long except_id) {
  int n = 0;
  unit.sql() << "SELECT COUNT(*) FROM users WHERE username = :n AND id <> :i", soci::use(username),
      soci::use(except_id), soci::into(n);
  return n > 0;
}

bool OrganisationStore::roles_known(work::UnitOfWork& unit, const std::vector<auth::RoleGrant>& roles) {
  for (const auto& g : roles) {
    if (!exists(unit.sql(), "organisations", g.organisation_id)) return false;
  }
  return true;
}

std::optional<Credentials> OrganisationStore::credentials(const std::string& username) {
  return db_.read([&](soci::session& sql) -> std::optional<Credentials> {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT id, password_hash, active FROM users WHERE username = :u", soci::use(username));
    for (const auto& r : rows) return Credentials{db::int_at(r, 0), db::text_at(r, 1), db::bool_at(r, 2)};
    return std::nullopt;
  });
}

void OrganisationStore::set_password_hash(work::UnitOfWork& unit, long long user_id, const std::string& hash) {
  const std::string now = now_iso();
  unit.sql() << "UPDATE users SET password_hash = :h, updated_at = :n WHERE id = :i", soci::use(hash), soci::use(now),
      soci::use(user_id);
}

namespace {

std::vector<Worker> users_with_roles(soci::session& sql, const std::vector<long long>& organisation_ids,
                                     const char* roles) {
  std::vector<Worker> out;
  std::set<std::pair<long long, long long>> seen;
  for (long long org : organisation_ids) {
    soci::rowset<soci::row> rows =
        (sql.prepare << std::string("SELECT DISTINCT u.id, u.display_name FROM users u JOIN user_roles r ON "
                                    "r.user_id = u.id WHERE r.organisation_id = :o AND u.active = 1 AND r.role IN (") +
                            roles + ") ORDER BY u.display_name",
         soci::use(org));
    for (const auto& r : rows) {
      if (seen.insert({db::int_at(r, 0), org}).second) out.push_back(Worker{db::int_at(r, 0), db::text_at(r, 1), org});
    }
  }
  return out;
}

}  // namespace

std::vector<Worker> OrganisationStore::coaches_of(const std::vector<long long>& organisation_ids) {
  return db_.read([&](soci::session& sql) { return users_with_roles(sql, organisation_ids, "'coach'"); });
}

std::vector<Worker> OrganisationStore::workers_of(const std::vector<long long>& organisation_ids) {
  return db_.read([&](soci::session& sql) {
    std::vector<Worker> out;
    std::set<std::pair<long long, long long>> seen;
    for (long long org : organisation_ids) {
      soci::rowset<soci::row> rows =
          (sql.prepare << "SELECT DISTINCT u.id, u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id "
                          "WHERE r.organisation_id = :o AND u.active = 1 "
                          "AND r.role IN ('social_worker', 'social_instructor') ORDER BY u.display_name",
           soci::use(org));
      for (const auto& r : rows) {
        if (seen.insert({db::int_at(r, 0), org}).second) {
          out.push_back(Worker{db::int_at(r, 0), db::text_at(r, 1), org});
        }
      }
    }
    return out;
  });
}

auth::LoginThrottleState OrganisationStore::login_throttle(const std::string& key) {
  return db_.read([&](soci::session& sql) {
    auth::LoginThrottleState s;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT failures, first_failure_ms, locked_until_ms "
                                                   "FROM login_throttle WHERE throttle_key = :k",
                                    soci::use(key));
    for (const auto& r : rows) {
      s.failures = static_cast<int>(db::int_at(r, 0));
      s.first_failure_ms = db::int_at(r, 1);
      s.locked_until_ms = db::int_at(r, 2);
    }
    return s;
  });
}

void OrganisationStore::record_login_failure(const std::vector<std::pair<std::string, auth::ThrottlePolicy>>& keys,
                                             long long now_ms) {
  db_.write([&](soci::session& sql) {
    // Keys whose window and lock are both over are forgotten, so that many sources leave no lasting rows.
    const long long stale = now_ms - auth::kFailureWindowMs;
    sql << "DELETE FROM login_throttle WHERE first_failure_ms < :s AND locked_until_ms < :n", soci::use(stale),
        soci::use(now_ms);
    for (const auto& [key, policy] : keys) {
      // Read and counted in this transaction, the row locked (SQLite's write transactions run one at a time): failures
      // at once are all counted, none lost to another's write.
      sql << "INSERT INTO login_throttle (throttle_key, failures, first_failure_ms, locked_until_ms) "
             "VALUES (:k, 0, 0, 0) ON CONFLICT (throttle_key) DO NOTHING",
          soci::use(key);
      auth::LoginThrottleState s;
      sql << std::string(
                 "SELECT failures, first_failure_ms, locked_until_ms FROM login_throttle WHERE throttle_key = :k") +
                 (db_.is_sqlite() ? "" : " FOR UPDATE"),
          soci::use(key), soci::into(s.failures), soci::into(s.first_failure_ms), soci::into(s.locked_until_ms);
      s = auth::after_failure(s, now_ms, policy);
      sql << "UPDATE login_throttle SET failures = :f, first_failure_ms = :ff, locked_until_ms = :l "
             "WHERE throttle_key = :k",
          soci::use(s.failures), soci::use(s.first_failure_ms), soci::use(s.locked_until_ms), soci::use(key);
    }
  });
}

void OrganisationStore::clear_login_throttle(const std::string& key) {
  db_.write([&](soci::session& sql) { sql << "DELETE FROM login_throttle WHERE throttle_key = :k", soci::use(key); });
}

}  // namespace polku::organisations
