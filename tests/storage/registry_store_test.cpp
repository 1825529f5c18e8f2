// Host types and places on both databases, through the registry service and its store.
#include "registry/place_rules.hpp"
#include "platform/core/clock.hpp"
#include "storage/placement_world.hpp"
#include "unit/service_catalogue_fixture.hpp"

namespace polku {
namespace {

using storage_test::expect_error;

using storage_test::place_input;
using storage_test::PlacementWorldTest;

class RegistryStoreTest : public PlacementWorldTest {};

TEST_P(RegistryStoreTest, CreatesReadsAndUpdatesAPlaceWithVersions) {
  auto created = places_.create(club_, place_input("Piha", 3));
  ASSERT_TRUE(created) << created.error().message_key;
  EXPECT_EQ(created->host_type, "association");
  EXPECT_EQ(created->data.orientation_checklist, (std::vector<std::string>{"Työturvallisuus", "Tilat, poistumistiet"}));
  EXPECT_EQ(created->data.weekdays, (std::vector<std::string>{"mon", "tue", "wed"}));
  EXPECT_EQ(created->version, 1);

  auto change = created->data;
  change.capacity = 5;
  change.status = "full";
  auto updated = places_.update(created->id, change);
  ASSERT_TRUE(updated) << updated.error().message_key;
  EXPECT_EQ(updated->data.capacity, 5);
  EXPECT_EQ(updated->data.status, "full");
  EXPECT_EQ(updated->version, 2);

  auto stale = places_.update(created->id, change);  // still version 1
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(places_.list(club_).size(), 1U);
  EXPECT_TRUE(places_.list(company_).empty());
}

TEST_P(RegistryStoreTest, RefusesAKttPlaceAtACompanyButTakesJobCoaching) {
  auto ktt = places_.create(company_, place_input("Konepaja", 2, {"ktt"}));
  ASSERT_FALSE(ktt);
  EXPECT_EQ(ktt.error().code, ErrorCode::kInvalidInput);
  ASSERT_EQ(ktt.error().fields.size(), 1U);
  EXPECT_EQ(ktt.error().fields[0].code, "not_at_company");
  EXPECT_TRUE(places_.create(company_, place_input("Konepaja", 2, {"job_coaching"})));
  EXPECT_EQ(storage_test::count_rows(db(), "places"), 1);
}

TEST_P(RegistryStoreTest, AHostWithAKttPlaceCannotBecomeACompany) {
  make_place(2);  // a KTT place of the association
  auto refused = places_.set_host_type(club_, "company");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
  ASSERT_EQ(refused.error().fields.size(), 1U);
  EXPECT_EQ(refused.error().fields[0].field, "hostType");
  EXPECT_EQ(refused.error().fields[0].code, "places_not_at_company");
  EXPECT_EQ(places_.host_type(club_), "association");
  EXPECT_TRUE(places_.set_host_type(club_, "foundation").ok());
  ASSERT_TRUE(places_.create(company_, place_input("Konepaja", 2, {"job_coaching"})));
  EXPECT_TRUE(places_.set_host_type(company_, "company").ok());  // job coaching stays at a company
}

TEST_P(RegistryStoreTest, AHostNeedsAHostTypeAndTheSupervisorMustBeTheHosts) {
  long long other = orgs_.create_organisation(storage_test::organisation_input("Seurakunta", {"host"}))->id;
  expect_error(places_.create(other, place_input("Keittiö", 1)), ErrorCode::kInvalidInput, {"hostType"});
  ASSERT_TRUE(places_.set_host_type(other, "parish").ok());
  long long stranger = storage_test::make_user(orgs_, "vieras", {{club_, "placement_supervisor"}});
  auto in = place_input("Keittiö", 1);
  in.supervisor_user_id = stranger;
  auto refused = places_.create(other, in);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).field, "supervisorUserId");
  expect_error(places_.set_host_type(county_, "parish"), ErrorCode::kNotFound);  // not a host
}

// The unit tests' catalogue must say what the migrations seed.
TEST_P(RegistryStoreTest, TheSeededCatalogueIsTheOneTheRulesAreTestedWith) {
  auto seeded = registry::load_service_catalogue(db());
  auto expected = registry::testing::catalogue();
  ASSERT_EQ(seeded.types.size(), expected.types.size());
  for (const auto& want : expected.types) {
    SCOPED_TRACE(want.code);
    const auto* got = seeded.find(want.code);
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(got->company_may_host, want.company_may_host);
    auto limits = seeded.limits(want.code);
    ASSERT_TRUE(limits);
    const auto& w = want.limits.front();
    EXPECT_EQ(limits->valid_from, w.valid_from);
    EXPECT_EQ(std::vector<int>({limits->days_per_week_min, limits->days_per_week_max, limits->hours_per_day_min,
                                limits->hours_per_day_max, limits->period_months_min, limits->period_months_max}),
              std::vector<int>({w.days_per_week_min, w.days_per_week_max, w.hours_per_day_min, w.hours_per_day_max,
                                w.period_months_min, w.period_months_max}));
  }
}

