#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/demo_data.hpp"
#include "clients/client_store.hpp"
#include "storage/store_fixtures.hpp"

namespace polku {
namespace {

using storage_test::expect_error;

using ::testing::ElementsAreArray;
using ::testing::UnorderedElementsAreArray;
using clients::ClientInput;
using storage_test::client_input;
using storage_test::count_rows;
using storage_test::make_organisation;
using storage_test::make_user;

// 15.6.1985 with the 1900s sign Y (in use since 2023): 150685923 % 31 = 7 -> check character '7'.
constexpr const char* kYSignCode = "150685Y9237";

class ClientStoreTest : public storage_test::StoreTest {
 protected:
  storage_test::Organisations orgs_{db()};
  audit::AuditLog audit_{db()};
  long long org_ = make_organisation(orgs_, "Hyvinvointialue");
  long long other_org_ = make_organisation(orgs_, "Toinen alue");
  storage_test::ClientRegistrar clients_{db(), audit_};
  clients::ClientStore& store_ = clients_.store;

  clients::Client create(const ClientInput& in, long long org = 0) {
    auto created = clients_.create(org ? org : org_, in);
    if (!created) throw std::runtime_error("create failed: " + created.error().message_key);
    return created.value();
  }
  std::vector<std::string> search_last_names(const std::vector<long long>& orgs, const std::string& q,
                                             int limit = 50) {
    std::vector<std::string> out;
    for (const auto& s : store_.search(orgs, q, limit)) out.push_back(s.last_name);
    return out;
  }
};

TEST_P(ClientStoreTest, CreateDerivesTheDateOfBirthAndStoresTheNormalizedCode) {
  struct Case {
    std::string typed;
    std::string stored;
    std::string date_of_birth;
  };
  const std::string code_1980s = app::demo_identity_code(24, 12, 1987, 903);
  const std::string code_2000s = app::demo_identity_code(1, 2, 2003, 904);  // sign 'A'
  const std::string code_1800s = app::demo_identity_code(28, 2, 1896, 950);
  ASSERT_EQ(code_2000s.at(6), 'A');
  std::string lower_2000s = code_2000s;
  for (char& c : lower_2000s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::vector<Case> cases = {
      {code_1980s, code_1980s, "1987-12-24"},
      {"  " + lower_2000s + " \t", code_2000s, "2003-02-01"},
      {kYSignCode, kYSignCode, "1985-06-15"},
  };
  // The sign + (the 1800s) is well-formed, but no client was born then: refused, nothing stored.
  auto old = clients_.create(org_, client_input("Aino", "Virtanen", code_1800s));
  ASSERT_FALSE(old);
  EXPECT_EQ(old.error().fields.at(0).code, "birth_date_before_1900");
  for (const auto& c : cases) {
    SCOPED_TRACE(c.typed);
    auto created = clients_.create(org_, client_input(" Aino ", "Virtanen  ", c.typed));
    ASSERT_TRUE(created) << created.error().message_key;
    auto found = store_.find(created->id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->data.personal_identity_code, c.stored);
    EXPECT_EQ(found->date_of_birth, c.date_of_birth);
    EXPECT_EQ(found->data.first_names, "Aino");
    EXPECT_EQ(found->data.last_name, "Virtanen");
    EXPECT_EQ(found->version, 1);
  }
}

TEST_P(ClientStoreTest, InvalidInputReturnsEveryFieldErrorAtOnceAndStoresNothing) {
  ClientInput in = client_input("", "  ", "150685-923X");
  in.phone = "12";
  in.email = "ei-osoite";
  in.postal_code = "0010";
  in.preferred_language = "de";
  in.representative_kind = "neighbour";
  auto created = clients_.create(org_, in);
  ASSERT_FALSE(created);
  EXPECT_EQ(created.error().code, ErrorCode::kInvalidInput);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& f : created.error().fields) got.emplace_back(f.field, f.code);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"firstNames", "required"},         {"lastName", "required"},        {"personalIdentityCode", "invalid_checksum"},
      {"phone", "invalid_format"},        {"email", "invalid_format"},     {"postalCode", "invalid_format"},
      {"preferredLanguage", "invalid_choice"}, {"representativeKind", "invalid_choice"},
      {"representativeName", "required"},
  };
  EXPECT_THAT(got, UnorderedElementsAreArray(expected));
  EXPECT_EQ(count_rows(db(), "clients"), 0);
  EXPECT_EQ(count_rows(db(), "audit_log"), 0);
}

TEST_P(ClientStoreTest, TheSameCodeIsADuplicateInOneOrganisationButAllowedInAnother) {
  const std::string code = app::demo_identity_code(3, 4, 1990, 911);
  create(client_input("Eka", "Asiakas", code));
  auto again = clients_.create(org_, client_input("Toka", "Asiakas", " " + code));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kInvalidInput);
  ASSERT_EQ(again.error().fields.size(), 1U);
  EXPECT_EQ(again.error().fields[0].field, "personalIdentityCode");
  EXPECT_EQ(again.error().fields[0].code, "duplicate");
  EXPECT_TRUE(clients_.create(other_org_, client_input("Toka", "Asiakas", code)));
  EXPECT_EQ(count_rows(db(), "clients"), 2);
  EXPECT_EQ(count_rows(db(), "audit_log"), 2);
}

