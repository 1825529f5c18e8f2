// The task list over real HTTP on both databases: each hand-off is on the list of
// the person who acts next and on nobody else's, and it leaves once done.
#include <set>

#include "api/case_helpers.hpp"

namespace polku::api_test {
namespace {

class TasksApi : public BackendTest {};

json::array tasks_of(HttpClient& who) { return items_ok(who.get("/api/v1/tasks")); }

// The kinds waiting for `who` about one record: `field` (e.g. "caseId") equal to `id`.
std::multiset<std::string> kinds_about(HttpClient& who, const char* field, long long id) {
  std::multiset<std::string> out;
  for (const auto& t : tasks_of(who)) {
    const auto& v = t.at(field);
    if (v.is_int64() && v.as_int64() == id) out.insert(text_at(t, "kind"));
  }
  return out;
}

std::set<std::string> parties_waiting(HttpClient& who, long long agreement_id) {
  std::set<std::string> out;
  for (const auto& t : tasks_of(who)) {
    if (text_at(t, "kind") == "client_agreement_to_acknowledge" && int_at(t, "clientAgreementId") == agreement_id)
      out.insert(text_at(t, "party"));
  }
  return out;
}

json::object agreement_body(long long client, long long place, int starts_in_days) {
  const std::string today = today_helsinki();
  return {{"clientId", client},
          {"placeId", place},
          {"startDate", add_days(today, starts_in_days)},
          {"endDate", add_days(today, 40)},
          {"daysPerWeek", 3},
          {"hoursPerDay", 4},
          {"tasks", "Lajittelu"},
          {"responsiblePersons", "Testi Ohjaaja"}};
}

TEST_P(TasksApi, AClientAgreementWaitsForEachPartyThatHasNotAcknowledged) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long sorting = w.registry().sorting;
  const long long client = w.client("Olli", "Odottaja", {{"ownWorkerId", w.user_id("instructor")}});
  w.case_at(client, "start");
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  auto supervisor = w.sign_in("supervisor");
  auto host_manager = w.sign_in("recycling_manager");
  const long long id =
      int_at(ok(instructor.post("/api/v1/client-agreements", agreement_body(client, sorting, 3)), 201), "id");

  // The own worker acknowledges for the client and the purchaser; the host's manager and supervisor for the host.
  EXPECT_EQ(parties_waiting(instructor, id), (std::set<std::string>{"client", "purchaser"}));
  EXPECT_TRUE(parties_waiting(worker, id).empty());  // another worker's client
  EXPECT_EQ(parties_waiting(supervisor, id), std::set<std::string>{"host"});
  EXPECT_EQ(parties_waiting(host_manager, id), std::set<std::string>{"host"});
  for (const char* stranger : {"provider_manager", "company_supervisor", "other_instructor", "coach"}) {
    auto who = w.sign_in(stranger);
    EXPECT_TRUE(parties_waiting(who, id).empty()) << stranger;
  }
  // The item says whose, where and by when.
  for (const auto& t : tasks_of(supervisor)) {
    if (text_at(t, "kind") != "client_agreement_to_acknowledge") continue;
    EXPECT_EQ(text_at(t, "clientName"), "Olli Odottaja");
    EXPECT_EQ(int_at(t, "placeId"), sorting);
    EXPECT_EQ(text_at(t, "due"), add_days(today_helsinki(), 3));
    EXPECT_FALSE(t.at("overdue").as_bool());
  }

  const auto path = "/api/v1/client-agreements/" + std::to_string(id) + "/acknowledgements";
  ok(instructor.post(path, json::object{{"party", "client"}, {"name", "Olli Odottaja"}, {"method", "in_person"}}), 201);
  EXPECT_EQ(parties_waiting(instructor, id), std::set<std::string>{"purchaser"});
  ok(supervisor.post(path, json::object{{"party", "host"}}), 201);
  EXPECT_TRUE(parties_waiting(supervisor, id).empty());
  EXPECT_TRUE(parties_waiting(host_manager, id).empty());  // done by the other, gone from both
}

TEST_P(TasksApi, ACaseWithAPlanWaitsForItsDecisionAndItsStart) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client();  // no own worker yet
  const long long case_id = int_at(w.case_at(client, "start"), "id");
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  auto manager = w.sign_in("manager");

  // The instructor who opened the case became the client's own worker: the start is hers; social
  // workers decide (the region's process model does not let instructors); the plan starts today.
  const auto client_path = "/api/v1/clients/" + std::to_string(client);
  EXPECT_EQ(int_at(json_ok(instructor.get(client_path)), "ownWorkerId"), w.user_id("instructor"));
  EXPECT_EQ(kinds_about(worker, "caseId", case_id), std::multiset<std::string>{"decision_to_make"});
  EXPECT_EQ(kinds_about(instructor, "caseId", case_id), std::multiset<std::string>{"case_start_date_reached"});
  EXPECT_TRUE(kinds_about(manager, "caseId", case_id).empty());
  EXPECT_EQ(text_at(json_ok(instructor.get(case_path(case_id))), "responsibleName"), w.name("instructor"));

