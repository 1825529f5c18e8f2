// Booking places over real HTTP (a race of many workers for the last places),
// introductory visits and client agreements with acknowledgements.
#include <atomic>
#include <latch>
#include <set>
#include <thread>

#include "api/api_test_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class BookingsApi : public BackendTest {};

TEST_P(BookingsApi, ManyParallelBookingsForTheLastPlacesExactlyCapacitySucceed) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long place = w.registry().youth;  // takes two clients at once
  std::vector<long long> clients;
  for (int i = 0; i < 6; ++i) clients.push_back(w.client("Asiakas", "Numero " + std::to_string(i)));
  const std::string start = polku::add_days(today_helsinki(), 14);
  constexpr int kRequests = 10;
  std::latch go(kRequests);
  std::atomic<int> created{0}, conflicts{0}, other{0};
  {
    std::vector<std::jthread> workers;
    for (int i = 0; i < kRequests; ++i) {
      workers.emplace_back([&, i] {
        HttpClient mine = instructor;  // the same session, its own connection
        json::object body{{"placeId", place}, {"clientId", clients[i % 6]}, {"startDate", start}};
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
  auto bookings = instructor.get("/api/v1/places/" + std::to_string(place) + "/bookings");
  ASSERT_EQ(bookings.status, 200);
  EXPECT_EQ(items_ok(bookings).size(), 2U);
}

TEST_P(BookingsApi, BookingNeedsTheClientsOwnWorkerAndAValidAgreement) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long yard = w.registry().yard;
  const long long client = w.client();
  w.case_at(client, "referral");
  json::object body{{"placeId", yard}, {"clientId", client}, {"startDate", polku::add_days(today_helsinki(), 1000)}};
  auto late = expect_problem(instructor.post("/api/v1/bookings", body), 422);
  EXPECT_TRUE(has_field_error(late, "placeId", "no_valid_agreement")) << json::serialize(late);
  body["startDate"] = polku::add_days(today_helsinki(), 3);
  body["caseId"] = 999999;  // no such case: the booking's case is the client's own (0006 adds the foreign key)
  auto unknown = expect_problem(instructor.post("/api/v1/bookings", body), 422);
  EXPECT_TRUE(has_field_error(unknown, "caseId", "reference_missing")) << json::serialize(unknown);
  long long client_case = 0;
  for (const auto& c : items_ok(instructor.get("/api/v1/cases?clientId=" + std::to_string(client))))
    client_case = int_at(c, "id");
  ASSERT_GT(client_case, 0);
  body["caseId"] = client_case;
  expect_problem(w.sign_in("provider_manager").post("/api/v1/bookings", body), 403);
  auto booked = instructor.post("/api/v1/bookings", body);
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(int_at(booked.json(), "caseId"), client_case);

  const auto end_path = "/api/v1/bookings/" + std::to_string(int_at(booked.json(), "id")) + "/end";
  const auto end_date = polku::add_days(today_helsinki(), 90);
  const auto read_version = int_at(booked.json(), "version");
  expect_problem(
      w.sign_in("provider_manager").put(end_path, json::object{{"endDate", end_date}, {"version", read_version}}), 404);
  auto ended = instructor.put(end_path, json::object{{"endDate", end_date}, {"version", read_version}});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(text_at(ended.json(), "endDate"), end_date);
  EXPECT_EQ(int_at(ended.json(), "version"), read_version + 1);
}

// Two workers end the same booking from the same read: the second is told it is stale.
TEST_P(BookingsApi, EndingABookingWithAnOldVersionIsAConflict) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long client = w.client();
  auto booked = instructor.post("/api/v1/bookings", json::object{{"placeId", w.registry().yard},
                                                                 {"clientId", client},
                                                                 {"startDate", polku::add_days(today_helsinki(), 3)}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  const auto end_path = "/api/v1/bookings/" + std::to_string(int_at(booked.json(), "id")) + "/end";
  const auto read_version = int_at(booked.json(), "version");
  auto missing =
      expect_problem(instructor.put(end_path, json::object{{"endDate", polku::add_days(today_helsinki(), 60)}}), 422);
  EXPECT_TRUE(has_field_error(missing, "version", "required")) << json::serialize(missing);
  auto first = instructor.put(
      end_path, json::object{{"endDate", polku::add_days(today_helsinki(), 60)}, {"version", read_version}});
  ASSERT_EQ(first.status, 200) << first.body;
  auto stale = expect_problem(instructor.put(end_path, json::object{{"endDate", polku::add_days(today_helsinki(), 30)},
                                                                    {"version", read_version}}),
                              409);
  EXPECT_EQ(problem_code(stale), "stale_version") << json::serialize(stale);
  auto listed = items_ok(instructor.get("/api/v1/bookings?clientId=" + std::to_string(client)));
  ASSERT_EQ(listed.size(), 1U);
  EXPECT_EQ(text_at(listed[0], "endDate"), polku::add_days(today_helsinki(), 60));  // the first end stays
}

TEST_P(BookingsApi, IntroductoryVisitWithCompanionAndOutcome) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long pets = w.registry().pets;
  const long long client = w.client();
  auto visit =
      instructor.post("/api/v1/introductory-visits", json::object{{"placeId", pets},
                                                                  {"clientId", client},
                                                                  {"visitDate", polku::add_days(today_helsinki(), 2)},
                                                                  {"visitTime", "10:30"},
                                                                  {"accompaniedBy", w.name("instructor")}});
  ASSERT_EQ(visit.status, 201) << visit.body;
  EXPECT_EQ(text_at(visit.json(), "outcome"), "pending");
  const auto path = "/api/v1/introductory-visits/" + std::to_string(int_at(visit.json(), "id"));
  const auto read_version = int_at(visit.json(), "version");
  auto outcome =
      instructor.put(path + "/outcome",
                     json::object{{"outcome", "suitable"}, {"outcomeNotes", "Innostui"}, {"version", read_version}});
  ASSERT_EQ(outcome.status, 200) << outcome.body;
  EXPECT_EQ(int_at(outcome.json(), "version"), read_version + 1);
  // Recorded from the same read by another: stale, and the first outcome stays.
  auto stale = expect_problem(
      instructor.put(path + "/outcome", json::object{{"outcome", "not_suitable"}, {"version", read_version}}), 409);
  EXPECT_EQ(problem_code(stale), "stale_version") << json::serialize(stale);
  EXPECT_EQ(text_at(json_ok(instructor.get(path)), "outcome"), "suitable");
  auto listed = instructor.get("/api/v1/introductory-visits?clientId=" + std::to_string(client));
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(items_ok(listed).size(), 1U);
  EXPECT_EQ(text_at(items_ok(listed)[0], "accompaniedBy"), w.name("instructor"));
  auto bad = expect_problem(instructor.put(path + "/outcome", json::object{{"outcome", "maybe"}}), 422);
  EXPECT_TRUE(has_field_error(bad, "outcome", "invalid_choice"));
}

TEST_P(BookingsApi, ClientAgreementIsAcknowledgedByEachPartyAndContinued) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long yard = w.registry().yard;
  const long long client = w.client("Matti", "Esimerkki");
  auto created = instructor.post("/api/v1/client-agreements",
                                 json::object{{"clientId", client},
                                              {"placeId", yard},
                                              {"providerOrganisationId", w.association},
                                              {"startDate", "2026-03-02"},
                                              {"endDate", "2026-08-31"},
                                              {"daysPerWeek", 3},
                                              {"hoursPerDay", 5},
                                              {"tasks", "Pihatyöt ja lumityöt"},
                                              {"responsiblePersons", w.name("instructor") + "; Saara Laatinen"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(int_at(created.json(), "purchaserOrganisationId"), w.county);
  const auto path = "/api/v1/client-agreements/" + std::to_string(int_at(created.json(), "id"));

  ASSERT_EQ(instructor
                .post(path + "/acknowledgements",
                      json::object{{"party", "client"}, {"name", "Matti Esimerkki"}, {"method", "in_person"}})
                .status,
            201);
  expect_problem(instructor.post(path + "/acknowledgements",
                                 json::object{{"party", "client"}, {"name", "Matti"}, {"method", "in_person"}}),
                 409);
  ASSERT_EQ(instructor.post(path + "/acknowledgements", json::object{{"party", "purchaser"}}).status, 201);
  auto provider = w.sign_in("provider_manager");
  expect_problem(provider.post(path + "/acknowledgements", json::object{{"party", "purchaser"}}), 403);
  ASSERT_EQ(provider.post(path + "/acknowledgements", json::object{{"party", "host"}}).status, 201);
  auto coach = w.sign_in("coach");
  auto last = coach.post(path + "/acknowledgements", json::object{{"party", "provider"}});
  ASSERT_EQ(last.status, 201) << last.body;
  auto acks = last.json().at("acknowledgements").as_array();
  ASSERT_EQ(acks.size(), 4U);
  for (const auto& a : acks) EXPECT_FALSE(text_at(a, "acknowledgedAt").empty());
  expect_problem(w.sign_in("supervisor").get(path), 404);

  auto continued = instructor.post(path + "/continuations", json::object{{"endDate", "2027-02-28"}});
  ASSERT_EQ(continued.status, 201) << continued.body;
  EXPECT_EQ(int_at(continued.json(), "previousId"), int_at(created.json(), "id"));
  EXPECT_EQ(text_at(continued.json(), "startDate"), "2026-09-01");
  auto listed = instructor.get("/api/v1/client-agreements?clientId=" + std::to_string(client));
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(items_ok(listed).size(), 2U);
  expect_problem(provider.get("/api/v1/client-agreements?clientId=" + std::to_string(client)), 404);
  expect_problem(coach.post(path + "/continuations", json::object{{"endDate", "2027-02-28"}}), 403);

  // Each use of the client's data is in the client's access log.
  auto log = w.sign_in("manager").get("/api/v1/clients/" + std::to_string(client) + "/access-log");
  ASSERT_EQ(log.status, 200) << log.body;
  std::set<std::string> endpoints;
  for (const auto& e : items_ok(log)) endpoints.insert(text_at(e, "endpoint"));
  EXPECT_EQ(endpoints.count("POST /api/v1/client-agreements"), 1U);
  EXPECT_EQ(endpoints.count("POST /api/v1/client-agreements/{id}/acknowledgements"), 1U);
  EXPECT_EQ(endpoints.count("POST /api/v1/client-agreements/{id}/continuations"), 1U);
}

TEST_P(BookingsApi, TheHostSeesWhoIsBookedAndWhoVisitsItsPlaceByName) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long sorting = w.registry().sorting;
  const long long client = w.client("Ville", "Vieras");
  auto instructor = w.sign_in("instructor");
  const std::string today = today_helsinki();
  auto booked = json_ok(instructor.post("/api/v1/bookings", json::object{{"placeId", sorting},
                                                                         {"clientId", client},
                                                                         {"startDate", polku::add_days(today, 3)}}),
                        201);
  EXPECT_EQ(text_at(booked, "clientName"), "Ville Vieras");  // named in the answer to the booking too
  ASSERT_EQ(instructor
                .post("/api/v1/introductory-visits", json::object{{"placeId", sorting},
                                                                  {"clientId", client},
                                                                  {"visitDate", polku::add_days(today, 1)},
                                                                  {"visitTime", "09:30"}})
                .status,
            201);
  auto supervisor = w.sign_in("supervisor");
  const auto place = "/api/v1/places/" + std::to_string(sorting);
  auto bookings = items_ok(supervisor.get(place + "/bookings"));
  ASSERT_EQ(bookings.size(), 1U);
  EXPECT_EQ(text_at(bookings[0], "clientName"), "Ville Vieras");
  auto visits = items_ok(supervisor.get(place + "/introductory-visits"));
  ASSERT_EQ(visits.size(), 1U);
  EXPECT_EQ(text_at(visits[0], "clientName"), "Ville Vieras");
  EXPECT_EQ(text_at(visits[0], "visitTime"), "09:30");
  expect_problem(w.sign_in("company_supervisor").get(place + "/introductory-visits"), 404);  // another host's
  expect_problem(supervisor.get("/api/v1/places/999999/introductory-visits"), 404);
  auto log = items_ok(w.sign_in("manager").get("/api/v1/clients/" + std::to_string(client) + "/access-log"));
  bool logged = false;
  for (const auto& e : log) logged |= text_at(e, "endpoint") == "GET /api/v1/places/{id}/introductory-visits";
  EXPECT_TRUE(logged);
}

TEST_P(BookingsApi, TheClientsAcknowledgementSaysHowTheyAgreedAndWhoRecordedIt) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long yard = w.registry().yard;
  const long long client = w.client("Aada", "Allekirjoittaja");
  w.case_at(client, "start");
  auto instructor = w.sign_in("instructor");
  const std::string today = today_helsinki();
  auto created =
      json_ok(instructor.post("/api/v1/client-agreements", json::object{{"clientId", client},
                                                                        {"placeId", yard},
                                                                        {"startDate", today},
                                                                        {"endDate", polku::add_days(today, 60)},
                                                                        {"daysPerWeek", 3},
                                                                        {"hoursPerDay", 4},
                                                                        {"tasks", "Pihatyöt"},
                                                                        {"responsiblePersons", w.name("instructor")}}),
              201);
  auto may = [](const json::value& a) {
    std::set<std::string> out;
    for (const auto& p : a.at("mayAcknowledge").as_array()) out.insert(std::string(p.as_string()));
    return out;
  };
  EXPECT_EQ(may(created), (std::set<std::string>{"client", "purchaser"}));
  const auto path = "/api/v1/client-agreements/" + std::to_string(int_at(created, "id"));
  auto host = w.sign_in("provider_manager");
  auto as_host = json_ok(host.get(path));
  EXPECT_EQ(may(as_host), std::set<std::string>{"host"});
  EXPECT_EQ(text_at(as_host, "clientName"), "Aada Allekirjoittaja");  // the host knows whom it takes

  const auto acks = path + "/acknowledgements";
  auto no_way =
      expect_problem(instructor.post(acks, json::object{{"party", "client"}, {"name", "Aada Allekirjoittaja"}}), 422);
  EXPECT_TRUE(has_field_error(no_way, "method", "required")) << json::serialize(no_way);
  auto no_name = expect_problem(instructor.post(acks, json::object{{"party", "client"}, {"method", "phone"}}), 422);
  EXPECT_TRUE(has_field_error(no_name, "name", "required"));  // never the worker's name as the client's
  auto fax = expect_problem(
      instructor.post(acks, json::object{{"party", "client"}, {"name", "Aada Allekirjoittaja"}, {"method", "fax"}}),
      422);
  EXPECT_TRUE(has_field_error(fax, "method", "invalid_choice"));
  auto purchaser_way =
      expect_problem(instructor.post(acks, json::object{{"party", "purchaser"}, {"method", "phone"}}), 422);
  EXPECT_TRUE(has_field_error(purchaser_way, "method", "invalid_choice"));

  auto done = json_ok(
      instructor.post(acks, json::object{{"party", "client"}, {"name", "Aada Allekirjoittaja"}, {"method", "phone"}}),
      201);
  ASSERT_EQ(done.at("acknowledgements").as_array().size(), 1U);
  const auto& k = done.at("acknowledgements").as_array()[0];
  EXPECT_EQ(text_at(k, "name"), "Aada Allekirjoittaja");
  EXPECT_EQ(text_at(k, "method"), "phone");
  EXPECT_EQ(text_at(k, "recordedBy"), w.name("instructor"));
  EXPECT_EQ(may(done), std::set<std::string>{"purchaser"});
}

POLKU_API_TEST_BACKENDS(BookingsApi);

}  // namespace
}  // namespace polku::api_test
