// Service orders for a case and the provider's answer on both databases.
#include "cases/case_store.hpp"
#include "storage/placement_world.hpp"

namespace polku {
namespace {

class ServiceOrdersStoreTest : public storage_test::PlacementWorldTest {
 protected:
  storage_test::WorkerOrders orders_{db(), orders_module_, worker_};
};

TEST_P(ServiceOrdersStoreTest, OrdersAProductForAClientsCaseAndTheProviderAnswersOnce) {
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

  auto declined_without_reason = orders_.answer(created->id, {"declined", "", std::nullopt}, work::Actor{1, "test", "test"});
  ASSERT_FALSE(declined_without_reason);
  EXPECT_EQ(declined_without_reason.error().fields.at(0).field, "responseNote");
  auto accepted = orders_.answer(created->id, {"accepted", "Aloitus sovittu", coach}, work::Actor{1, "test", "test"});
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->status, "accepted");
  EXPECT_EQ(accepted->coach_user_id, coach);
  EXPECT_FALSE(accepted->coach_name.empty());
  EXPECT_FALSE(accepted->responded_at.empty());
  auto again = orders_.answer(created->id, {"declined", "Muutos", std::nullopt}, work::Actor{1, "test", "test"});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(orders_.answer(created->id + 1, {"declined", "x", std::nullopt}, work::Actor{1, "test", "test"}).error().code,
            ErrorCode::kNotFound);

  service_orders::ServiceOrderFilter mine;
  mine.purchaser_ids = {county_};
  mine.case_id = in.case_id;
  EXPECT_EQ(orders_.list(mine).size(), 1U);
  service_orders::ServiceOrderFilter incoming;
  incoming.provider_ids = {club_};
  incoming.status = "sent";
  EXPECT_TRUE(orders_.list(incoming).empty());
}

// The participant is written in the answer's transaction: the case then names the provider and its coach.
TEST_P(ServiceOrdersStoreTest, AnAcceptedOrderMakesTheProviderAndItsCoachTakePartInTheCase) {
  agreements::ServiceProductInput p{"Osa 2", "ktt", false, true, true, 3, 24, 1, 4, 4, 8, 6, 4500, "day"};
  long long product = agreements_.create_product(club_, p)->id;
  long long place = make_place(2);
  long long client = make_client(3);
  long long case_id = make_case(client);
  const long long coach = storage_test::make_user(orgs_, "valmentaja2", {{club_, "coach"}});
  const long long stranger = storage_test::make_user(orgs_, "muu", {{county_, "social_worker"}});
  auto order = orders_.create({client, product, place, case_id, "2026-03-02", 6, 3, 5}, county_, 1);
  ASSERT_TRUE(order) << order.error().message_key;

  auto not_a_coach = orders_.answer(order->id, {"accepted", "", stranger}, work::Actor{1, "test", "test"});
  ASSERT_FALSE(not_a_coach);
  EXPECT_EQ(not_a_coach.error().fields.at(0).code, "not_a_provider_coach");
  EXPECT_EQ(storage_test::count_rows(db(), "case_participants"), 0);

  cases::CaseStore cases(db());
  const long long version_before = cases.find(case_id)->version;
  ASSERT_TRUE(orders_.answer(order->id, {"accepted", "", coach}, work::Actor{1, "test", "test"}));
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
TEST_P(ServiceOrdersStoreTest, TheForeignKeysRejectAnUnknownCase) {
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

INSTANTIATE_TEST_SUITE_P(Backends, ServiceOrdersStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
