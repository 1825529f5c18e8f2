// The client page's placement section over real HTTP on the fixtures' registry: a
// client's bookings (logged), free places today, the host's supervisors for the
// place form, and continuation agreements with their changed terms.
#include <set>

#include "api/api_test_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class ClientPlacementApi : public BackendTest {};

// The place `id` in a list of places.
json::object place_in(const json::array& places, long long id) {
  for (const auto& p : places) {
    if (int_at(p, "id") == id) return p.as_object();
  }
  ADD_FAILURE() << "no place " << id;
  return {};
}

std::set<std::string> logged_endpoints(const World& w, long long client_id) {
  auto log = w.sign_in("manager").get("/api/v1/clients/" + std::to_string(client_id) + "/access-log");
  EXPECT_EQ(log.status, 200) << log.body;
  std::set<std::string> out;
  for (const auto& e : items_ok(log)) out.insert(text_at(e, "endpoint"));
  return out;
}

TEST_P(ClientPlacementApi, AClientsBookingsAreListedToTheirWorkersAndTheListIsLogged) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long yard = w.registry().yard;
  const long long client = w.client(), other = w.client("Toinen", "Asiakas");
  const auto start = polku::add_days(today_helsinki(), 7);
  ASSERT_EQ(
      instructor.post("/api/v1/bookings", json::object{{"placeId", yard}, {"clientId", client}, {"startDate", start}})
          .status,
      201);
  auto listed = instructor.get("/api/v1/bookings?clientId=" + std::to_string(client));
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(items_ok(listed).size(), 1U);
  EXPECT_EQ(int_at(items_ok(listed)[0], "placeId"), yard);
  EXPECT_TRUE(items_ok(instructor.get("/api/v1/bookings?clientId=" + std::to_string(other))).empty());

  expect_problem(w.sign_in("provider_manager").get("/api/v1/bookings?clientId=" + std::to_string(client)),
                 404);  // not her client
  expect_problem(instructor.get("/api/v1/bookings"), 404);
  EXPECT_EQ(logged_endpoints(w, client).count("GET /api/v1/bookings"), 1U);
}

TEST_P(ClientPlacementApi, PlacesShowTheirFreePlacesToday) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long pets = w.registry().pets;
  const long long first = w.client(), second = w.client("Toinen", "Asiakas");
  auto before = json_ok(instructor.get("/api/v1/places/" + std::to_string(pets))).as_object();
  EXPECT_EQ(int_at(before, "bookedToday"), 0);
  EXPECT_EQ(int_at(before, "freeToday"), int_at(before, "capacity"));
  const auto today = today_helsinki();
  ASSERT_EQ(
      instructor.post("/api/v1/bookings", json::object{{"placeId", pets}, {"clientId", first}, {"startDate", today}})
          .status,
      201);
  ASSERT_EQ(instructor
                .post("/api/v1/bookings",
                      json::object{{"placeId", pets}, {"clientId", second}, {"startDate", polku::add_days(today, 30)}})
                .status,
            201);  // a booking from next month does not hold a place today
  auto after = json_ok(instructor.get("/api/v1/places/" + std::to_string(pets)));
  EXPECT_EQ(int_at(after, "bookedToday"), 1);
  EXPECT_EQ(int_at(after, "freeToday"), int_at(before, "capacity") - 1);
  EXPECT_EQ(int_at(place_in(items_ok(instructor.get("/api/v1/places")), pets), "freeToday"),
            int_at(before, "capacity") - 1);
}

