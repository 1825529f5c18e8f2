// Booking places over real HTTP (a race of many workers for the last places),
// introductory visits and client agreements with acknowledgements.
#include <atomic>
#include <latch>
#include <set>
#include <thread>

#include "api/api_test_helpers.hpp"
#include "placements/placement_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::api_test {
namespace {

class BookingsApi : public BackendTest {};

// The demo's "Nuorisotyö kerhotiloissa" at the 4H association takes two clients at once.
long long place_named(HttpClient& client, const std::string& name) {
  for (const auto& p : items_of(client.get("/api/v1/places").json())) {
    if (text_at(p, "name") == name) return int_at(p, "id");
  }
  ADD_FAILURE() << "no place " << name;
  return 0;
}

TEST_P(BookingsApi, ManyParallelBookingsForTheLastPlacesExactlyCapacitySucceed) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const long long place = place_named(sanna, "Nuorisotyö kerhotiloissa");
  const std::string start = placements::add_days(today_helsinki(), 14);
  constexpr int kRequests = 10;
  std::latch go(kRequests);
  std::atomic<int> created{0}, conflicts{0}, other{0};
  {
    std::vector<std::jthread> workers;
    for (int i = 0; i < kRequests; ++i) {
      workers.emplace_back([&, i] {
        HttpClient mine = sanna;  // the same session, its own connection
        json::object body{{"placeId", place}, {"clientId", 1 + i % 6}, {"startDate", start}};
        go.arrive_and_wait();
        auto res = mine.post("/api/v1/bookings", body);
        if (res.status == 201) {
          ++created;
        } else if (res.status == 409 && res.body.find("place_full") != std::string::npos) {
          ++conflicts;
        } else {
          ++other;
        }
      });
    }
  }
  EXPECT_EQ(created.load(), 2);
  EXPECT_EQ(conflicts.load(), kRequests - 2);
  EXPECT_EQ(other.load(), 0);
  auto bookings = sanna.get("/api/v1/places/" + std::to_string(place) + "/bookings");
  ASSERT_EQ(bookings.status, 200);
  EXPECT_EQ(items_of(bookings.json()).size(), 2U);
}

TEST_P(BookingsApi, BookingNeedsTheClientsOwnWorkerAndAValidAgreement) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const long long yard = place_named(sanna, "Kiinteistö- ja pihanhoito");
  json::object body{{"placeId", yard}, {"clientId", 1}, {"startDate", placements::add_days(today_helsinki(), 1000)}};
  auto late = expect_problem(sanna.post("/api/v1/bookings", body), 422);
  EXPECT_TRUE(has_field_error(late, "placeId", "no_valid_agreement")) << json::serialize(late);
  body["startDate"] = placements::add_days(today_helsinki(), 3);
  body["caseId"] = 999999;  // no such case: the booking's case is the client's own (0006 adds the foreign key)
  auto unknown = expect_problem(sanna.post("/api/v1/bookings", body), 422);
  EXPECT_TRUE(has_field_error(unknown, "caseId", "reference_missing")) << json::serialize(unknown);
  long long client_case = 0;
  for (const auto& c : items_of(sanna.get("/api/v1/cases?clientId=1").json())) client_case = int_at(c, "id");
  ASSERT_GT(client_case, 0);
  body["caseId"] = client_case;
  expect_problem(signed_in(server, "hanna").post("/api/v1/bookings", body), 403);
  auto booked = sanna.post("/api/v1/bookings", body);
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(int_at(booked.json(), "caseId"), client_case);

  const auto end_path = "/api/v1/bookings/" + std::to_string(int_at(booked.json(), "id")) + "/end";
  const auto end_date = placements::add_days(today_helsinki(), 90);
  expect_problem(signed_in(server, "hanna").put(end_path, json::object{{"endDate", end_date}}), 404);
  auto ended = sanna.put(end_path, json::object{{"endDate", end_date}});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(text_at(ended.json(), "endDate"), end_date);
}

