// Small builders shared by the storage tests: organisations, users and client
// input with sensible defaults, and row counts read straight from the tables.
#pragma once
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "clients/client.hpp"
#include "clients/client_service.hpp"
#include "organisations/organisation_service.hpp"
#include "platform/audit/audit_log.hpp"
#include "support/source_location.hpp"
#include "support/test_database.hpp"

namespace polku::storage_test {

// That `r` failed with `code` and, for invalid input, that exactly `fields` are in error, so that a
// test cannot pass on a failure of another kind. Failures name the caller's line.
template <typename T>
void expect_error(const Result<T>& r, ErrorCode code, const std::set<std::string>& fields = {},
                  polku::testing::SourceLocation where = polku::testing::SourceLocation::current()) {
  const ::testing::ScopedTrace trace(where.file_name(), static_cast<int>(where.line()), "expect_error");
  ASSERT_FALSE(r.ok()) << "succeeded";
  EXPECT_EQ(static_cast<int>(r.error().code), static_cast<int>(code)) << r.error().message_key;
  std::set<std::string> in_error;
  for (const auto& f : r.error().fields) in_error.insert(f.field);
  EXPECT_EQ(in_error, fields) << r.error().message_key;
}

inline const std::string kPassword = "pitkä-salasana-1";

// A parameterised test with a fresh migrated database of GetParam()'s backend.
class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  testing::TestDatabase t_{GetParam()};
  db::Database& db() { return t_.db(); }
};

inline organisations::OrganisationInput organisation_input(std::string name,
                                                           std::vector<std::string> kinds = {"purchaser"},
                                                           std::vector<std::string> regions = {}) {
  return organisations::OrganisationInput{std::move(name), std::move(kinds), std::move(regions), std::nullopt};
}

// Organisations and users made through the organisation service as an administrator
// would (its rules and its unit of work); `as` is the caller, an administrator unless changed.
class Organisations {
 public:
  explicit Organisations(db::Database& db)
      : store(db), audit(db), transactor(db, audit), files(db), service(store, transactor, files) {
    admin.username = "admin";
    admin.roles = {{0, "admin"}};
  }
  Result<organisations::Organisation> create_organisation(const organisations::OrganisationInput& in) {
    return service.create_organisation(caller(), in);
  }
  Result<organisations::Organisation> update_organisation(long long id, const organisations::OrganisationInput& in) {
    return service.update_organisation(caller(), id, in);
  }
  Result<organisations::User> create_user(const organisations::UserInput& in) {
    return service.create_user(caller(), in);
  }
  Result<organisations::User> update_user(long long id, const organisations::UserInput& in) {
    return service.update_user(caller(), id, in);
  }
  work::Caller caller() { return work::Caller{admin, {admin.user_id, "test", "test"}, nullptr}; }

  organisations::OrganisationStore store;
  audit::AuditLog audit;
  work::Transactor transactor;
  files::FileStore files;
  organisations::OrganisationService service;
  auth::AuthContext admin;
};

inline long long make_organisation(Organisations& store, const std::string& name) {
  auto created = store.create_organisation(organisation_input(name));
  if (!created) throw std::runtime_error("could not create organisation " + name);
  return created->id;
}

inline organisations::UserInput user_input(std::string username, std::vector<auth::RoleGrant> roles,
                                           bool active = true) {
  organisations::UserInput in;
  in.display_name = "Käyttäjä " + username;
  in.username = std::move(username);
  in.roles = std::move(roles);
  in.active = active;
  in.password = kPassword;
  return in;
}

inline long long make_user(Organisations& store, const std::string& username, std::vector<auth::RoleGrant> roles,
                           bool active = true) {
  auto created = store.create_user(user_input(username, std::move(roles), active));
  if (!created) throw std::runtime_error("could not create user " + username);
  return created->id;
}

inline clients::ClientInput client_input(std::string first, std::string last, std::string code) {
  clients::ClientInput in;
  in.first_names = std::move(first);
  in.last_name = std::move(last);
  in.personal_identity_code = std::move(code);
  return in;
}

// Registers and edits clients through the clients service (its rules and its unit
// of work), as a social worker of the client's organisation (user `user_id`) would.
class ClientRegistrar {
 public:
  ClientRegistrar(db::Database& db, audit::AuditLog& audit, long long user_id = 0)
      : store(db), transactor(db, audit), service(store, transactor, audit) {
    user.user_id = user_id;
  }
  Result<clients::Client> create(long long organisation_id, clients::ClientInput in,
                                 const std::string& request_id = "test") {
    works_for(organisation_id);
    in.organisation_id = organisation_id;
    return service.create(caller(request_id), in);
  }
  Result<clients::Client> update(long long id, const clients::ClientInput& in, const std::string& request_id = "test") {
    if (auto c = store.find(id)) works_for(c->organisation_id);
    return service.update(caller(request_id), id, in);
  }
  void works_for(long long organisation_id) {
    if (!user.has_role_in(organisation_id, "social_worker")) user.roles.push_back({organisation_id, "social_worker"});
  }
  work::Caller caller(const std::string& request_id) {
    return work::Caller{user, {user.user_id, "test", request_id}, nullptr};
  }

  clients::ClientStore store;
  work::Transactor transactor;
  clients::ClientService service;
  auth::AuthContext user;
};

// `where` is test-controlled SQL, never user input.
inline long long count_rows(db::Database& db, const std::string& table, const std::string& where = "") {
  long long n = -1;
  db.read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM " + table + (where.empty() ? "" : " WHERE " + where), soci::into(n);
  });
  return n;
}

}  // namespace polku::storage_test