TEST_P(ClientPlacementApi, TheHostsSupervisorsAreListedToItsManagerAndThePurchasersWorkers) {
  TestServer server(GetParam());
  auto w = World::build(server);
  w.place(w.company, "Työvalmennus", {{"serviceTypes", json::array{"job_coaching"}}});
  const auto path = "/api/v1/hosts/" + std::to_string(w.company) + "/supervisors";
  auto company_manager = w.sign_in("company_manager");
  auto listed = company_manager.get(path);
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(items_ok(listed).size(), 1U);
  EXPECT_EQ(text_at(items_ok(listed)[0], "displayName"), w.name("company_supervisor"));
  const long long company_supervisor = int_at(items_ok(listed)[0], "userId");
  EXPECT_EQ(w.sign_in("instructor").get(path).status, 200);
  expect_problem(w.sign_in("provider_manager").get(path), 403);    // another host's manager
  expect_problem(w.sign_in("company_supervisor").get(path), 403);  // supervisors do not edit places
  expect_problem(company_manager.get("/api/v1/hosts/" + std::to_string(w.recycling) + "/supervisors"), 403);

  // company_manager names company_supervisor; supervisor (another host's supervisor) is refused with a message in the
  // user's language.
  auto place = items_ok(company_manager.get("/api/v1/places")).at(0).as_object();
  place["supervisorUserId"] = company_supervisor;
  auto saved = company_manager.put("/api/v1/places/" + std::to_string(int_at(place, "id")), place);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(int_at(saved.json(), "supervisorUserId"), company_supervisor);
  auto supervisor =
      items_of(w.sign_in("instructor").get("/api/v1/hosts/" + std::to_string(w.recycling) + "/supervisors").json())
          .at(0);
  auto other = saved.json().as_object();
  other["supervisorUserId"] = int_at(supervisor, "userId");
  auto refused =
      expect_problem(company_manager.put("/api/v1/places/" + std::to_string(int_at(place, "id")), other), 422);
  EXPECT_TRUE(has_field_error(refused, "supervisorUserId", "invalid_choice")) << json::serialize(refused);
  EXPECT_FALSE(text_at(field_error(refused, "supervisorUserId"), "message").empty());
}

TEST_P(ClientPlacementApi, AContinuationTakesNewTermsLinksBothWaysAndIsMadeOnce) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long yard = w.registry().yard;
  const long long client = w.client();
  auto created =
      instructor.post("/api/v1/client-agreements", json::object{{"clientId", client},
                                                                {"placeId", yard},
                                                                {"startDate", "2026-03-02"},
                                                                {"endDate", "2026-08-31"},
                                                                {"daysPerWeek", 2},
                                                                {"hoursPerDay", 4},
                                                                {"tasks", "Pihatyöt"},
                                                                {"responsiblePersons", w.name("instructor")}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto path = "/api/v1/client-agreements/" + std::to_string(int_at(created.json(), "id"));
  EXPECT_TRUE(created.json().as_object().at("nextId").is_null());

  auto bad = expect_problem(
      instructor.post(path + "/continuations", json::object{{"endDate", "2027-02-28"}, {"daysPerWeek", 9}}), 422);
  EXPECT_TRUE(has_field_error(bad, "daysPerWeek", "out_of_range")) << json::serialize(bad);
  auto continued = instructor.post(
      path + "/continuations",
      json::object{
          {"endDate", "2027-02-28"}, {"daysPerWeek", 3}, {"hoursPerDay", 5}, {"tasks", "Pihatyöt ja lumityöt"}});
  ASSERT_EQ(continued.status, 201) << continued.body;
  EXPECT_EQ(text_at(continued.json(), "startDate"), "2026-09-01");
  EXPECT_EQ(int_at(continued.json(), "daysPerWeek"), 3);
  EXPECT_EQ(int_at(continued.json(), "hoursPerDay"), 5);
  EXPECT_EQ(text_at(continued.json(), "tasks"), "Pihatyöt ja lumityöt");
  EXPECT_EQ(int_at(continued.json(), "previousId"), int_at(created.json(), "id"));
  EXPECT_EQ(int_at(json_ok(instructor.get(path)), "nextId"), int_at(continued.json(), "id"));

  auto fi = expect_problem(instructor.post(path + "/continuations", json::object{{"endDate", "2027-03-31"}}), 409);
  auto en = expect_problem(
      w.sign_in("instructor", "en").post(path + "/continuations", json::object{{"endDate", "2027-03-31"}}), 409);
  EXPECT_NE(text_at(fi, "detail"), text_at(en, "detail"));
}

POLKU_API_TEST_BACKENDS(ClientPlacementApi);

}  // namespace
}  // namespace polku::api_test
