#include "api/every_record.hpp"

#include "api/forms_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {

long long accepted_order(World& w, const World::Registry& reg, long long client_id, long long case_id,
                         long long place_id, const std::string& start, int months) {
  auto order = json_ok(w.sign_in("instructor")
                           .post("/api/v1/service-orders", json::object{{"clientId", client_id},
                                                                        {"caseId", case_id},
                                                                        {"productId", reg.products.at(1)},
                                                                        {"placeId", place_id},
                                                                        {"startDate", start},
                                                                        {"periodMonths", months},
                                                                        {"daysPerWeek", 3},
                                                                        {"hoursPerDay", 4}}),
                       201);
  json_ok(w.sign_in("provider_manager")
              .put(id_path("/api/v1/service-orders/", int_at(order, "id"), "/response"),
                   json::object{{"status", "accepted"}, {"coachUserId", w.user_id("coach")}}));
  return int_at(order, "id");
}

EveryRecord every_record(World& w, const World::Registry& reg) {
  EveryRecord r;
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  const std::string today = today_helsinki();

  // A case walked to its end: the client, the case's records and transitions, a signed
  // decision, the start notices, a client agreement and its acknowledgements, the follow-up path.
  World::CaseSpec at_the_yard;
  at_the_yard.place_id = reg.yard;
  auto ended = w.case_at(w.client("Päättynyt", "Asiakas"), "end", at_the_yard);
  json_ok(instructor.put(id_path("/api/v1/cases/", int_at(ended, "id"), "/follow-up"),
                         json::object{{"category", "education"}, {"version", int_at(ended, "version")}}));

  // The client's own data changed.
  const long long client = w.client("Kirjattu", "Asiakas");
  auto person = json_ok(instructor.get(id_path("/api/v1/clients/", client)));
  person.as_object()["phone"] = "040 123 4567";
  person = json_ok(instructor.put(id_path("/api/v1/clients/", client), person));
  // The manager names the client's own worker.
  json_ok(w.sign_in("manager").put(
      id_path("/api/v1/clients/", client, "/own-worker"),
      json::object{{"ownWorkerId", w.user_id("worker")}, {"version", int_at(person, "version")}}));

  // A draft decision edited, the case interrupted and resumed.
  auto c = w.case_at(client, "start");
  const long long case_id = int_at(c, "id");
  auto draft = json_ok(worker.post(id_path("/api/v1/cases/", case_id, "/decisions"),
                                   json::object{{"startDate", today},
                                                {"endDate", add_days(add_months(today, 6), -1)},
                                                {"daysPerWeekMax", 3},
                                                {"hoursPerDayMax", 4},
                                                {"decisionDate", today}}),
                       201);
  auto edit = draft.as_object();
  edit["hoursPerDayMax"] = 5;
  json_ok(worker.put(id_path("/api/v1/decisions/", int_at(draft, "id")), edit));
  c = json_ok(instructor.get(id_path("/api/v1/cases/", case_id)));  // the decisions moved its version on
  c = json_ok(instructor.post(id_path("/api/v1/cases/", case_id, "/interrupt"),
                              json::object{{"reason", "Sairaalahoidossa"}, {"version", int_at(c, "version")}}));
  json_ok(
      instructor.post(id_path("/api/v1/cases/", case_id, "/resume"), json::object{{"version", int_at(c, "version")}}));

  // A visit and its outcome, a booking and its end, a continued client agreement.
  auto visit = json_ok(instructor.post("/api/v1/introductory-visits", json::object{{"placeId", reg.yard},
                                                                                   {"clientId", client},
                                                                                   {"visitDate", add_days(today, 2)},
                                                                                   {"visitTime", "10:30"},
                                                                                   {"accompaniedBy", "Ohjaaja"}}),
                       201);
  json::object outcome{{"outcome", "suitable"}, {"outcomeNotes", "Sopii"}};
  if (visit.as_object().contains("version")) outcome["version"] = visit.at("version");
  json_ok(instructor.put(id_path("/api/v1/introductory-visits/", int_at(visit, "id"), "/outcome"), outcome));
  auto booking =
      json_ok(instructor.post("/api/v1/bookings",
                              json::object{{"placeId", reg.yard}, {"clientId", client}, {"startDate", today}}),
              201);
  json::object end{{"endDate", add_days(today, 30)}};
  if (booking.as_object().contains("version")) end["version"] = booking.at("version");
  json_ok(instructor.put(id_path("/api/v1/bookings/", int_at(booking, "id"), "/end"), end));
  const long long agreement = w.acknowledged_client_agreement(client, reg.yard);
  json_ok(instructor.post(id_path("/api/v1/client-agreements/", agreement, "/continuations"),
                          json::object{{"endDate", add_months(today, 12)}}),
          201);

  // A service order, answered by the provider naming the coach.
  const long long order = accepted_order(w, reg, client, case_id, reg.yard, add_days(today, 14), 6);

  // A period at the sorting place from the Monday on or before the first of last month: its schedule changed from
  // next Monday, a day of next week moved, a day marked absent without notice and its alert handled by the own
  // worker.
  const std::string last_month_first = add_months(today.substr(0, 8) + "01", -1);
  const std::string monday = add_days(last_month_first, 1 - iso_weekday(last_month_first)),
                    next_monday = add_days(today, 8 - iso_weekday(today));
  const long long runner = w.client("Jaksolla", "Asiakas");
  auto running = w.case_at(runner, "implementation", {.place_id = reg.sorting, .start = monday, .book_place = true});
  auto runner_bookings = items_of(json_ok(instructor.get(id_path("/api/v1/bookings?clientId=", runner))));
  if (runner_bookings.size() != 1U) {
    ADD_FAILURE() << "the running case's booking";
    return r;
  }
  const auto schedule = [](const std::string& from, std::initializer_list<int> weekdays) {
    json::array days;
    for (int d : weekdays) days.push_back({{"weekday", d}, {"hours", 4}});
    return json::object{{"from", from}, {"days", std::move(days)}};
  };
  auto period = json_ok(instructor.post(id_path("/api/v1/cases/", int_at(running, "id"), "/periods"),
                                        json::object{{"bookingId", int_at(runner_bookings[0], "id")},
                                                     {"startDate", monday},
                                                     {"endDate", add_days(add_months(monday, 3), -1)},
                                                     {"steps", json::array{schedule(monday, {1, 2, 3})}}}),
                        201);
  const std::string period_path = id_path("/api/v1/periods/", int_at(period, "id"));
  auto step = schedule(next_monday, {1, 2, 4});
  step["version"] = int_at(period, "version");
  period = json_ok(instructor.post(period_path + "/steps", step));
  period = json_ok(instructor.post(period_path + "/day-moves", json::object{{"fromDay", add_days(next_monday, 1)},
                                                                            {"toDay", add_days(next_monday, 2)},
                                                                            {"reason", "Lääkäriaika"},
                                                                            {"version", int_at(period, "version")}}));
  period = json_ok(instructor.post(period_path + "/breaks", json::object{{"from", add_days(next_monday, 14)},
                                                                         {"to", add_days(next_monday, 25)},
                                                                         {"reason", "Kuntoutusjakso"},
                                                                         {"version", int_at(period, "version")}}),
                   201);
  json_ok(
      instructor.post(period_path + "/breaks/" +
                          std::to_string(int_at(period.as_object().at("breaks").as_array().at(0), "id")) + "/end",
                      json::object{{"lastDay", add_days(next_monday, 20)}, {"version", int_at(period, "version")}}));
  auto days = json_ok(w.sign_in("supervisor").get("/api/v1/attendance?from=" + monday + "&to=" + add_days(monday, 6)));
  if (items_of(days).empty()) {
    ADD_FAILURE() << "no day to mark";
    return r;
  }
  json_ok(w.sign_in("supervisor")
              .put(period_path + "/attendance/" + text_at(items_of(days)[0], "date"),
                   json::object{{"status", "absent_without_notice"}}));
  json_ok(w.sign_in("supervisor")
              .post(period_path + "/observations",
                    json::object{{"note", "Lajittelee huolellisesti"}, {"feedback", "Kehuin tarkkuutta"}}),
          201);
  json_ok(
      instructor.post(period_path + "/guidance",
                      json::object{{"day", monday}, {"minutes", 60}, {"kind", "individual"}, {"note", "Tavoitteet"}}),
      201);
  json_ok(instructor.post(period_path + "/certificates", json::object{{"language", "fi"}, {"learned", "Lajittelua"}}),
          201);
  // The client's feedback on the county's form: begun, saved, completed and corrected.
  json_ok(w.sign_in("manager").post(forms_path(w.county), feedback("Asiakaspalaute")), 201);
  auto entry = json_ok(instructor.post(id_path("/api/v1/cases/", int_at(running, "id"), "/forms"),
                                       json::object{{"kind", "client_feedback"}}),
                       201);
  const std::string entry_path = id_path("/api/v1/form-entries/", int_at(entry, "id"));
  entry = json_ok(instructor.put(entry_path, json::object{{"answers", json::object{{"satisfaction", "3"}}},
                                                          {"version", int_at(entry, "version")}}));
  json_ok(instructor.post(entry_path + "/completion", json::object{{"version", int_at(entry, "version")}}));
  json_ok(instructor.post(entry_path + "/corrections", json::object{{"reason", "Tarkennus"}}), 201);
  // The implementation plan completed and acknowledged by the client's own worker.
  json_ok(w.sign_in("manager").post(forms_path(w.county), plain_form("implementation_plan", "Toteutussuunnitelma")),
          201);
  auto runner_person = json_ok(w.sign_in("manager").get(id_path("/api/v1/clients/", runner)));
  json_ok(w.sign_in("manager").put(
      id_path("/api/v1/clients/", runner, "/own-worker"),
      json::object{{"ownWorkerId", w.user_id("worker")}, {"version", int_at(runner_person, "version")}}));
  auto plan = json_ok(instructor.post(id_path("/api/v1/cases/", int_at(running, "id"), "/forms"),
                                      json::object{{"kind", "implementation_plan"}}),
                      201);
  const std::string plan_path = id_path("/api/v1/form-entries/", int_at(plan, "id"));
  plan = json_ok(instructor.post(plan_path + "/completion", json::object{{"version", int_at(plan, "version")}}));
  json_ok(worker.post(plan_path + "/acknowledgement", json::object{{"version", int_at(plan, "version")}}));
  // A goal, revised, and rated in an intermediate evaluation.
  json_ok(w.sign_in("manager").post(forms_path(w.county), plain_form("intermediate_evaluation", "Väliarvio")), 201);
  const std::string case_path = id_path("/api/v1/cases/", int_at(running, "id"));
  auto goal =
      json_ok(instructor.post(case_path + "/goals", json::object{{"goal", "Päivärytmi"}, {"measure", "Ajoissa"}}), 201);
  const std::string goal_path = id_path("/api/v1/goals/", int_at(goal, "id"));
  json_ok(instructor.post(goal_path + "/revisions", json::object{{"goal", "Päivärytmi"},
                                                                 {"measure", "Ajoissa joka päivä"},
                                                                 {"reason", "Kasvaa"},
                                                                 {"version", int_at(goal, "version")}}),
          201);
  auto evaluation =
      json_ok(instructor.post(case_path + "/forms", json::object{{"kind", "intermediate_evaluation"}}), 201);
  json_ok(
      instructor.put(goal_path + "/ratings/" + std::to_string(int_at(evaluation, "id")), json::object{{"rating", 3}}));
  json_ok(w.sign_in("supervisor")
              .put(period_path + "/orientation", json::object{{"item", "Työturvallisuus"}, {"doneOn", monday}}));
  auto group = json_ok(
      w.sign_in("supervisor")
          .post(id_path("/api/v1/places/", reg.sorting, "/groups"),
                json::object{
                    {"name", "Ryhmä"},
                    {"sessions", json::array{json::object{{"weekday", 1}, {"startTime", "09:00"}, {"hours", 4}}}}}),
      201);
  const std::string group_path = id_path("/api/v1/groups/", int_at(group, "id"));
  json_ok(w.sign_in("supervisor").post(group_path + "/members", json::object{{"periodId", int_at(period, "id")}}));
  json_ok(
      w.sign_in("supervisor").request("DELETE", group_path + "/members/" + std::to_string(int_at(period, "id")), ""));
  json_ok(instructor.post(period_path + "/calendar-feed", json::object{}), 201);
  EXPECT_EQ(instructor.request("DELETE", period_path + "/calendar-feed", "").status, 204);
  // A meeting held last week and recorded; one to come, changed and cancelled.
  const auto meeting = [&](int in_days) {
    return json::object{{"startsAt", add_days(today, in_days) + "T13:00"},
                        {"minutes", 60},
                        {"location", "Toimisto"},
                        {"participants", json::array{json::object{{"role", "client"}}}}};
  };
  auto held = json_ok(instructor.post(case_path + "/meetings", meeting(-7)), 201);
  json_ok(instructor.put(id_path("/api/v1/meetings/", int_at(held, "id"), "/record"),
                         json::object{{"notes", "Sujuu"}, {"version", int_at(held, "version")}}));
  auto coming = json_ok(instructor.post(case_path + "/meetings", meeting(7)), 201);
  auto changed = meeting(8);
  changed["version"] = int_at(coming, "version");
  coming = json_ok(instructor.put(id_path("/api/v1/meetings/", int_at(coming, "id")), changed));
  json_ok(instructor.post(id_path("/api/v1/meetings/", int_at(coming, "id"), "/cancellation"),
                          json::object{{"reason", "Sairastui"}, {"version", int_at(coming, "version")}}));
  auto alerts = items_of(json_ok(instructor.get("/api/v1/absence-alerts")));
  if (alerts.size() != 1U) {
    ADD_FAILURE() << alerts.size() << " absence alerts";
    return r;
  }
  json_ok(instructor.post(id_path("/api/v1/absence-alerts/", int_at(alerts[0], "id"), "/handled"),
                          json::object{{"note", "Soitettu"}, {"version", int_at(alerts[0], "version")}}));

  // Compensation: the benefit payer and its end, a fare, a claim, last month approved and a day of it corrected.
  auto benefit = json_ok(instructor.post(id_path("/api/v1/clients/", runner, "/benefits"),
                                         json::object{{"payer", "kela"}, {"validFrom", monday}}),
                         201);
  json_ok(instructor.post(
              id_path("/api/v1/clients/", runner, "/benefits/") + std::to_string(int_at(benefit, "id")) + "/end",
              json::object{{"validTo", add_months(today, 6)}}),
          201);
  json_ok(instructor.post(id_path("/api/v1/periods/", int_at(period, "id"), "/absence-notices/") + monday + "/sending",
                          json::object{}),
          201);
  json_ok(instructor.post(id_path("/api/v1/clients/", runner, "/travel-fares"),
                          json::object{{"centsPerDay", 460}, {"means", "Bussi"}, {"validFrom", monday}}),
          201);
  json_ok(instructor.post(id_path("/api/v1/clients/", runner, "/travel-claims"),
                          json::object{{"day", monday}, {"cents", 1250}, {"description", "Taksi"}}),
          201);
  json_ok(w.sign_in("manager").post(id_path("/api/v1/organisations/", w.county, "/compensation/batches/") +
                                        last_month_first.substr(0, 7) + "/approval",
                                    json::object{}),
          201);
  json_ok(instructor.post(id_path("/api/v1/clients/", runner, "/compensation-adjustments"),
                          json::object{{"day", last_month_first}, {"attended", true}, {"reason", "Kirjattiin väärin"}}),
          201);

  r.ended_case_id = int_at(ended, "id");
  r.client_id = client;
  r.case_id = case_id;
  r.draft_decision_id = int_at(draft, "id");
  r.visit_id = int_at(visit, "id");
  r.ended_booking_id = int_at(booking, "id");
  r.client_agreement_id = agreement;
  r.service_order_id = order;
  r.runner_id = runner;
  r.running_case_id = int_at(running, "id");
  r.period_id = int_at(period, "id");
  r.break_id = int_at(period.as_object().at("breaks").as_array().at(0), "id");
  r.monday = monday;
  r.marked_day = text_at(items_of(days)[0], "date");
  r.last_month = last_month_first.substr(0, 7);
  r.feedback_entry_id = int_at(entry, "id");
  r.plan_entry_id = int_at(plan, "id");
  r.evaluation_entry_id = int_at(evaluation, "id");
  r.goal_id = int_at(goal, "id");
  r.group_id = int_at(group, "id");
  r.held_meeting_id = int_at(held, "id");
  r.cancelled_meeting_id = int_at(coming, "id");
  r.alert_id = int_at(alerts[0], "id");
  r.benefit_id = int_at(benefit, "id");
  return r;
}

}  // namespace polku::api_test