  // Without an own worker (she moved on), the manager is asked to name one, and any worker may start it.
  auto edited = json_ok(instructor.get(client_path)).as_object();
  edited["ownWorkerId"] = nullptr;
  ok(instructor.put(client_path, edited));
  EXPECT_TRUE(json_ok(instructor.get(case_path(case_id))).at("responsibleName").is_null());  // nobody named yet
  EXPECT_EQ(kinds_about(worker, "caseId", case_id),
            (std::multiset<std::string>{"case_start_date_reached", "decision_to_make"}));
  EXPECT_EQ(kinds_about(instructor, "caseId", case_id), std::multiset<std::string>{"case_start_date_reached"});
  EXPECT_EQ(kinds_about(manager, "caseId", case_id), std::multiset<std::string>{"case_without_own_worker"});
  for (const char* stranger : {"other_instructor", "provider_manager", "coach", "supervisor"}) {
    auto who = w.sign_in(stranger);
    EXPECT_TRUE(kinds_about(who, "caseId", case_id).empty()) << stranger;
  }
  // The manager names the worker: the item leaves her list, and the start is the worker's.
  auto unassigned = json_ok(manager.get(client_path));
  ok(manager.put(client_path + "/own-worker",
                 json::object{{"ownWorkerId", w.user_id("worker")}, {"version", unassigned.at("version")}}));
  EXPECT_TRUE(kinds_about(manager, "caseId", case_id).empty());
  EXPECT_TRUE(kinds_about(instructor, "caseId", case_id).empty());

  auto d = ok(worker.post(case_path(case_id, "/decisions"), decision_body()), 201);
  EXPECT_EQ(kinds_about(worker, "caseId", case_id).count("decision_to_make"), 1U);  // a draft decides nothing
  ok(worker.post("/api/v1/decisions/" + std::to_string(int_at(d, "id")) + "/sign",
                 json::object{{"version", int_at(d, "version")}}));
  EXPECT_EQ(kinds_about(worker, "caseId", case_id).count("decision_to_make"), 0U);

  // A client agreement starting later moves the start: the case waits until that day.
  ok(instructor.post("/api/v1/client-agreements", agreement_body(client, w.registry().sorting, 5)), 201);
  EXPECT_EQ(kinds_about(instructor, "caseId", case_id).count("case_start_date_reached"), 0U);
}

TEST_P(TasksApi, AServiceOrderWaitsForTheProvidersManagersUntilAnswered) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto reg = w.registry();
  const long long client = w.client();
  const long long case_id = int_at(w.case_at(client, "start"), "id");
  auto instructor = w.sign_in("instructor");
  auto provider = w.sign_in("provider_manager");
  auto sent = ok(instructor.post("/api/v1/service-orders", json::object{{"clientId", client},
                                                                        {"caseId", case_id},
                                                                        {"productId", reg.products.at(1)},
                                                                        {"placeId", reg.yard},
                                                                        {"startDate", add_days(today_helsinki(), 10)},
                                                                        {"periodMonths", 6},
                                                                        {"daysPerWeek", 3},
                                                                        {"hoursPerDay", 4}}),
                 201);
  const long long order = int_at(sent, "id");
  EXPECT_EQ(kinds_about(provider, "serviceOrderId", order), std::multiset<std::string>{"service_order_to_answer"});
  for (const char* stranger : {"coach", "recycling_manager", "instructor", "manager"}) {
    auto who = w.sign_in(stranger);
    EXPECT_TRUE(kinds_about(who, "serviceOrderId", order).empty()) << stranger;
  }
  auto answered = ok(provider.put("/api/v1/service-orders/" + std::to_string(order) + "/response",
                                  json::object{{"status", "accepted"},
                                               {"coachUserId", w.user_id("coach")},
                                               {"responseNote", "Tervetuloa, aloitetaan maanantaina"}}));
  EXPECT_EQ(text_at(answered, "responseNote"), "Tervetuloa, aloitetaan maanantaina");  // a reply to the purchaser
  EXPECT_TRUE(kinds_about(provider, "serviceOrderId", order).empty());
}

