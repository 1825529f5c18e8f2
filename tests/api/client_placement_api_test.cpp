// The client page's placement section over real HTTP on the demo data: a
// client's bookings (logged), free places today, the host's supervisors for the
// place form, and continuation agreements with their changed terms.
#include <set>

#include "api/api_test_helpers.hpp"
#include "placements/placement_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::api_test {
namespace {

class ClientPlacementApi : public BackendTest {};

// Demo organisations: 1 county (purchaser), 2 4H association, 3 recycling centre, 4 the company.
constexpr long long kRecycling = 3;
constexpr long long kCompany = 4;

json::object place_named(HttpClient& client, const std::string& name) {
  for (const auto& p : items_of(client.get("/api/v1/places").json())) {
    if (text_at(p, "name") == name) return p.as_object();
  }
  ADD_FAILURE() << "no place " << name;
  return {};
}

std::set<std::string> logged_endpoints(TestServer& server, long long client_id) {
  auto log = signed_in(server, "mikko").get("/api/v1/clients/" + std::to_string(client_id) + "/access-log");
  EXPECT_EQ(log.status, 200) << log.body;
  std::set<std::string> out;
  for (const auto& e : items_of(log.json())) out.insert(text_at(e, "endpoint"));
  return out;
}

TEST_P(ClientPlacementApi, AClientsBookingsAreListedToTheirWorkersAndTheListIsLogged) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const long long yard = int_at(place_named(sanna, "Kiinteistö- ja pihanhoito"), "id");
  const auto start = placements::add_days(today_helsinki(), 7);
  ASSERT_EQ(sanna.post("/api/v1/bookings", json::object{{"placeId", yard}, {"clientId", 4}, {"startDate", start}}).status,
            201);
  auto listed = sanna.get("/api/v1/bookings?clientId=4");
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(items_of(listed.json()).size(), 1U);
  EXPECT_EQ(int_at(items_of(listed.json())[0], "placeId"), yard);
  EXPECT_TRUE(items_of(sanna.get("/api/v1/bookings?clientId=5").json()).empty());

  expect_problem(signed_in(server, "hanna").get("/api/v1/bookings?clientId=4"), 404);  // not her client
  expect_problem(sanna.get("/api/v1/bookings"), 404);
  EXPECT_EQ(logged_endpoints(server, 4).count("GET /api/v1/bookings"), 1U);
}

TEST_P(ClientPlacementApi, PlacesShowTheirFreePlacesToday) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto before = place_named(sanna, "Lemmikkien hoito");
  EXPECT_EQ(int_at(before, "bookedToday"), 0);
  EXPECT_EQ(int_at(before, "freeToday"), int_at(before, "capacity"));
  const long long pets = int_at(before, "id");
  const auto today = today_helsinki();
  ASSERT_EQ(sanna.post("/api/v1/bookings", json::object{{"placeId", pets}, {"clientId", 1}, {"startDate", today}}).status,
            201);
  ASSERT_EQ(sanna.post("/api/v1/bookings", json::object{{"placeId", pets}, {"clientId", 2},
                                                         {"startDate", placements::add_days(today, 30)}}).status,
            201);  // a booking from next month does not hold a place today
  auto after = sanna.get("/api/v1/places/" + std::to_string(pets)).json();
  EXPECT_EQ(int_at(after, "bookedToday"), 1);
  EXPECT_EQ(int_at(after, "freeToday"), int_at(before, "capacity") - 1);
  EXPECT_EQ(int_at(place_named(sanna, "Lemmikkien hoito"), "freeToday"), int_at(before, "capacity") - 1);
}

