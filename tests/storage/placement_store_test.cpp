// Places, products, agreements and documents on both databases.
#include "registry/place_rules.hpp"
#include "platform/core/clock.hpp"
#include "storage/placement_fixtures.hpp"
#include "unit/service_catalogue_fixture.hpp"

namespace polku {
namespace {

using storage_test::expect_error;

using storage_test::place_input;
using storage_test::PlacementStoreTest;

class PlaceStoreTest : public PlacementStoreTest {};

TEST_P(PlaceStoreTest, CreatesReadsAndUpdatesAPlaceWithVersions) {
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

TEST_P(PlaceStoreTest, RefusesAKttPlaceAtACompanyButTakesJobCoaching) {
  auto ktt = places_.create(company_, place_input("Konepaja", 2, {"ktt"}));
  ASSERT_FALSE(ktt);
  EXPECT_EQ(ktt.error().code, ErrorCode::kInvalidInput);
  ASSERT_EQ(ktt.error().fields.size(), 1U);
  EXPECT_EQ(ktt.error().fields[0].code, "not_at_company");
  EXPECT_TRUE(places_.create(company_, place_input("Konepaja", 2, {"job_coaching"})));
  EXPECT_EQ(storage_test::count_rows(db(), "places"), 1);
}

TEST_P(PlaceStoreTest, AHostWithAKttPlaceCannotBecomeACompany) {
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

TEST_P(PlaceStoreTest, AHostNeedsAHostTypeAndTheSupervisorMustBeTheHosts) {
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
TEST_P(PlaceStoreTest, TheSeededCatalogueIsTheOneTheRulesAreTestedWith) {
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
    EXPECT_EQ(std::vector<int>({limits->days_per_week_min, limits->days_per_week_max, limits->hours_per_day_min,
                                limits->hours_per_day_max, limits->period_months_min, limits->period_months_max}),
              std::vector<int>({w.days_per_week_min, w.days_per_week_max, w.hours_per_day_min, w.hours_per_day_max,
                                w.period_months_min, w.period_months_max}));
  }
}

TEST_P(PlaceStoreTest, CountsTheBookingsInForceTodayInTheListAndTheDetail) {
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

TEST_P(PlaceStoreTest, ListsTheHostsActivePlacementSupervisorsOnly) {
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

TEST_P(PlaceStoreTest, ProductsNarrowTheServiceTypeAndNeverWidenIt) {
  agreements::ServiceProductInput p{"Osa 3", "ktt", true, true, true, 3, 24, 1, 4, 4, 8, 6, 6500, "day"};
  auto created = agreements_.create_product(club_, p);
  ASSERT_TRUE(created);
  EXPECT_EQ(created->data.price_cents, 6500);
  EXPECT_EQ(created->data.min_guidance_hours_per_3_months, 6);
  p.days_max = 5;
  auto wider = agreements_.create_product(club_, p);
  ASSERT_FALSE(wider);
  EXPECT_EQ(wider.error().fields.at(0).field, "daysMax");
  EXPECT_EQ(agreements_.products(club_).size(), 1U);
  EXPECT_EQ(agreements_.products().size(), 1U);
}

TEST_P(PlaceStoreTest, AgreementsCoverPlacesAndProductsAndListThoseEndingSoon) {
  long long place = make_place(2);
  agreements::ServiceProductInput p{"Osa 1", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, 3000, "day"};
  long long product = agreements_.create_product(club_, p)->id;
  long long partnership = make_agreement({place}, "2026-01-01", "2026-12-31");
  auto purchase = agreements_.create({"purchase", county_, club_, "Hankinta", "2026-01-01", "2028-12-31", {}, {product}});
  ASSERT_TRUE(purchase);
  EXPECT_EQ(purchase->data.product_ids, std::vector<long long>{product});
  EXPECT_EQ(agreements_.find(partnership)->data.place_ids, std::vector<long long>{place});

  auto ending = agreements_.list({county_}, "2026-11-25", "2027-01-24");
  ASSERT_EQ(ending.size(), 1U);
  EXPECT_EQ(ending[0].id, partnership);
  EXPECT_EQ(agreements_.list({club_}).size(), 2U);

  auto wrong_partner = agreements_.create({"purchase", county_, company_, "X", "2026-01-01", "2026-12-31", {}, {}});
  ASSERT_FALSE(wrong_partner);  // the company is no provider
  EXPECT_EQ(wrong_partner.error().fields.at(0).field, "partnerOrganisationId");
}

TEST_P(PlaceStoreTest, DocumentsKeepTheirBytesAndAreLimitedTo5MiB) {
  long long agreement = make_agreement({});
  std::string bytes("%PDF-1.7\n\0\xff\x01 binary", 20);
  auto added = agreements_.add_document(agreement, "sopimus.pdf", "application/pdf", bytes);
  ASSERT_TRUE(added);
  auto doc = agreements_.document(agreement, added->id);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->bytes, bytes);
  EXPECT_EQ(doc->info.size_bytes, 20);
  EXPECT_EQ(agreements_.find(agreement)->documents.size(), 1U);
  auto big = agreements_.add_document(agreement, "iso.pdf", "application/pdf",
                                      std::string(agreements::kMaxDocumentBytes + 1, 'x'));
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().code, ErrorCode::kPayloadTooLarge);
  EXPECT_FALSE(agreements_.document(agreement + 1, added->id));
}

INSTANTIATE_TEST_SUITE_P(Backends, PlaceStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku

namespace polku {
namespace {

class ServiceOrderStoreTest : public storage_test::PlacementStoreTest {
 protected:
  storage_test::WorkerOrders orders_{db(), orders_module_, worker_};
};

TEST_P(ServiceOrderStoreTest, OrdersAProductForAClientsCaseAndTheProviderAnswersOnce) {
  agreements::ServiceProductInput p{"Osa 3", "ktt", true, true, true, 3, 24, 1, 4, 4, 8, 6, 6500, "day"};
  long long product = agreements_.create_product(club_, p)->id;
  long long client = make_client(1), other = make_client(2);
  const long long coach = storage_test::make_user(orgs_, "valmentaja", {{club_, "coach"}});
  service_orders::ServiceOrderInput in{client, product, std::nullopt, make_case(other), "2026-03-02", 6, 5, 6};
  auto wide = orders_.create(in, county_, 1);
  ASSERT_FALSE(wide);
  EXPECT_EQ(wide.error().fields.at(0).field, "daysPerWeek");
  in.days_per_week = 3;
  auto others = orders_.create(in, county_, 1);
  ASSERT_FALSE(others);
  EXPECT_EQ(others.error().fields.at(0).code, "case_of_another_client");
  in.case_id = make_case(client);
  auto created = orders_.create(in, county_, 1);
  ASSERT_TRUE(created) << created.error().message_key;
  EXPECT_EQ(created->provider_organisation_id, club_);
  EXPECT_EQ(created->status, "sent");
  EXPECT_EQ(created->data.case_id, in.case_id);
  EXPECT_EQ(created->product_name, "Osa 3");

  auto declined_without_reason = orders_.answer(created->id, {"declined", "", std::nullopt}, cases::Actor{1});
  ASSERT_FALSE(declined_without_reason);
  EXPECT_EQ(declined_without_reason.error().fields.at(0).field, "responseNote");
  auto accepted = orders_.answer(created->id, {"accepted", "Aloitus sovittu", coach}, cases::Actor{1});
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->status, "accepted");
  EXPECT_EQ(accepted->coach_user_id, coach);
  EXPECT_FALSE(accepted->coach_name.empty());
  EXPECT_FALSE(accepted->responded_at.empty());
  auto again = orders_.answer(created->id, {"declined", "Muutos", std::nullopt}, cases::Actor{1});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(orders_.answer(created->id + 1, {"declined", "x", std::nullopt}, cases::Actor{1}).error().code,
            ErrorCode::kNotFound);

  service_orders::ServiceOrderFilter mine{{county_}, {}, in.case_id, std::nullopt, ""};
  EXPECT_EQ(orders_.list(mine).size(), 1U);
  service_orders::ServiceOrderFilter incoming{{}, {club_}, std::nullopt, std::nullopt, "sent"};
  EXPECT_TRUE(orders_.list(incoming).empty());
}

// The participant is written in the answer's transaction: the case then names the provider and its coach.
TEST_P(ServiceOrderStoreTest, AnAcceptedOrderMakesTheProviderAndItsCoachTakePartInTheCase) {
  agreements::ServiceProductInput p{"Osa 2", "ktt", false, true, true, 3, 24, 1, 4, 4, 8, 6, 4500, "day"};
  long long product = agreements_.create_product(club_, p)->id;
  long long place = make_place(2);
  long long client = make_client(3);
  long long case_id = make_case(client);
  const long long coach = storage_test::make_user(orgs_, "valmentaja2", {{club_, "coach"}});
  const long long stranger = storage_test::make_user(orgs_, "muu", {{county_, "social_worker"}});
  auto order = orders_.create({client, product, place, case_id, "2026-03-02", 6, 3, 5}, county_, 1);
  ASSERT_TRUE(order) << order.error().message_key;

  auto not_a_coach = orders_.answer(order->id, {"accepted", "", stranger}, cases::Actor{1});
  ASSERT_FALSE(not_a_coach);
  EXPECT_EQ(not_a_coach.error().fields.at(0).code, "not_a_provider_coach");
  EXPECT_EQ(storage_test::count_rows(db(), "case_participants"), 0);

  cases::CaseStore cases(db());
  const long long version_before = cases.find(case_id)->version;
  ASSERT_TRUE(orders_.answer(order->id, {"accepted", "", coach}, cases::Actor{1}));
  auto c = cases.find(case_id);
  ASSERT_EQ(c->participants.size(), 1U);
  EXPECT_EQ(c->participants[0].provider_organisation_id, club_);
  EXPECT_EQ(c->participants[0].coach_user_id, coach);
  EXPECT_EQ(c->version, version_before + 1);
  EXPECT_EQ(cases.timeline(case_id).back().action, "participant");

  cases::CaseFilter coached;
  coached.participant_coach_organisations = {club_};
  coached.participant_user_id = coach;
  EXPECT_EQ(cases.list(coached).size(), 1U);
  coached.participant_user_id = stranger;
  EXPECT_TRUE(cases.list(coached).empty());
  cases::CaseFilter managed;
  managed.participant_manager_organisations = {club_};
  EXPECT_EQ(cases.list(managed).size(), 1U);
}

// The database itself keeps case references true (0006): an unknown case is refused.
TEST_P(ServiceOrderStoreTest, TheForeignKeysRejectAnUnknownCase) {
  long long client = make_client(4);
  long long place = make_place(1);
  const std::string day = "2026-03-02", now = "2026-01-01T00:00:00Z";
  EXPECT_THROW(db().write([&](soci::session& sql) {
    sql << "INSERT INTO placement_bookings (place_id, client_id, case_id, start_date, created_by, created_at) "
           "VALUES (:p, :c, 999999, :s, 1, :a)",
        soci::use(place), soci::use(client), soci::use(day), soci::use(now);
  }),
               db::StorageError);
  agreements::ServiceProductInput p{"Osa 1", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, 3000, "day"};
  long long product = agreements_.create_product(club_, p)->id;
  EXPECT_THROW(db().write([&](soci::session& sql) {
    sql << "INSERT INTO service_orders (client_id, purchaser_organisation_id, provider_organisation_id, product_id, "
           "case_id, start_date, period_months, days_per_week, hours_per_day, status, ordered_by, created_at) "
           "VALUES (:c, :pu, :pr, :pd, 999999, :s, 6, 3, 5, 'sent', 1, :a)",
        soci::use(client), soci::use(county_), soci::use(club_), soci::use(product), soci::use(day), soci::use(now);
  }),
               db::StorageError);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServiceOrderStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