TEST_P(BookingsApi, IntroductoryVisitWithCompanionAndOutcome) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const long long pets = place_named(sanna, "Lemmikkien hoito");
  auto visit = sanna.post("/api/v1/introductory-visits",
                          json::object{{"placeId", pets},
                                       {"clientId", 2},
                                       {"visitDate", placements::add_days(today_helsinki(), 2)},
                                       {"visitTime", "10:30"},
                                       {"accompaniedBy", "Sanna Sosiaaliohjaaja"}});
  ASSERT_EQ(visit.status, 201) << visit.body;
  EXPECT_EQ(text_at(visit.json(), "outcome"), "pending");
  const auto path = "/api/v1/introductory-visits/" + std::to_string(int_at(visit.json(), "id"));
  auto outcome = sanna.put(path + "/outcome", json::object{{"outcome", "suitable"}, {"outcomeNotes", "Innostui"}});
  ASSERT_EQ(outcome.status, 200) << outcome.body;
  EXPECT_EQ(text_at(sanna.get(path).json(), "outcome"), "suitable");
  auto listed = sanna.get("/api/v1/introductory-visits?clientId=2");
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(items_of(listed.json()).size(), 1U);
  EXPECT_EQ(text_at(items_of(listed.json())[0], "accompaniedBy"), "Sanna Sosiaaliohjaaja");
  auto bad = expect_problem(sanna.put(path + "/outcome", json::object{{"outcome", "maybe"}}), 422);
  EXPECT_TRUE(has_field_error(bad, "outcome", "invalid_choice"));
}

TEST_P(BookingsApi, ClientAgreementIsAcknowledgedByEachPartyAndContinued) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const long long yard = place_named(sanna, "Kiinteistö- ja pihanhoito");
  auto created = sanna.post("/api/v1/client-agreements",
                            json::object{{"clientId", 1},
                                         {"placeId", yard},
                                         {"providerOrganisationId", 2},
                                         {"startDate", "2026-03-02"},
                                         {"endDate", "2026-08-31"},
                                         {"daysPerWeek", 3},
                                         {"hoursPerDay", 5},
                                         {"tasks", "Pihatyöt ja lumityöt"},
                                         {"responsiblePersons", "Sanna Sosiaaliohjaaja; Saara Laatinen"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(int_at(created.json(), "purchaserOrganisationId"), 1);
  const auto path = "/api/v1/client-agreements/" + std::to_string(int_at(created.json(), "id"));

  ASSERT_EQ(sanna.post(path + "/acknowledgements", json::object{{"party", "client"}, {"name", "Matti Esimerkki"}}).status,
            201);
  expect_problem(sanna.post(path + "/acknowledgements", json::object{{"party", "client"}, {"name", "Matti"}}), 409);
  ASSERT_EQ(sanna.post(path + "/acknowledgements", json::object{{"party", "purchaser"}}).status, 201);
  auto hanna = signed_in(server, "hanna");
  expect_problem(hanna.post(path + "/acknowledgements", json::object{{"party", "purchaser"}}), 403);
  ASSERT_EQ(hanna.post(path + "/acknowledgements", json::object{{"party", "host"}}).status, 201);
  auto tuomas = signed_in(server, "tuomas");
  auto last = tuomas.post(path + "/acknowledgements", json::object{{"party", "provider"}});
  ASSERT_EQ(last.status, 201) << last.body;
  auto acks = last.json().at("acknowledgements").as_array();
  ASSERT_EQ(acks.size(), 4U);
  for (const auto& a : acks) EXPECT_FALSE(text_at(a, "acknowledgedAt").empty());
  expect_problem(signed_in(server, "aino").get(path), 404);

  auto continued = sanna.post(path + "/continuations", json::object{{"endDate", "2027-02-28"}});
  ASSERT_EQ(continued.status, 201) << continued.body;
  EXPECT_EQ(int_at(continued.json(), "previousId"), int_at(created.json(), "id"));
  EXPECT_EQ(text_at(continued.json(), "startDate"), "2026-09-01");
  auto listed = sanna.get("/api/v1/client-agreements?clientId=1");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(items_of(listed.json()).size(), 2U);
  expect_problem(hanna.get("/api/v1/client-agreements?clientId=1"), 404);
  expect_problem(tuomas.post(path + "/continuations", json::object{{"endDate", "2027-02-28"}}), 403);

  // Each use of the client's data is in the client's access log.
  auto log = signed_in(server, "mikko").get("/api/v1/clients/1/access-log");
  ASSERT_EQ(log.status, 200) << log.body;
  std::set<std::string> endpoints;
  for (const auto& e : items_of(log.json())) endpoints.insert(text_at(e, "endpoint"));
  EXPECT_EQ(endpoints.count("POST /api/v1/client-agreements"), 1U);
  EXPECT_EQ(endpoints.count("POST /api/v1/client-agreements/{id}/acknowledgements"), 1U);
  EXPECT_EQ(endpoints.count("POST /api/v1/client-agreements/{id}/continuations"), 1U);
}

POLKU_API_TEST_BACKENDS(BookingsApi);

}  // namespace
}  // namespace polku::api_test