TEST_P(ClientStoreTest, OwnWorkerMustBeAnActiveWorkerOrInstructorOfTheSameOrganisation) {
  struct Case {
    std::string username;
    std::vector<auth::RoleGrant> roles;
    bool active;
    bool accepted;
  };
  const std::vector<Case> cases = {
      {"worker", {{org_, "social_worker"}}, true, true},
      {"instructor", {{org_, "social_instructor"}}, true, true},
      {"coach", {{org_, "coach"}}, true, false},
      {"manager", {{org_, "manager"}}, true, false},
      {"other-org-worker", {{other_org_, "social_worker"}}, true, false},
      {"inactive-worker", {{org_, "social_worker"}}, false, false},
  };
  int n = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.username);
    const long long worker = make_user(orgs_, c.username, c.roles, c.active);
    ClientInput in = client_input("Asiakas", c.username, app::demo_identity_code(1, 1, 1980, 900 + ++n));
    in.own_worker_id = worker;
    auto created = clients_.create(org_, in);
    EXPECT_EQ(created.ok(), c.accepted);
    if (created) {
      EXPECT_EQ(created->data.own_worker_id, worker);
      EXPECT_EQ(created->own_worker_name, "Käyttäjä " + c.username);
    } else {
      ASSERT_EQ(created.error().fields.size(), 1U);
      EXPECT_EQ(created.error().fields[0].field, "ownWorkerId");
      EXPECT_EQ(created.error().fields[0].code, "invalid_choice");
    }
  }
  ClientInput unknown = client_input("Asiakas", "Tuntematon", app::demo_identity_code(2, 1, 1980, 950));
  unknown.own_worker_id = 999999;
  expect_error(clients_.create(org_, unknown), ErrorCode::kInvalidInput, {"ownWorkerId"});
  EXPECT_EQ(count_rows(db(), "clients"), 2);
  EXPECT_EQ(count_rows(db(), "audit_log"), 2);
}

TEST_P(ClientStoreTest, UpdateBumpsTheVersionAuditsTheChangedFieldsAndRefusesAStaleVersion) {
  const long long worker = make_user(orgs_, "sanna", {{org_, "social_worker"}});
  clients_.user.user_id = worker;
  ClientInput in = client_input("Matti", "Meikäläinen", app::demo_identity_code(5, 5, 1975, 920));
  in.phone = "040 123 4567";
  in.municipality = "Tampere";
  auto created = clients_.create(org_, in);
  ASSERT_TRUE(created);
  EXPECT_EQ(count_rows(db(), "audit_log"), 1);

  in.phone = "050 765 4321";
  in.municipality = "Ylöjärvi";
  in.version = created->version;
  auto updated = clients_.update(created->id, in);
  ASSERT_TRUE(updated) << updated.error().message_key;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->data.phone, "050 765 4321");
  EXPECT_EQ(updated->data.municipality, "Ylöjärvi");
  ASSERT_EQ(count_rows(db(), "audit_log"), 2);
  auto entries = audit_.for_client(created->id);
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].record.action, "update");
  EXPECT_EQ(entries[0].record.detail, "phone,municipality");
  EXPECT_EQ(entries[0].record.user_id, worker);
  EXPECT_EQ(entries[0].user_name, "Käyttäjä sanna");
  EXPECT_EQ(entries[1].record.action, "create");
  EXPECT_EQ(entries[1].record.client_id, created->id);

  auto stale = clients_.update(created->id, in);  // version 1 again
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message_key, "stale_version");
  in.version = 2;
  auto unknown = clients_.update(created->id + 1000, in);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  in.version.reset();
  auto missing_version = clients_.update(created->id, in);
  ASSERT_FALSE(missing_version);
  EXPECT_EQ(missing_version.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(count_rows(db(), "audit_log"), 2);
  EXPECT_EQ(store_.find(created->id)->version, 2);
  EXPECT_TRUE(audit_.verify().ok);
}

TEST_P(ClientStoreTest, UpdateToACodeInUseIsADuplicateAndANewCodeRederivesTheDateOfBirth) {
  const std::string taken = app::demo_identity_code(9, 9, 1999, 930);
  create(client_input("Eka", "Asiakas", taken));
  auto second = create(client_input("Toka", "Asiakas", app::demo_identity_code(10, 10, 2010, 931)));
  ClientInput in = second.data;
  in.personal_identity_code = taken;
  auto refused = clients_.update(second.id, in);
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().fields.size(), 1U);
  EXPECT_EQ(refused.error().fields[0].code, "duplicate");
  in.personal_identity_code = kYSignCode;
  auto updated = clients_.update(second.id, in);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->date_of_birth, "1985-06-15");
  EXPECT_EQ(audit_.for_client(second.id)[0].record.detail, "personalIdentityCode");
}