TEST_P(RegistryStoreTest, CountsTheBookingsInForceTodayInTheListAndTheDetail) {
  long long place = make_place(4);
  long long empty = make_place(2, "Keittiö");
  make_agreement({place, empty}, polku::add_days(today_helsinki(), -400), polku::add_days(today_helsinki(), 400));
  const auto day = [](int n) { return polku::add_days(today_helsinki(), n); };
  auto book = [&](int client, std::string from, std::string until) {
    auto b = bookings_.book({place, make_client(client), std::nullopt, std::move(from), std::move(until)}, 1);
    ASSERT_TRUE(b) << b.error().message_key;
  };
  book(1, day(-10), "");        // open-ended: in force
  book(2, day(-30), day(0));    // ends today: still in force
  book(3, day(-60), day(-1));   // ended yesterday
  book(4, day(1), day(30));     // starts tomorrow
  book(5, day(0), day(10));     // starts today
  EXPECT_EQ(places_.find(place)->booked_today, 3);
  EXPECT_EQ(places_.find(empty)->booked_today, 0);
  for (const auto& p : places_.list(club_)) EXPECT_EQ(p.booked_today, p.id == place ? 3 : 0) << p.data.name;
  for (const auto& p : places_.list()) EXPECT_EQ(p.booked_today, p.id == place ? 3 : 0) << p.data.name;
}

TEST_P(RegistryStoreTest, ListsTheHostsActivePlacementSupervisorsOnly) {
  long long aino = storage_test::make_user(orgs_, "aino", {{club_, "placement_supervisor"}});
  storage_test::make_user(orgs_, "hanna", {{club_, "manager"}});
  storage_test::make_user(orgs_, "entinen", {{club_, "placement_supervisor"}}, false);  // left the host
  storage_test::make_user(orgs_, "pekka", {{company_, "placement_supervisor"}});
  auto listed = places_.supervisors(club_);
  ASSERT_EQ(listed.size(), 1U);
  EXPECT_EQ(listed[0].user_id, aino);
  EXPECT_EQ(places_.supervisors(company_).size(), 1U);
  EXPECT_TRUE(places_.supervisors(county_).empty());
}

// The service decides, not the store: a write refused by access leaves every row as it was.
TEST_P(RegistryStoreTest, AWriteRefusedByAccessChangesNothing) {
  long long place = make_place(2);
  auto& service = registry_.service();
  auth::AuthContext host_manager, supervisor, other_manager;
  host_manager.roles = {{club_, "manager"}};
  supervisor.roles = {{club_, "placement_supervisor"}};
  other_manager.roles = {{company_, "manager"}};
  const auto as = [](const auth::AuthContext& u) { return work::Caller{u, {0, "test", "test"}, nullptr}; };

  // A host never sets its own kind.
  expect_error(service.set_host_type(as(host_manager), club_, "foundation"), ErrorCode::kForbidden);
  EXPECT_EQ(places_.host_type(club_), "association");
  // The host's supervisor sees the place but does not edit it.
  auto change = places_.find(place)->data;
  change.capacity = 9;
  expect_error(service.update_place(as(supervisor), place, change), ErrorCode::kForbidden);
  // Another host's manager cannot add a place to the association.
  expect_error(service.create_place(as(other_manager), club_, place_input("Keittiö", 1)), ErrorCode::kForbidden);
  // Nor see its place at all.
  expect_error(service.update_place(as(other_manager), place, change), ErrorCode::kNotFound);
  EXPECT_EQ(places_.find(place)->data.capacity, 2);
  EXPECT_EQ(places_.find(place)->version, 1);
  EXPECT_EQ(storage_test::count_rows(db(), "places"), 1);
}

TEST_P(RegistryStoreTest, AWritesValidationErrorsNameTheFields) {
  auto in = place_input("", 0);
  in.weekdays = {"ti"};
  expect_error(places_.create(club_, in), ErrorCode::kInvalidInput, {"name", "capacity", "weekdays"});
  EXPECT_EQ(storage_test::count_rows(db(), "places"), 0);

  long long place = make_place(2);
  auto change = places_.find(place)->data;
  change.version.reset();
  change.end_time = "07:00";
  expect_error(places_.update(place, change), ErrorCode::kInvalidInput, {"version", "endTime"});
  expect_error(places_.set_host_type(club_, "castle"), ErrorCode::kInvalidInput, {"hostType"});
  EXPECT_EQ(places_.find(place)->version, 1);
  EXPECT_EQ(places_.host_type(club_), "association");
}

INSTANTIATE_TEST_SUITE_P(Backends, RegistryStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