TEST_P(TasksApi, ABookingStartingSoonIsTheHostsAndAPastVisitWaitsForItsOutcome) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto reg = w.registry();
  const long long client = w.client("Veera", "Vierailija");
  w.case_at(client, "start");
  auto instructor = w.sign_in("instructor");
  auto supervisor = w.sign_in("supervisor");
  const std::string today = today_helsinki();
  const long long soon = int_at(ok(instructor.post("/api/v1/bookings", json::object{{"placeId", reg.sorting},
                                                                                    {"clientId", client},
                                                                                    {"startDate", add_days(today, 3)}}),
                                   201),
                                "id");
  (void)soon;
  EXPECT_EQ(kinds_about(supervisor, "clientId", client), std::multiset<std::string>{"client_starting_at_place"});
  auto association = w.sign_in("provider_manager");
  EXPECT_TRUE(kinds_about(association, "clientId", client).empty());  // not its place

  auto later_client = w.client("Lauri", "Myöhemmin");
  w.case_at(later_client, "start");
  ok(instructor.post(
         "/api/v1/bookings",
         json::object{{"placeId", reg.sorting}, {"clientId", later_client}, {"startDate", add_days(today, 30)}}),
     201);
  EXPECT_TRUE(kinds_about(supervisor, "clientId", later_client).empty());  // beyond the next two weeks

  auto visit = [&](int in_days) {
    return ok(instructor.post("/api/v1/introductory-visits", json::object{{"placeId", reg.yard},
                                                                          {"clientId", client},
                                                                          {"visitDate", add_days(today, in_days)},
                                                                          {"visitTime", "10:00"}}),
              201);
  };
  auto past = visit(-1);
  visit(1);  // still to come: nothing to record yet
  EXPECT_EQ(kinds_about(instructor, "visitId", int_at(past, "id")),
            std::multiset<std::string>{"visit_outcome_to_record"});
  int visits_waiting = 0;
  for (const auto& t : tasks_of(instructor)) visits_waiting += text_at(t, "kind") == "visit_outcome_to_record";
  EXPECT_EQ(visits_waiting, 1);
  ok(instructor.put("/api/v1/introductory-visits/" + std::to_string(int_at(past, "id")) + "/outcome",
                    json::object{{"outcome", "suitable"}, {"version", int_at(past, "version")}}));
  EXPECT_TRUE(kinds_about(instructor, "visitId", int_at(past, "id")).empty());

  // Showing a client on the list is a read of their data, in their access log.
  auto log = items_ok(w.sign_in("manager").get("/api/v1/clients/" + std::to_string(client) + "/access-log"));
  bool logged = false;
  for (const auto& e : log) logged |= text_at(e, "endpoint") == "GET /api/v1/tasks";
  EXPECT_TRUE(logged);
}

// The missing item of `code` on the case, or null.
json::value missing_item(HttpClient& who, long long case_id, const std::string& code) {
  const auto c = json_ok(who.get(case_path(case_id)));  // kept: the loop reads into it
  for (const auto& m : c.at("missing").as_array())
    if (text_at(m, "code") == code) return m;
  return nullptr;
}

TEST_P(TasksApi, TheCaseSaysWhomItWaitsForAndStartsOnTheAgreedDay) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Sini", "Sopija", {{"ownWorkerId", w.user_id("instructor")}});
  const long long case_id = int_at(w.case_at(client, "start"), "id");
  auto instructor = w.sign_in("instructor");
  EXPECT_TRUE(missing_item(instructor, case_id, "agreement_missing").is_object());
  const long long id = int_at(
      ok(instructor.post("/api/v1/client-agreements", agreement_body(client, w.registry().sorting, 3)), 201), "id");
  const auto path = "/api/v1/client-agreements/" + std::to_string(id) + "/acknowledgements";
  ok(instructor.post(path, json::object{{"party", "client"}, {"name", "Sini Sopija"}, {"method", "phone"}}), 201);
  ok(instructor.post(path, json::object{{"party", "purchaser"}}), 201);

  auto host = missing_item(instructor, case_id, "host_acknowledgement_missing");
  ASSERT_TRUE(host.is_object());
  EXPECT_EQ(text_at(host, "party"), "host");
  EXPECT_EQ(text_at(host, "organisationName"), "Testirannan kierrätys ry");
  EXPECT_EQ(int_at(host, "clientAgreementId"), id);
  EXPECT_TRUE(missing_item(instructor, case_id, "client_acknowledgement_missing").is_null());

  ok(w.sign_in("supervisor").post(path, json::object{{"party", "host"}}), 201);
  auto later = missing_item(instructor, case_id, "start_date_not_reached");
  ASSERT_TRUE(later.is_object());
  EXPECT_EQ(text_at(later, "date"), add_days(today_helsinki(), 3));
  EXPECT_TRUE(missing_item(instructor, case_id, "host_acknowledgement_missing").is_null());
  auto c = json_ok(instructor.get(case_path(case_id)));
  auto refused = expect_problem(instructor.post(case_path(case_id, "/transitions"),
                                                json::object{{"to", "implementation"}, {"version", c.at("version")}}),
                                422);
  EXPECT_TRUE(has_field_error(refused, "stage", "start_date_not_reached")) << json::serialize(refused);
}

TEST_P(TasksApi, SignedOutGetsNoList) {
  TestServer server(GetParam());
  HttpClient anonymous(server.port());
  expect_problem(anonymous.get("/api/v1/tasks"), 401);
}

POLKU_API_TEST_BACKENDS(TasksApi);

}  // namespace
}  // namespace polku::api_test