TEST_P(ClientStoreTest, SearchMatchesNamesAndCodeCaseInsensitivelyWithEveryWordAndLiteralWildcards) {
  create(client_input("Matti", "Virtanen", app::demo_identity_code(1, 3, 1970, 901)));
  create(client_input("Matti Juhani", "Korhonen", app::demo_identity_code(2, 3, 1970, 902)));
  create(client_input("Liisa", "ÄIJÄLÄ", kYSignCode));
  create(client_input("Ulla", "Under_Score", app::demo_identity_code(3, 3, 1970, 903)));
  create(client_input("Pia", "Sata%Prosenttia", app::demo_identity_code(4, 3, 1970, 904)));
  create(client_input("Matti", "Muualla", app::demo_identity_code(5, 3, 1970, 905)), other_org_);
  struct Case {
    std::string query;
    std::vector<std::string> last_names;  // ordered by last name
  };
  const std::vector<Case> cases = {
      {"matti", {"Korhonen", "Virtanen"}},
      {"VIRTANEN", {"Virtanen"}},
      {"äijälä", {"ÄIJÄLÄ"}},
      {"Äijä", {"ÄIJÄLÄ"}},
      {"0685y92", {"ÄIJÄLÄ"}},
      {"150685Y9237", {"ÄIJÄLÄ"}},
      {"matti kor", {"Korhonen"}},
      {"  matti   juhani  ", {"Korhonen"}},
      {"matti liisa", {}},
      {"%", {"Sata%Prosenttia"}},
      {"_", {"Under_Score"}},
      {"r_s", {"Under_Score"}},
      {"a%p", {"Sata%Prosenttia"}},
      {"t%n", {}},
      {"m_tti", {}},
      {"muualla", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE("query '" + c.query + "'");
    EXPECT_THAT(search_last_names({org_}, c.query), ElementsAreArray(c.last_names));
  }
  EXPECT_THAT(search_last_names({org_, other_org_}, "muualla"), ElementsAreArray({"Muualla"}));
  EXPECT_TRUE(search_last_names({}, "matti").empty());
  auto found = store_.search({org_}, "äijälä");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].date_of_birth, "1985-06-15");
  EXPECT_EQ(found[0].organisation_id, org_);
}

TEST_P(ClientStoreTest, EmptyQueryListsTheNewestFirst) {
  int n = 910;
  for (const char* name : {"Eka", "Toka", "Kolmas", "Neljäs"}) {
    create(client_input("Asiakas", name, app::demo_identity_code(1, 6, 1960, n++)));
  }
  EXPECT_THAT(search_last_names({org_}, ""), ElementsAreArray({"Neljäs", "Kolmas", "Toka", "Eka"}));
  EXPECT_THAT(search_last_names({org_}, "   ", 2), ElementsAreArray({"Neljäs", "Kolmas"}));
}

// A user with roles in several organisations sees one list, ordered and limited as a whole.
TEST_P(ClientStoreTest, SearchOverSeveralOrganisationsIsOneOrderedAndLimitedList) {
  create(client_input("Asiakas", "Vanha A", app::demo_identity_code(1, 7, 1960, 901)), org_);
  create(client_input("Asiakas", "Keski B", app::demo_identity_code(2, 7, 1960, 902)), other_org_);
  create(client_input("Asiakas", "Uusi B", app::demo_identity_code(3, 7, 1960, 903)), other_org_);
  EXPECT_THAT(search_last_names({org_, other_org_}, ""), ElementsAreArray({"Uusi B", "Keski B", "Vanha A"}));
  EXPECT_THAT(search_last_names({org_, other_org_}, "", 2), ElementsAreArray({"Uusi B", "Keski B"}));
  EXPECT_THAT(search_last_names({org_, other_org_}, "asiakas"), ElementsAreArray({"Keski B", "Uusi B", "Vanha A"}));
}

TEST_P(ClientStoreTest, AClientAndItsAuditRecordCommitTogether) {
  // A stray audit row where the next record would go makes the audit append fail
  // inside create(): the client row must roll back with it.
  db().write([](soci::session& sql) {
    sql << "INSERT INTO audit_log (id, at, user_id, client_id, action, endpoint, request_id, detail, prev_hash, "
           "hash) VALUES (1, 'x', 0, 0, 'x', 'x', 'x', 'x', 'x', 'x')";
  });
  bool refused = false;
  try {
    refused = !clients_.create(org_, client_input("Aino", "Atomi", kYSignCode)).ok();
  } catch (const std::exception&) {
    refused = true;
  }
  EXPECT_TRUE(refused);
  EXPECT_EQ(count_rows(db(), "clients"), 0);
  EXPECT_EQ(count_rows(db(), "audit_log"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