TEST_P(ClientPlacementApi, TheHostsSupervisorsAreListedToItsManagerAndThePurchasersWorkers) {
  TestServer server(GetParam());
  const auto path = "/api/v1/hosts/" + std::to_string(kCompany) + "/supervisors";
  auto kalle = signed_in(server, "kalle");
  auto listed = kalle.get(path);
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(items_of(listed.json()).size(), 1U);
  EXPECT_EQ(text_at(items_of(listed.json())[0], "displayName"), "Pekka Pajaohjaaja");
  const long long pekka = int_at(items_of(listed.json())[0], "userId");
  EXPECT_EQ(signed_in(server, "sanna").get(path).status, 200);
  expect_problem(signed_in(server, "hanna").get(path), 403);  // another host's manager
  expect_problem(signed_in(server, "pekka").get(path), 403);  // supervisors do not edit places
  expect_problem(kalle.get("/api/v1/hosts/" + std::to_string(kRecycling) + "/supervisors"), 403);

  // kalle names pekka; aino (another host's supervisor) is refused with a message in the user's language.
  auto place = items_of(kalle.get("/api/v1/places").json()).at(0).as_object();
  place["supervisorUserId"] = pekka;
  auto saved = kalle.put("/api/v1/places/" + std::to_string(int_at(place, "id")), place);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(int_at(saved.json(), "supervisorUserId"), pekka);
  auto aino = items_of(signed_in(server, "sanna").get("/api/v1/hosts/" + std::to_string(kRecycling) + "/supervisors")
                           .json())
                  .at(0);
  auto other = saved.json().as_object();
  other["supervisorUserId"] = int_at(aino, "userId");
  auto refused = expect_problem(kalle.put("/api/v1/places/" + std::to_string(int_at(place, "id")), other), 422);
  EXPECT_TRUE(has_field_error(refused, "supervisorUserId", "invalid_choice")) << json::serialize(refused);
  EXPECT_FALSE(text_at(field_error(refused, "supervisorUserId"), "message").empty());
}

TEST_P(ClientPlacementApi, AContinuationTakesNewTermsLinksBothWaysAndIsMadeOnce) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const long long yard = int_at(place_named(sanna, "Kiinteistö- ja pihanhoito"), "id");
  auto created = sanna.post("/api/v1/client-agreements",
                            json::object{{"clientId", 3}, {"placeId", yard}, {"startDate", "2026-03-02"},
                                         {"endDate", "2026-08-31"}, {"daysPerWeek", 2}, {"hoursPerDay", 4},
                                         {"tasks", "Pihatyöt"}, {"responsiblePersons", "Sanna Sosiaaliohjaaja"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto path = "/api/v1/client-agreements/" + std::to_string(int_at(created.json(), "id"));
  EXPECT_TRUE(created.json().as_object().at("nextId").is_null());

  auto bad = expect_problem(sanna.post(path + "/continuations", json::object{{"endDate", "2027-02-28"},
                                                                             {"daysPerWeek", 9}}),
                            422);
  EXPECT_TRUE(has_field_error(bad, "daysPerWeek", "out_of_range")) << json::serialize(bad);
  auto continued = sanna.post(path + "/continuations", json::object{{"endDate", "2027-02-28"},
                                                                    {"daysPerWeek", 3},
                                                                    {"hoursPerDay", 5},
                                                                    {"tasks", "Pihatyöt ja lumityöt"}});
  ASSERT_EQ(continued.status, 201) << continued.body;
  EXPECT_EQ(text_at(continued.json(), "startDate"), "2026-09-01");
  EXPECT_EQ(int_at(continued.json(), "daysPerWeek"), 3);
  EXPECT_EQ(int_at(continued.json(), "hoursPerDay"), 5);
  EXPECT_EQ(text_at(continued.json(), "tasks"), "Pihatyöt ja lumityöt");
  EXPECT_EQ(int_at(continued.json(), "previousId"), int_at(created.json(), "id"));
  EXPECT_EQ(int_at(sanna.get(path).json(), "nextId"), int_at(continued.json(), "id"));

  auto fi = expect_problem(sanna.post(path + "/continuations", json::object{{"endDate", "2027-03-31"}}), 409);
  auto en = expect_problem(signed_in(server, "sanna", "en").post(path + "/continuations",
                                                                  json::object{{"endDate", "2027-03-31"}}),
                           409);
  EXPECT_NE(text_at(fi, "detail"), text_at(en, "detail"));
}

POLKU_API_TEST_BACKENDS(ClientPlacementApi);

}  // namespace
}  // namespace polku::api_test
