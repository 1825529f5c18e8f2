// Every route that changes a client's data leaves an entry of that very request in
// the access log, and every write route is known to be client data or not: a new
// write route fails here until it is classified, and, when it writes client data,
// exercised below and audited.
#include <set>

#include "api/forms_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/row.hpp"

namespace polku::api_test {
namespace {

class ClientDataWritesApi : public BackendTest {};

const std::set<std::string> kClientDataWrites = {
    "POST /api/v1/clients",
    "PUT /api/v1/clients/{id}",
    "PUT /api/v1/clients/{id}/own-worker",
    "POST /api/v1/cases",
    "PUT /api/v1/cases/{id}/referral",
    "PUT /api/v1/cases/{id}/assessment",
    "PUT /api/v1/cases/{id}/plan",
    "PUT /api/v1/cases/{id}/end",
    "PUT /api/v1/cases/{id}/follow-up",
    "POST /api/v1/cases/{id}/transitions",
    "POST /api/v1/cases/{id}/interrupt",
    "POST /api/v1/cases/{id}/resume",
    "POST /api/v1/cases/{id}/decisions",
    "PUT /api/v1/decisions/{id}",
    "POST /api/v1/decisions/{id}/sign",
    "POST /api/v1/cases/{id}/notices",
    "POST /api/v1/bookings",
    "PUT /api/v1/bookings/{id}/end",
    "POST /api/v1/introductory-visits",
    "PUT /api/v1/introductory-visits/{id}/outcome",
    "POST /api/v1/client-agreements",
    "POST /api/v1/client-agreements/{id}/acknowledgements",
    "POST /api/v1/client-agreements/{id}/continuations",
    "POST /api/v1/service-orders",
    "PUT /api/v1/service-orders/{id}/response",
    "POST /api/v1/cases/{id}/periods",
    "POST /api/v1/periods/{id}/steps",
    "POST /api/v1/periods/{id}/day-moves",
    "POST /api/v1/periods/{id}/breaks",
    "POST /api/v1/periods/{id}/breaks/{breakId}/end",
    "PUT /api/v1/periods/{id}/attendance/{day}",
    "POST /api/v1/absence-alerts/{id}/handled",
    "POST /api/v1/periods/{id}/observations",
    "POST /api/v1/periods/{id}/guidance",
    "POST /api/v1/periods/{id}/certificates",
    "POST /api/v1/cases/{id}/forms",
    "PUT /api/v1/form-entries/{id}",
    "POST /api/v1/form-entries/{id}/completion",
    "POST /api/v1/form-entries/{id}/corrections",
    "POST /api/v1/form-entries/{id}/acknowledgement",
    "POST /api/v1/cases/{id}/goals",
    "POST /api/v1/goals/{id}/revisions",
    "PUT /api/v1/goals/{id}/ratings/{entryId}",
    "PUT /api/v1/periods/{id}/orientation",
    "POST /api/v1/groups/{id}/members",
    "POST /api/v1/periods/{id}/calendar-feed",
    "DELETE /api/v1/periods/{id}/calendar-feed",
    "DELETE /api/v1/groups/{id}/members/{periodId}",
    "POST /api/v1/clients/{id}/benefits",
    "POST /api/v1/clients/{id}/benefits/{benefitId}/end",
    "POST /api/v1/clients/{id}/travel-fares",
    "POST /api/v1/clients/{id}/travel-claims",
    "POST /api/v1/clients/{id}/compensation-adjustments",
    "POST /api/v1/organisations/{id}/compensation/batches/{month}/approval",
    "POST /api/v1/periods/{id}/absence-notices/{windowFrom}/sending",
    "POST /api/v1/cases/{id}/meetings",
    "PUT /api/v1/meetings/{id}",
    "POST /api/v1/meetings/{id}/cancellation",
    "PUT /api/v1/meetings/{id}/record",
};

// Writes of organisations, users, the registry, agreements between organisations,
// sessions and a user's notifications read; a place search sends its criteria in a body but changes nothing.
const std::set<std::string> kOtherWrites = {
    "POST /api/v1/auth/login",
    "POST /api/v1/auth/logout",
    "POST /api/v1/auth/sessions/end-all",
    "POST /api/v1/auth/password",
    "POST /api/v1/organisations",
    "PUT /api/v1/organisations/{id}",
    "PUT /api/v1/organisations/{id}/logo",  // an organisation's logo, not a client's data
    "DELETE /api/v1/organisations/{id}/logo",
    "PUT /api/v1/hosts/{id}",
    "POST /api/v1/users",
    "PUT /api/v1/users/{id}",
    "PUT /api/v1/regions/{id}/process-model",
    "POST /api/v1/places",
    "PUT /api/v1/places/{id}",
    "POST /api/v1/places/match",
    "POST /api/v1/cases/{id}/periods/preview",
    "POST /api/v1/calendar-feed",
    "PUT /api/v1/places/{id}/closed-days",
    "POST /api/v1/places/{id}/groups",
    "DELETE /api/v1/calendar-feed",
    "POST /api/v1/service-products",
    "PUT /api/v1/service-products/{id}",
    "POST /api/v1/agreements",
    "PUT /api/v1/agreements/{id}",
    "POST /api/v1/agreements/{id}/documents",
    "POST /api/v1/notifications/{id}/read",  // the user's own notification, not the client's record
    "POST /api/v1/notifications/read-all",
    "POST /api/v1/compensation/rates",  // the rates are law and a purchaser's prices, not a client's data
    "POST /api/v1/organisations/{id}/compensation/rates",
    "POST /api/v1/organisations/{id}/forms",  // a form's definition, not a filled form
};

std::string listed(const std::set<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += "\n  " + k;
  return out;
}

json::value made(const HttpResponse& res, int status = 200) {
  EXPECT_EQ(res.status, status) << res.body;
  return res.status == status ? res.json() : json::value();
}

std::string id_path(const char* prefix, long long id, const char* tail = "") {
  return std::string(prefix) + std::to_string(id) + tail;
}

TEST_P(ClientDataWritesApi, EveryWriteRouteIsEitherClientDataOrNamedAsSomethingElse) {
  TestServer server(GetParam());
  std::set<std::string> unclassified, both;
  for (const auto& r : server.router().routes()) {
    if (r.method == "GET") continue;
    const auto key = r.method + " " + r.pattern;
    const bool client_data = kClientDataWrites.count(key) > 0, other = kOtherWrites.count(key) > 0;
    if (!client_data && !other) unclassified.insert(key);
    if (client_data && other) both.insert(key);
  }
  EXPECT_TRUE(unclassified.empty()) << "classify these write routes in this test:" << listed(unclassified);
  EXPECT_TRUE(both.empty()) << "classified twice:" << listed(both);
}

TEST_P(ClientDataWritesApi, EveryWriteOfClientDataLeavesAnEntryOfItsOwnRequest) {
  TestServer server(GetParam());
  testing::RequestJournal journal;
  auto w = World::build(server);
  const auto reg = w.registry();
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  const std::string today = today_helsinki();

  // A case walked to its end: the client, the case's records and transitions, a signed
  // decision, the start notices, a client agreement and its acknowledgements, the follow-up path.
  World::CaseSpec at_the_yard;
  at_the_yard.place_id = reg.yard;
  auto ended = w.case_at(w.client("Päättynyt", "Asiakas"), "end", at_the_yard);
  made(instructor.put(id_path("/api/v1/cases/", int_at(ended, "id"), "/follow-up"),
                      json::object{{"category", "education"}, {"version", int_at(ended, "version")}}));

  // The client's own data changed.
  const long long client = w.client("Kirjattu", "Asiakas");
  auto person = made(instructor.get(id_path("/api/v1/clients/", client)));
  person.as_object()["phone"] = "040 123 4567";
  person = made(instructor.put(id_path("/api/v1/clients/", client), person));
  // The manager names the client's own worker.
  made(w.sign_in("manager").put(
      id_path("/api/v1/clients/", client, "/own-worker"),
      json::object{{"ownWorkerId", w.user_id("worker")}, {"version", int_at(person, "version")}}));

  // A draft decision edited, the case interrupted and resumed.
  auto c = w.case_at(client, "start");
  const long long case_id = int_at(c, "id");
  auto draft = made(worker.post(id_path("/api/v1/cases/", case_id, "/decisions"),
                                json::object{{"startDate", today},
                                             {"endDate", add_days(add_months(today, 6), -1)},
                                             {"daysPerWeekMax", 3},
                                             {"hoursPerDayMax", 4},
                                             {"decisionDate", today}}),
                    201);
  auto edit = draft.as_object();
  edit["hoursPerDayMax"] = 5;
  made(worker.put(id_path("/api/v1/decisions/", int_at(draft, "id")), edit));
  c = made(instructor.get(id_path("/api/v1/cases/", case_id)));  // the decisions moved its version on
  c = made(instructor.post(id_path("/api/v1/cases/", case_id, "/interrupt"),
                           json::object{{"reason", "Sairaalahoidossa"}, {"version", int_at(c, "version")}}));
  made(instructor.post(id_path("/api/v1/cases/", case_id, "/resume"), json::object{{"version", int_at(c, "version")}}));

  // A visit and its outcome, a booking and its end, a continued client agreement.
  auto visit = made(instructor.post("/api/v1/introductory-visits", json::object{{"placeId", reg.yard},
                                                                                {"clientId", client},
                                                                                {"visitDate", add_days(today, 2)},
                                                                                {"visitTime", "10:30"},
                                                                                {"accompaniedBy", "Ohjaaja"}}),
                    201);
  json::object outcome{{"outcome", "suitable"}, {"outcomeNotes", "Sopii"}};
  if (visit.as_object().contains("version")) outcome["version"] = visit.at("version");
  made(instructor.put(id_path("/api/v1/introductory-visits/", int_at(visit, "id"), "/outcome"), outcome));
  auto booking = made(instructor.post("/api/v1/bookings",
                                      json::object{{"placeId", reg.yard}, {"clientId", client}, {"startDate", today}}),
                      201);
  json::object end{{"endDate", add_days(today, 30)}};
  if (booking.as_object().contains("version")) end["version"] = booking.at("version");
  made(instructor.put(id_path("/api/v1/bookings/", int_at(booking, "id"), "/end"), end));
  const long long agreement = w.acknowledged_client_agreement(client, reg.yard);
  made(instructor.post(id_path("/api/v1/client-agreements/", agreement, "/continuations"),
                       json::object{{"endDate", add_months(today, 12)}}),
       201);

  // A service order, answered by the provider naming the coach.
  auto order = made(instructor.post("/api/v1/service-orders", json::object{{"clientId", client},
                                                                           {"caseId", case_id},
                                                                           {"productId", reg.products.at(1)},
                                                                           {"placeId", reg.yard},
                                                                           {"startDate", add_days(today, 14)},
                                                                           {"periodMonths", 6},
                                                                           {"daysPerWeek", 3},
                                                                           {"hoursPerDay", 4}}),
                    201);
  made(w.sign_in("provider_manager")
           .put(id_path("/api/v1/service-orders/", int_at(order, "id"), "/response"),
                json::object{{"status", "accepted"}, {"coachUserId", w.user_id("coach")}}));

  // A period at the sorting place from the Monday on or before the first of last month: its schedule changed from
  // next Monday, a day of next week moved, a day marked absent without notice and its alert handled by the own
  // worker.
  const std::string last_month_first = add_months(today.substr(0, 8) + "01", -1);
  const std::string monday = add_days(last_month_first, 1 - iso_weekday(last_month_first)),
                    next_monday = add_days(today, 8 - iso_weekday(today));
  const long long runner = w.client("Jaksolla", "Asiakas");
  auto running = w.case_at(runner, "implementation", {.place_id = reg.sorting, .start = monday, .book_place = true});
  auto runner_bookings = items_of(made(instructor.get(id_path("/api/v1/bookings?clientId=", runner))));
  ASSERT_EQ(runner_bookings.size(), 1U);
  const auto schedule = [](const std::string& from, std::initializer_list<int> weekdays) {
    json::array days;
    for (int d : weekdays) days.push_back({{"weekday", d}, {"hours", 4}});
    return json::object{{"from", from}, {"days", std::move(days)}};
  };
  auto period = made(instructor.post(id_path("/api/v1/cases/", int_at(running, "id"), "/periods"),
                                     json::object{{"bookingId", int_at(runner_bookings[0], "id")},
                                                  {"startDate", monday},
                                                  {"endDate", add_days(add_months(monday, 3), -1)},
                                                  {"steps", json::array{schedule(monday, {1, 2, 3})}}}),
                     201);
  const std::string period_path = id_path("/api/v1/periods/", int_at(period, "id"));
  auto step = schedule(next_monday, {1, 2, 4});
  step["version"] = int_at(period, "version");
  period = made(instructor.post(period_path + "/steps", step));
  period = made(instructor.post(period_path + "/day-moves", json::object{{"fromDay", add_days(next_monday, 1)},
                                                                         {"toDay", add_days(next_monday, 2)},
                                                                         {"reason", "Lääkäriaika"},
                                                                         {"version", int_at(period, "version")}}));
  period = made(instructor.post(period_path + "/breaks", json::object{{"from", add_days(next_monday, 14)},
                                                                      {"to", add_days(next_monday, 25)},
                                                                      {"reason", "Kuntoutusjakso"},
                                                                      {"version", int_at(period, "version")}}),
                201);
  made(instructor.post(period_path + "/breaks/" +
                           std::to_string(int_at(period.as_object().at("breaks").as_array().at(0), "id")) + "/end",
                       json::object{{"lastDay", add_days(next_monday, 20)}, {"version", int_at(period, "version")}}));
  auto days = made(w.sign_in("supervisor").get("/api/v1/attendance?from=" + monday + "&to=" + add_days(monday, 6)));
  ASSERT_FALSE(items_of(days).empty());
  made(w.sign_in("supervisor")
           .put(period_path + "/attendance/" + text_at(items_of(days)[0], "date"),
                json::object{{"status", "absent_without_notice"}}));
  made(w.sign_in("supervisor")
           .post(period_path + "/observations",
                 json::object{{"note", "Lajittelee huolellisesti"}, {"feedback", "Kehuin tarkkuutta"}}),
       201);
  made(instructor.post(period_path + "/guidance",
                       json::object{{"day", monday}, {"minutes", 60}, {"kind", "individual"}, {"note", "Tavoitteet"}}),
       201);
  made(instructor.post(period_path + "/certificates", json::object{{"language", "fi"}, {"learned", "Lajittelua"}}),
       201);
  // The client's feedback on the county's form: begun, saved, completed and corrected.
  made(w.sign_in("manager").post(forms_path(w.county), feedback("Asiakaspalaute")), 201);
  auto entry = made(instructor.post(id_path("/api/v1/cases/", int_at(running, "id"), "/forms"),
                                    json::object{{"kind", "client_feedback"}}),
                    201);
  const std::string entry_path = id_path("/api/v1/form-entries/", int_at(entry, "id"));
  entry = made(instructor.put(entry_path, json::object{{"answers", json::object{{"satisfaction", "3"}}},
                                                       {"version", int_at(entry, "version")}}));
  made(instructor.post(entry_path + "/completion", json::object{{"version", int_at(entry, "version")}}));
  made(instructor.post(entry_path + "/corrections", json::object{{"reason", "Tarkennus"}}), 201);
  // The implementation plan completed and acknowledged by the client's own worker.
  made(w.sign_in("manager").post(forms_path(w.county), plain_form("implementation_plan", "Toteutussuunnitelma")), 201);
  auto runner_person = made(w.sign_in("manager").get(id_path("/api/v1/clients/", runner)));
  made(w.sign_in("manager").put(
      id_path("/api/v1/clients/", runner, "/own-worker"),
      json::object{{"ownWorkerId", w.user_id("worker")}, {"version", int_at(runner_person, "version")}}));
  auto plan = made(instructor.post(id_path("/api/v1/cases/", int_at(running, "id"), "/forms"),
                                   json::object{{"kind", "implementation_plan"}}),
                   201);
  const std::string plan_path = id_path("/api/v1/form-entries/", int_at(plan, "id"));
  plan = made(instructor.post(plan_path + "/completion", json::object{{"version", int_at(plan, "version")}}));
  made(worker.post(plan_path + "/acknowledgement", json::object{{"version", int_at(plan, "version")}}));
  // A goal, revised, and rated in an intermediate evaluation.
  made(w.sign_in("manager").post(forms_path(w.county), plain_form("intermediate_evaluation", "Väliarvio")), 201);
  const std::string case_path = id_path("/api/v1/cases/", int_at(running, "id"));
  auto goal =
      made(instructor.post(case_path + "/goals", json::object{{"goal", "Päivärytmi"}, {"measure", "Ajoissa"}}), 201);
  const std::string goal_path = id_path("/api/v1/goals/", int_at(goal, "id"));
  made(instructor.post(goal_path + "/revisions", json::object{{"goal", "Päivärytmi"},
                                                              {"measure", "Ajoissa joka päivä"},
                                                              {"reason", "Kasvaa"},
                                                              {"version", int_at(goal, "version")}}),
       201);
  auto evaluation = made(instructor.post(case_path + "/forms", json::object{{"kind", "intermediate_evaluation"}}), 201);
  made(instructor.put(goal_path + "/ratings/" + std::to_string(int_at(evaluation, "id")), json::object{{"rating", 3}}));
  made(w.sign_in("supervisor")
           .put(period_path + "/orientation", json::object{{"item", "Työturvallisuus"}, {"doneOn", monday}}));
  auto group = made(
      w.sign_in("supervisor")
          .post(id_path("/api/v1/places/", reg.sorting, "/groups"),
                json::object{
                    {"name", "Ryhmä"},
                    {"sessions", json::array{json::object{{"weekday", 1}, {"startTime", "09:00"}, {"hours", 4}}}}}),
      201);
  const std::string group_path = id_path("/api/v1/groups/", int_at(group, "id"));
  made(w.sign_in("supervisor").post(group_path + "/members", json::object{{"periodId", int_at(period, "id")}}));
  made(w.sign_in("supervisor").request("DELETE", group_path + "/members/" + std::to_string(int_at(period, "id")), ""));
  made(instructor.post(period_path + "/calendar-feed", json::object{}), 201);
  EXPECT_EQ(instructor.request("DELETE", period_path + "/calendar-feed", "").status, 204);
  // A meeting held last week and recorded; one to come, changed and cancelled.
  const auto meeting = [&](int in_days) {
    return json::object{{"startsAt", add_days(today, in_days) + "T13:00"},
                        {"minutes", 60},
                        {"location", "Toimisto"},
                        {"participants", json::array{json::object{{"role", "client"}}}}};
  };
  auto held = made(instructor.post(case_path + "/meetings", meeting(-7)), 201);
  made(instructor.put(id_path("/api/v1/meetings/", int_at(held, "id"), "/record"),
                      json::object{{"notes", "Sujuu"}, {"version", int_at(held, "version")}}));
  auto coming = made(instructor.post(case_path + "/meetings", meeting(7)), 201);
  auto changed = meeting(8);
  changed["version"] = int_at(coming, "version");
  coming = made(instructor.put(id_path("/api/v1/meetings/", int_at(coming, "id")), changed));
  made(instructor.post(id_path("/api/v1/meetings/", int_at(coming, "id"), "/cancellation"),
                       json::object{{"reason", "Sairastui"}, {"version", int_at(coming, "version")}}));
  auto alerts = items_of(made(instructor.get("/api/v1/absence-alerts")));
  ASSERT_EQ(alerts.size(), 1U);
  made(instructor.post(id_path("/api/v1/absence-alerts/", int_at(alerts[0], "id"), "/handled"),
                       json::object{{"note", "Soitettu"}, {"version", int_at(alerts[0], "version")}}));

  // Compensation: the benefit payer and its end, a fare, a claim, last month approved and a day of it corrected.
  auto benefit = made(instructor.post(id_path("/api/v1/clients/", runner, "/benefits"),
                                      json::object{{"payer", "kela"}, {"validFrom", monday}}),
                      201);
  made(instructor.post(
           id_path("/api/v1/clients/", runner, "/benefits/") + std::to_string(int_at(benefit, "id")) + "/end",
           json::object{{"validTo", add_months(today, 6)}}),
       201);
  made(instructor.post(id_path("/api/v1/periods/", int_at(period, "id"), "/absence-notices/") + monday + "/sending",
                       json::object{}),
       201);
  made(instructor.post(id_path("/api/v1/clients/", runner, "/travel-fares"),
                       json::object{{"centsPerDay", 460}, {"means", "Bussi"}, {"validFrom", monday}}),
       201);
  made(instructor.post(id_path("/api/v1/clients/", runner, "/travel-claims"),
                       json::object{{"day", monday}, {"cents", 1250}, {"description", "Taksi"}}),
       201);
  made(w.sign_in("manager").post(id_path("/api/v1/organisations/", w.county, "/compensation/batches/") +
                                     last_month_first.substr(0, 7) + "/approval",
                                 json::object{}),
       201);
  made(instructor.post(id_path("/api/v1/clients/", runner, "/compensation-adjustments"),
                       json::object{{"day", last_month_first}, {"attended", true}, {"reason", "Kirjattiin väärin"}}),
       201);

  // Each successful client data write, by the route it took.
  struct Write {
    std::string route, request_id;
  };
  std::vector<Write> writes;
  std::set<std::string> exercised;
  for (const auto& e : journal.exchanges()) {
    if (e.method == "GET" || e.status < 200 || e.status >= 300) continue;
    const auto match = server.router().match(e.method, e.target.substr(0, e.target.find('?')));
    ASSERT_NE(match.route, nullptr) << e.method << " " << e.target;
    const auto key = e.method + " " + match.route->pattern;
    if (kClientDataWrites.count(key) == 0) continue;
    ASSERT_FALSE(e.request_id.empty()) << key;
    exercised.insert(key);
    writes.push_back({key, e.request_id});
  }
  std::set<std::string> missing;
  for (const auto& k : kClientDataWrites)
    if (exercised.count(k) == 0) missing.insert(k);
  EXPECT_TRUE(missing.empty()) << "exercise these client data writes in this test:" << listed(missing);

  // The access log straight from the database: an entry of each write's own request.
  server.database().reopen(1);
  server.database().db().read([&](soci::session& sql) {
    for (const auto& write : writes) {
      int entries = 0;
      sql << "SELECT COUNT(*) FROM audit_log WHERE request_id = :r AND client_id > 0 AND action NOT IN ('read', "
             "'list', 'refused')",
          soci::use(write.request_id), soci::into(entries);
      EXPECT_GE(entries, 1) << write.route << " (request " << write.request_id << ") left no access log entry";
    }
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientDataWritesApi, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku::api_test
