#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>

#include "organisations/organisation_service.hpp"
#include "platform/auth/password.hpp"
#include "platform/auth/session_store.hpp"
#include "storage/store_fixtures.hpp"

namespace polku {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAreArray;
using organisations::OrganisationStore;
using storage_test::count_rows;
using storage_test::make_organisation;
using storage_test::make_user;
using storage_test::organisation_input;
using storage_test::user_input;

std::vector<std::string> region_names(const organisations::Organisation& o) {
  std::vector<std::string> out;
  for (const auto& r : o.regions) out.push_back(r.name);
  return out;
}

void expect_field_error(const Error& e, const std::string& field, const std::string& code) {
  EXPECT_EQ(e.code, ErrorCode::kInvalidInput);
  ASSERT_EQ(e.fields.size(), 1U);
  EXPECT_EQ(e.fields[0].field, field);
  EXPECT_EQ(e.fields[0].code, code);
}

// Writes go through the service as an administrator (orgs_), reads straight to the store.
class OrganisationStoreTest : public storage_test::StoreTest {
 protected:
  storage_test::Organisations orgs_{db()};
  OrganisationStore& store_ = orgs_.store;
};

TEST_P(OrganisationStoreTest, CreatesOrganisationsWithTheirKindsAndRegions) {
  struct Case {
    std::string name;
    std::vector<std::string> kinds;
    std::vector<std::string> regions;
    std::vector<std::string> expected_regions;  // sorted by name, trimmed
  };
  const std::vector<Case> cases = {
      {"Järvilaakson hyvinvointialue", {"purchaser", "provider"}, {"Pohjoinen", "Eteläinen"}, {"Eteläinen", "Pohjoinen"}},
      {"Työpaja Oy", {"provider"}, {}, {}},
      {"Kirjasto", {"host"}, {"  Keskusta  "}, {"Keskusta"}},
      {"Kaikki roolit ry", {"purchaser", "provider", "host"}, {"A"}, {"A"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto created = orgs_.create_organisation(organisation_input(c.name, c.kinds, c.regions));
    ASSERT_TRUE(created) << created.error().message_key;
    EXPECT_EQ(created->name, c.name);
    EXPECT_EQ(created->kinds, c.kinds);
    EXPECT_EQ(region_names(*created), c.expected_regions);
    EXPECT_EQ(created->version, 1);
    auto found = store_.find_organisation(created->id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->kinds, c.kinds);
    EXPECT_EQ(region_names(*found), c.expected_regions);
  }
  std::vector<std::string> listed;
  for (const auto& o : store_.list_organisations()) listed.push_back(o.name);
  EXPECT_THAT(listed, ElementsAre("Järvilaakson hyvinvointialue", "Kaikki roolit ry", "Kirjasto", "Työpaja Oy"));
}

TEST_P(OrganisationStoreTest, UpdateAddsAndRemovesRegionsByNameAndKeepsTheRest) {
  auto created = orgs_.create_organisation(organisation_input("Alue", {"purchaser"}, {"Pohjoinen", "Etelä"}));
  ASSERT_TRUE(created);
  const long long south_id = created->regions[0].id;  // "Etelä" sorts first
  auto in = organisation_input("Alue uusi", {"purchaser", "host"}, {"Etelä", "Itä"});
  in.version = created->version;
  auto updated = orgs_.update_organisation(created->id, in);
  ASSERT_TRUE(updated) << updated.error().message_key;
  EXPECT_EQ(updated->name, "Alue uusi");
  EXPECT_THAT(updated->kinds, ElementsAre("purchaser", "host"));
  EXPECT_THAT(region_names(*updated), ElementsAre("Etelä", "Itä"));
  EXPECT_EQ(updated->regions[0].id, south_id);
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(count_rows(db(), "regions"), 2);
}

TEST_P(OrganisationStoreTest, RefusesADuplicateNameOnCreateAndUpdate) {
  make_organisation(orgs_, "Sama");
  auto again = orgs_.create_organisation(organisation_input("  Sama "));
  ASSERT_FALSE(again);
  expect_field_error(again.error(), "name", "duplicate");

  auto other = orgs_.create_organisation(organisation_input("Toinen"));
  ASSERT_TRUE(other);
  auto in = organisation_input("Sama");
  in.version = other->version;
  auto renamed = orgs_.update_organisation(other->id, in);
  ASSERT_FALSE(renamed);
  expect_field_error(renamed.error(), "name", "duplicate");
  EXPECT_EQ(store_.find_organisation(other->id)->name, "Toinen");
}

TEST_P(OrganisationStoreTest, UpdateRefusesAStaleVersionAndAnUnknownId) {
  auto created = orgs_.create_organisation(organisation_input("Versio"));
  ASSERT_TRUE(created);
  auto in = organisation_input("Versio 2");
  in.version = 1;
  ASSERT_TRUE(orgs_.update_organisation(created->id, in));

  auto stale = orgs_.update_organisation(created->id, in);  // still version 1
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message_key, "stale_version");

  auto unknown = orgs_.update_organisation(created->id + 1000, in);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(store_.find_organisation(created->id + 1000));
}

TEST_P(OrganisationStoreTest, CreatesAUserWithRolesInSeveralOrganisations) {
  const long long a = make_organisation(orgs_, "A");
  const long long b = make_organisation(orgs_, "B");
  const std::vector<auth::RoleGrant> roles = {{b, "coach"}, {a, "social_worker"}, {a, "manager"}};
  auto created = orgs_.create_user(user_input("sanna.s", roles));
  ASSERT_TRUE(created) << created.error().message_key;
  auto found = store_.find_user(created->id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->username, "sanna.s");
  EXPECT_TRUE(found->active);
  std::vector<std::pair<long long, std::string>> got;
  for (const auto& g : found->roles) got.emplace_back(g.organisation_id, g.role);
  EXPECT_THAT(got, ElementsAre(std::pair{a, std::string("manager")}, std::pair{a, std::string("social_worker")},
                               std::pair{b, std::string("coach")}));
  EXPECT_EQ(store_.list_users().size(), 1U);
}

TEST_P(OrganisationStoreTest, RefusesADuplicateUsernameAndRolesInAnUnknownOrganisation) {
  const long long a = make_organisation(orgs_, "A");
  make_user(orgs_, "leena", {{a, "social_worker"}});
  auto again = orgs_.create_user(user_input("leena", {{a, "coach"}}));
  ASSERT_FALSE(again);
  expect_field_error(again.error(), "username", "duplicate");

  auto unknown_org = orgs_.create_user(user_input("ville", {{a + 1000, "coach"}}));
  ASSERT_FALSE(unknown_org);
  expect_field_error(unknown_org.error(), "roles", "invalid_choice");
  EXPECT_EQ(count_rows(db(), "users"), 1);
}

TEST_P(OrganisationStoreTest, UpdateReplacesTheRolesAndRefusesAStaleVersion) {
  const long long a = make_organisation(orgs_, "A");
  const long long b = make_organisation(orgs_, "B");
  const long long id = make_user(orgs_, "pekka", {{a, "social_worker"}, {b, "manager"}});
  auto in = user_input("pekka", {{b, "coach"}});
  in.password.reset();
  in.version = 1;
  auto updated = orgs_.update_user(id, in);
  ASSERT_TRUE(updated) << updated.error().message_key;
  ASSERT_EQ(updated->roles.size(), 1U);
  EXPECT_EQ(updated->roles[0].organisation_id, b);
  EXPECT_EQ(updated->roles[0].role, "coach");
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(count_rows(db(), "user_roles"), 1);

  auto stale = orgs_.update_user(id, in);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message_key, "stale_version");
  auto unknown = orgs_.update_user(id + 1000, in);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_P(OrganisationStoreTest, PasswordResetOnUpdateVerifiesAndEndsTheUsersSessions) {
  const long long a = make_organisation(orgs_, "A");
  const long long id = make_user(orgs_, "maija", {{a, "social_worker"}});
  const long long other = make_user(orgs_, "olli", {{a, "social_worker"}});
  auth::SessionStore sessions(db(), 8);
  sessions.create(id);
  sessions.create(id);
  sessions.create(other);

  auto in = user_input("maija", {{a, "social_worker"}});
  in.password.reset();
  in.version = 1;
  ASSERT_TRUE(orgs_.update_user(id, in));  // no new password: sessions stay
  EXPECT_EQ(count_rows(db(), "auth_sessions", "user_id = " + std::to_string(id)), 2);

  in.password = "uusi-salasana-2026";
  in.version = 2;
  ASSERT_TRUE(orgs_.update_user(id, in));
  auto creds = store_.credentials("maija");
  ASSERT_TRUE(creds);
  EXPECT_EQ(creds->user_id, id);
  EXPECT_TRUE(creds->active);
  EXPECT_TRUE(auth::verify_password(creds->password_hash, "uusi-salasana-2026"));
  EXPECT_FALSE(auth::verify_password(creds->password_hash, storage_test::kPassword));
  EXPECT_EQ(count_rows(db(), "auth_sessions", "user_id = " + std::to_string(id)), 0);
  EXPECT_EQ(count_rows(db(), "auth_sessions", "user_id = " + std::to_string(other)), 1);
  EXPECT_FALSE(store_.credentials("nobody"));
}

TEST_P(OrganisationStoreTest, DeactivatedUserHasInactiveCredentialsAndNoSessions) {
  const long long a = make_organisation(orgs_, "A");
  const long long id = make_user(orgs_, "eero", {{a, "coach"}});
  auth::SessionStore sessions(db(), 8);
  sessions.create(id);
  auto in = user_input("eero", {{a, "coach"}}, false);
  in.password.reset();
  in.version = 1;
  auto updated = orgs_.update_user(id, in);
  ASSERT_TRUE(updated);
  EXPECT_FALSE(updated->active);
  auto creds = store_.credentials("eero");
  ASSERT_TRUE(creds);
  EXPECT_FALSE(creds->active);
  EXPECT_TRUE(auth::verify_password(creds->password_hash, storage_test::kPassword));
  EXPECT_EQ(count_rows(db(), "auth_sessions"), 0);
}

TEST_P(OrganisationStoreTest, WorkersOfListsOnlyActiveWorkersAndInstructorsOfTheGivenOrganisations) {
  const long long a = make_organisation(orgs_, "A");
  const long long b = make_organisation(orgs_, "B");
  const long long c = make_organisation(orgs_, "C");
  struct Case {
    std::string username;
    std::vector<auth::RoleGrant> roles;
    bool active;
  };
  const std::vector<Case> users = {
      {"worker-a", {{a, "social_worker"}}, true},
      {"instructor-b", {{b, "social_instructor"}}, true},
      {"both-ab", {{a, "social_worker"}, {b, "social_instructor"}}, true},
      {"twice-a", {{a, "social_worker"}, {a, "social_instructor"}}, true},
      {"inactive-a", {{a, "social_worker"}}, false},
      {"manager-a", {{a, "manager"}}, true},
      {"coach-b", {{b, "coach"}}, true},
      {"worker-c", {{c, "social_worker"}}, true},
      {"manager-a-worker-c", {{a, "manager"}, {c, "social_worker"}}, true},
  };
  std::map<std::string, long long> ids;
  for (const auto& u : users) ids[u.username] = make_user(orgs_, u.username, u.roles, u.active);

  std::vector<std::pair<long long, long long>> got;  // (organisation, user)
  for (const auto& w : store_.workers_of({a, b})) {
    got.emplace_back(w.organisation_id, w.id);
    EXPECT_EQ(w.display_name, store_.find_user(w.id)->display_name);
  }
  const std::vector<std::pair<long long, long long>> expected = {
      {a, ids["worker-a"]}, {a, ids["both-ab"]}, {a, ids["twice-a"]},
      {b, ids["instructor-b"]}, {b, ids["both-ab"]},
  };
  EXPECT_THAT(got, UnorderedElementsAreArray(expected));
  EXPECT_TRUE(store_.workers_of({}).empty());
}

TEST_P(OrganisationStoreTest, WritesRefusedByAccessChangeNothing) {
  const long long a = make_organisation(orgs_, "A");
  const long long id = make_user(orgs_, "maija", {{a, "social_worker"}});
  // A manager and a social worker of the organisation are no administrators.
  for (const char* role : {"manager", "social_worker"}) {
    SCOPED_TRACE(role);
    auth::AuthContext user;
    user.user_id = id;
    user.username = "maija";
    user.roles = {{a, role}};
    const work::Caller caller{user, {id, "test", "test"}, nullptr};
    auto& service = orgs_.service;
    auto in = organisation_input("A uusi", {"purchaser"}, {"Pohjoinen"});
    in.version = 1;
    storage_test::expect_error(service.create_organisation(caller, organisation_input("B")), ErrorCode::kForbidden);
    storage_test::expect_error(service.update_organisation(caller, a, in), ErrorCode::kForbidden);
    storage_test::expect_error(service.create_user(caller, user_input("ville", {{a, "admin"}})), ErrorCode::kForbidden);
    auto promoted = user_input("maija", {{a, "admin"}});
    promoted.version = 1;
    storage_test::expect_error(service.update_user(caller, id, promoted), ErrorCode::kForbidden);
    storage_test::expect_error(service.organisations(caller), ErrorCode::kForbidden);
    storage_test::expect_error(service.user(caller, id), ErrorCode::kForbidden);
  }
  EXPECT_EQ(count_rows(db(), "organisations"), 1);
  EXPECT_EQ(count_rows(db(), "regions"), 0);
  EXPECT_EQ(store_.find_organisation(a)->name, "A");
  EXPECT_EQ(store_.find_organisation(a)->version, 1);
  EXPECT_EQ(count_rows(db(), "users"), 1);
  EXPECT_EQ(store_.find_user(id)->version, 1);
  EXPECT_EQ(count_rows(db(), "user_roles", "role = 'admin'"), 0);
  EXPECT_TRUE(auth::verify_password(store_.credentials("maija")->password_hash, storage_test::kPassword));
}

TEST_P(OrganisationStoreTest, RefusesToRemoveARegionInUseAndKeepsItsOrganisation) {
  auto created = orgs_.create_organisation(organisation_input("Alue", {"purchaser"}, {"Pohjoinen", "Etelä"}));
  ASSERT_TRUE(created);
  const long long north = created->regions[1].id;  // "Pohjoinen" sorts last
  db().write([&](soci::session& sql) {
    sql << "INSERT INTO process_models (region_id, referral_role, assessment_role, plan_role, start_role, "
           "implementation_role, end_role, follow_up_role) VALUES (:r, 'social_worker', 'social_worker', "
           "'social_worker', 'social_worker', 'social_worker', 'social_worker', 'social_worker')",
        soci::use(north);
  });
  auto in = organisation_input("Alue uusi", {"purchaser"}, {"Etelä"});
  in.version = created->version;
  auto removed = orgs_.update_organisation(created->id, in);
  storage_test::expect_error(removed, ErrorCode::kInvalidInput, {"regions"});
  expect_field_error(removed.error(), "regions", "in_use");
  auto found = store_.find_organisation(created->id);
  EXPECT_EQ(found->name, "Alue");
  EXPECT_EQ(found->version, 1);
  EXPECT_THAT(region_names(*found), ElementsAre("Etelä", "Pohjoinen"));

  in.regions = {"Pohjoinen"};  // the unused one may go
  auto kept = orgs_.update_organisation(created->id, in);
  ASSERT_TRUE(kept) << kept.error().message_key;
  EXPECT_THAT(region_names(*kept), ElementsAre("Pohjoinen"));
  EXPECT_EQ(kept->regions[0].id, north);
}

TEST_P(OrganisationStoreTest, PasswordChangeChecksTheCurrentOneAndStoresTheNewInOneUnit) {
  const long long a = make_organisation(orgs_, "A");
  const long long id = make_user(orgs_, "maija", {{a, "social_worker"}});
  auth::AuthContext user;
  user.user_id = id;
  user.username = "maija";
  user.roles = {{a, "social_worker"}};
  const work::Caller caller{user, {id, "test", "test"}, nullptr};
  storage_test::expect_error(orgs_.service.change_password(caller, "väärä-salasana-1", "uusi-salasana-2026"),
                             ErrorCode::kInvalidInput, {"currentPassword"});
  storage_test::expect_error(orgs_.service.change_password(caller, storage_test::kPassword, ""),
                             ErrorCode::kInvalidInput, {"newPassword"});
  EXPECT_TRUE(auth::verify_password(store_.credentials("maija")->password_hash, storage_test::kPassword));
  ASSERT_TRUE(orgs_.service.change_password(caller, storage_test::kPassword, "uusi-salasana-2026"));
  EXPECT_TRUE(auth::verify_password(store_.credentials("maija")->password_hash, "uusi-salasana-2026"));
}

INSTANTIATE_TEST_SUITE_P(Backends, OrganisationStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
