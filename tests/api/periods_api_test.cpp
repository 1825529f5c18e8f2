// The periods module over real HTTP on both databases: the public holidays, a period planned within every
// limit, the day lists and marks of a place's staff, corrections with their history, absence alerts.
#include <algorithm>

#include "api/api_test_helpers.hpp"
#include "api/case_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class PeriodsApi : public BackendTest {};

TEST_P(PeriodsApi, AYearsPublicHolidaysForEverySignedInUser) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto supervisor = w.sign_in("supervisor");
  auto items = items_ok(supervisor.get("/api/v1/public-holidays?year=2026"));
  ASSERT_EQ(items.size(), 15U);
  EXPECT_EQ(text_at(items[0], "date"), "2026-01-01");
  bool easter_monday = false, midsummer_eve = false;
  for (const auto& h : items) {
    easter_monday |= text_at(h, "key") == "easter_monday" && text_at(h, "date") == "2026-04-06";
    midsummer_eve |= text_at(h, "key") == "midsummer_eve" && text_at(h, "date") == "2026-06-19";
  }
  EXPECT_TRUE(easter_monday);
  EXPECT_TRUE(midsummer_eve);

  for (const char* bad : {"", "?year=", "?year=abc", "?year=1850", "?year=-1"}) {
    auto refused = expect_problem(supervisor.get(std::string("/api/v1/public-holidays") + bad), 422);
    EXPECT_TRUE(has_field_error(refused, "year", std::string(bad).size() <= 6 ? "required" : "out_of_range"))
        << bad << ": " << json::serialize(refused);
  }
  expect_problem(HttpClient(server.port()).get("/api/v1/public-holidays?year=2026"), 401);
}

// A KTT case in implementation at the recycling host's sorting place (no named supervisor: the host's
// placement supervisors mark), its decision, agreement and booking from the Monday two weeks ago.
struct Setup {
  std::string monday = add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14);
  long long case_id = 0;
  long long booking_id = 0;
  long long client_id = 0;
  long long place_id = 0;  // the sorting place
};

Setup in_implementation(World& w) {
  Setup s;
  const auto reg = w.registry();
  s.client_id = w.client("Jaana", "Jaksolainen");
  s.place_id = reg.sorting;
  auto c = w.case_at(s.client_id, "implementation", {.place_id = reg.sorting, .start = s.monday, .book_place = true});
  s.case_id = int_at(c, "id");
  EXPECT_EQ(text_at(c, "stage"), "implementation") << json::serialize(c);
  auto instructor = w.sign_in("instructor");
  auto bookings = items_ok(instructor.get("/api/v1/bookings?clientId=" + std::to_string(s.client_id)));
  EXPECT_EQ(bookings.size(), 1U);
  if (!bookings.empty()) s.booking_id = int_at(bookings[0], "id");
  return s;
}

json::object days(std::initializer_list<std::pair<int, int>> weekday_hours) {
  json::array out;
  for (auto [d, h] : weekday_hours) out.push_back({{"weekday", d}, {"hours", h}});
  return {{"days", std::move(out)}};
}

json::object period_body(const Setup& s, const json::object& step_days) {
  json::object step = step_days;
  step["from"] = s.monday;
  return {{"bookingId", s.booking_id},
          {"startDate", s.monday},
          {"endDate", add_days(add_months(s.monday, 3), -1)},
          {"steps", json::array{step}}};
}

json::value make_period(World& w, const Setup& s) {
  auto instructor = w.sign_in("instructor");
  return json_ok(instructor.post(case_path(s.case_id, "/periods"), period_body(s, days({{1, 4}, {2, 4}, {3, 4}}))),
                 201);
}

TEST_P(PeriodsApi, APeriodIsPlannedWithinEveryLimitAndARefusalListsEach) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  auto instructor = w.sign_in("instructor");

  // Five days of nine hours: over KTT's four days and eight hours, and over the decision's three and four.
  auto too_much = period_body(s, days({{1, 9}, {2, 9}, {3, 9}, {4, 9}, {5, 9}}));
  auto preview = json_ok(instructor.post(case_path(s.case_id, "/periods/preview"), too_much));
  std::set<std::pair<std::string, std::string>> errors;
  for (const auto& e : preview.at("errors").as_array()) errors.emplace(text_at(e, "field"), text_at(e, "code"));
  for (const auto& expected :
       std::vector<std::pair<std::string, std::string>>{{"steps[0].days", "outside_service_type_limits"},
                                                        {"steps[0].days", "outside_decision_limits"},
                                                        {"steps[0].days[0].hours", "outside_service_type_limits"},
                                                        {"steps[0].days[0].hours", "outside_decision_limits"}}) {
    EXPECT_TRUE(errors.count(expected)) << expected.first << " " << expected.second << ": " << json::serialize(preview);
  }
  EXPECT_EQ(int_at(preview.at("limits").at("decision"), "daysPerWeekMax"), 3);
  auto refused = expect_problem(instructor.post(case_path(s.case_id, "/periods"), too_much), 422);
  EXPECT_TRUE(has_field_error(refused, "steps[0].days", "outside_decision_limits"));
  EXPECT_TRUE(items_ok(instructor.get(case_path(s.case_id, "/periods"))).empty());

  // A booking of another client is not this case's.
  auto other = period_body(s, days({{1, 4}}));
  other["bookingId"] = 999999;
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(case_path(s.case_id, "/periods"), other), 422),
                              "bookingId", "reference_missing"));

  // Within every limit: the preview shows the scheduled days, no errors; the period is made.
  auto fits = period_body(s, days({{1, 4}, {2, 4}, {3, 4}}));
  auto ok_preview = json_ok(instructor.post(case_path(s.case_id, "/periods/preview"), fits));
  EXPECT_TRUE(ok_preview.at("errors").as_array().empty()) << json::serialize(ok_preview);
  EXPECT_GT(ok_preview.at("scheduledDays").as_array().size(), 30U);
  auto period = json_ok(instructor.post(case_path(s.case_id, "/periods"), fits), 201);
  EXPECT_EQ(text_at(period, "startDate"), s.monday);
  EXPECT_GT(int_at(period, "clientAgreementId"), 0);
  EXPECT_EQ(items_ok(instructor.get(case_path(s.case_id, "/periods"))).size(), 1U);
  // The same days again overlap it.
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(case_path(s.case_id, "/periods"), fits), 422), "startDate",
                              "overlaps_period"));
  // The bookings a period may stand on: the instructor's list; a supervisor plans none.
  auto choices = items_ok(instructor.get(case_path(s.case_id, "/period-bookings")));
  ASSERT_EQ(choices.size(), 1U);
  EXPECT_EQ(int_at(choices[0], "id"), s.booking_id);
  expect_problem(w.sign_in("supervisor").get(case_path(s.case_id, "/period-bookings")), 404);
  // A place's supervisor marks days but does not plan periods; another host's sees nothing.
  expect_problem(w.sign_in("supervisor").post(case_path(s.case_id, "/periods"), fits), 404);
  expect_problem(
      w.sign_in("company_supervisor").get("/api/v1/periods/" + std::to_string(int_at(period, "id")) + "/attendance"),
      404);
}

TEST_P(PeriodsApi, ThePlacesSupervisorMarksTheExpectedDaysAndACorrectionKeepsItsHistory) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  const long long period_id = int_at(make_period(w, s), "id");
  const std::string path = "/api/v1/periods/" + std::to_string(period_id);
  auto supervisor = w.sign_in("supervisor");
  const std::string today = today_helsinki();

  // The day list from the period's start to today: scheduled days only (Mon–Wed, no holidays), none marked.
  auto list = items_ok(supervisor.get("/api/v1/attendance?from=" + s.monday + "&to=" + add_days(s.monday, 13)));
  ASSERT_FALSE(list.empty());
  for (const auto& d : list) {
    EXPECT_LE(iso_weekday(text_at(d, "date")), 3);
    EXPECT_EQ(int_at(d, "expectedMinutes"), 240);
    EXPECT_TRUE(d.at("record").is_null());
    EXPECT_TRUE(d.at("caseId").is_null()) << "a place's staff work without the case";
    EXPECT_EQ(text_at(d, "clientName"), "Jaana Jaksolainen");
  }
  const std::string day = text_at(list[0], "date");

  // Present with the hours changed; a Saturday and a day to come are refused; another host's supervisor is not told.
  auto marked = json_ok(supervisor.put(path + "/attendance/" + day,
                                       json::object{{"status", "present"}, {"minutes", 210}, {"markId", "m-1"}}));
  EXPECT_EQ(int_at(marked, "minutes"), 210);
  EXPECT_TRUE(has_field_error(expect_problem(supervisor.put(path + "/attendance/" + add_days(s.monday, 5),
                                                            json::object{{"status", "present"}, {"minutes", 60}}),
                                             422),
                              "day", "not_scheduled"));
  EXPECT_TRUE(has_field_error(expect_problem(supervisor.put(path + "/attendance/" + add_days(today, 1),
                                                            json::object{{"status", "present"}, {"minutes", 60}}),
                                             422),
                              "day", "in_future"));
  expect_problem(w.sign_in("company_supervisor")
                     .put(path + "/attendance/" + day, json::object{{"status", "present"}, {"minutes", 60}}),
                 404);
  EXPECT_TRUE(
      has_field_error(expect_problem(supervisor.put(path + "/attendance/" + list[1].at("date").as_string().c_str(),
                                                    json::object{{"status", "absent_with_notice"}}),
                                     422),
                      "absenceReason", "required"));

  // The same mark sent again (a lost answer) is made once.
  auto again = json_ok(supervisor.put(path + "/attendance/" + day,
                                      json::object{{"status", "present"}, {"minutes", 210}, {"markId", "m-1"}}));
  EXPECT_EQ(int_at(again, "version"), int_at(marked, "version"));

  // A mark made without seeing the record (a phone's, sent late) is a conflict, not a second record.
  expect_problem(supervisor.put(path + "/attendance/" + day, json::object{{"status", "absent_without_notice"}}), 409);
  // A correction after the day needs the version read and why; a stale version is a conflict.
  auto correction = json::object{
      {"status", "absent_with_notice"}, {"absenceReason", "illness"}, {"version", int_at(marked, "version")}};
  EXPECT_TRUE(
      has_field_error(expect_problem(supervisor.put(path + "/attendance/" + day, correction), 422), "why", "required"));
  correction["why"] = "Sairauslomatodistus tuli jälkikäteen";
  auto corrected = json_ok(supervisor.put(path + "/attendance/" + day, correction));
  EXPECT_EQ(text_at(corrected, "status"), "absent_with_notice");
  EXPECT_EQ(int_at(corrected, "minutes"), 0);
  expect_problem(supervisor.put(path + "/attendance/" + day, correction), 409);

  // The instructor reads the same record with who changed what, when and why.
  auto record = json_ok(w.sign_in("instructor").get(path + "/attendance?from=" + s.monday + "&to=" + today));
  const auto& records = record.at("records").as_array();
  ASSERT_EQ(records.size(), 1U);
  const auto& changes = records[0].at("changes").as_array();
  ASSERT_EQ(changes.size(), 2U);
  EXPECT_EQ(text_at(changes[0], "status"), "present");
  EXPECT_EQ(int_at(changes[0], "minutes"), 210);
  EXPECT_EQ(text_at(changes[1], "statusBefore"), "present");
  EXPECT_EQ(text_at(changes[1], "absenceReason"), "illness");
  EXPECT_EQ(text_at(changes[1], "why"), "Sairauslomatodistus tuli jälkikäteen");
  EXPECT_EQ(text_at(changes[1], "changedBy"), w.name("supervisor"));
}

TEST_P(PeriodsApi, AnAbsenceWithoutNoticeAlertsTheOwnWorkerWhoHandlesIt) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  const long long period_id = int_at(make_period(w, s), "id");
  auto supervisor = w.sign_in("supervisor");
  auto list = items_ok(supervisor.get("/api/v1/attendance?from=" + s.monday + "&to=" + add_days(s.monday, 6)));
  ASSERT_FALSE(list.empty());
  const std::string day = text_at(list[0], "date");
  json_ok(supervisor.put("/api/v1/periods/" + std::to_string(period_id) + "/attendance/" + day,
                         json::object{{"status", "absent_without_notice"}}));

  // The instructor opened the case and so is the client's own worker: the alert is theirs, first on their tasks.
  auto instructor = w.sign_in("instructor");
  auto alerts = items_ok(instructor.get("/api/v1/absence-alerts"));
  ASSERT_EQ(alerts.size(), 1U);
  EXPECT_EQ(text_at(alerts[0], "day"), day);
  EXPECT_TRUE(alerts[0].at("handledAt").is_null());
  auto tasks = items_ok(instructor.get("/api/v1/tasks"));
  ASSERT_FALSE(tasks.empty());
  EXPECT_EQ(text_at(tasks[0], "kind"), "absence_alert_to_handle");
  EXPECT_TRUE(items_ok(supervisor.get("/api/v1/absence-alerts")).empty());

  // The same transaction told the instructor in the app (and by e-mail through the outbox); a refused mark tells
  // nobody.
  expect_problem(
      supervisor.put("/api/v1/periods/" + std::to_string(period_id) + "/attendance/" + add_days(today_helsinki(), 1),
                     json::object{{"status", "absent_without_notice"}}),
      422);
  auto notes = json_ok(instructor.get("/api/v1/notifications"));
  ASSERT_EQ(notes.at("items").as_array().size(), 1U) << json::serialize(notes);
  const auto& note = notes.at("items").as_array()[0];
  EXPECT_EQ(text_at(note, "kind"), "absence_without_notice");
  EXPECT_EQ(text_at(note, "link"), "/cases/" + std::to_string(s.case_id) + "#attendance");
  EXPECT_EQ(int_at(notes, "unreadCount"), 1);
  EXPECT_EQ(json_ok(supervisor.get("/api/v1/notifications")).at("items").as_array().size(), 0U);

  const std::string handle = "/api/v1/absence-alerts/" + std::to_string(int_at(alerts[0], "id")) + "/handled";
  expect_problem(w.sign_in("other_instructor").post(handle, json::object{{"note", "x"}, {"version", 1}}), 404);
  auto handled = json_ok(instructor.post(
      handle, json::object{{"note", "Soitin, asiakas oli unohtanut"}, {"version", int_at(alerts[0], "version")}}));
  EXPECT_EQ(text_at(handled, "handledBy"), w.name("instructor"));
  expect_problem(instructor.post(handle, json::object{{"note", "again"}, {"version", int_at(alerts[0], "version")}}),
                 409);
  for (const auto& t : items_ok(instructor.get("/api/v1/tasks")))
    EXPECT_NE(text_at(t, "kind"), "absence_alert_to_handle");

  // Two more absences without notice within 30 days: three warn on the case, for its workers (not the place's staff).
  const std::string period_path = "/api/v1/periods/" + std::to_string(period_id);
  ASSERT_GE(list.size(), 3U);
  for (std::size_t i = 1; i < 3; ++i) {
    json_ok(supervisor.put(period_path + "/attendance/" + text_at(list[i], "date"),
                           json::object{{"status", "absent_without_notice"}}));
  }
  const std::string range = "/attendance?from=" + s.monday + "&to=" + today_helsinki();
  auto days = json_ok(instructor.get(period_path + range));
  EXPECT_EQ(int_at(days, "repeatedAbsences"), 3);
  // KTT: the case's editors are told the absences may lead to an interruption the employment authority hears of.
  EXPECT_TRUE(days.at("interruptionAdvised").as_bool());
  EXPECT_FALSE(json_ok(w.sign_in("manager").get(period_path + range)).at("interruptionAdvised").as_bool());
  EXPECT_EQ(int_at(json_ok(supervisor.get(period_path + range)), "repeatedAbsences"), 0);
  EXPECT_EQ(items_ok(instructor.get("/api/v1/absence-alerts")).size(), 3U);
}

TEST_P(PeriodsApi, AScheduleChangesFromADateOnAndADayMovesWithinItsWeek) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  auto period = make_period(w, s);
  const std::string path = "/api/v1/periods/" + std::to_string(int_at(period, "id"));
  auto instructor = w.sign_in("instructor");
  const std::string today = today_helsinki();
  const std::string next_monday = add_days(today, 8 - iso_weekday(today));

  auto past = days({{1, 4}, {2, 4}});
  past["from"] = s.monday;
  past["version"] = int_at(period, "version");
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(path + "/steps", past), 422), "from", "in_past"));
  auto more = days({{1, 4}, {2, 4}, {4, 4}});  // Mon, Tue, Thu: the decision allows three days of four hours
  more["from"] = next_monday;
  more["version"] = int_at(period, "version");
  auto changed = json_ok(instructor.post(path + "/steps", more));
  ASSERT_EQ(changed.at("steps").as_array().size(), 2U);
  EXPECT_EQ(text_at(changed.at("steps").as_array()[1], "from"), next_monday);
  expect_problem(instructor.post(path + "/steps", more), 409);  // the version read is stale

  // Next week's Tuesday moves to Wednesday (not scheduled then); not to the week after.
  const auto move = [&](const std::string& to) {
    return json::object{{"fromDay", add_days(next_monday, 1)},
                        {"toDay", to},
                        {"reason", "Lääkäriaika tiistaina"},
                        {"version", int_at(changed, "version")}};
  };
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(path + "/day-moves", move(add_days(next_monday, 8))), 422),
                              "toDay", "not_same_week"));
  auto moved = json_ok(instructor.post(path + "/day-moves", move(add_days(next_monday, 2))));
  ASSERT_EQ(moved.at("moves").as_array().size(), 1U);
}

// An agreed break: no day in it is expected or marked, its reason is for the case's workers, the days gone by stay
// a break, one not begun is cancelled, and the guidance window grows by its days.
TEST_P(PeriodsApi, ABreakPausesThePeriodsDays) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  auto period = make_period(w, s);  // from the Monday two weeks ago, Monday to Wednesday
  const std::string path = "/api/v1/periods/" + std::to_string(int_at(period, "id"));
  auto instructor = w.sign_in("instructor");
  auto supervisor = w.sign_in("supervisor");
  const std::string last_monday = add_days(s.monday, 7), next_monday = add_days(s.monday, 21);
  json_ok(supervisor.put(path + "/attendance/" + last_monday, json::object{{"status", "present"}, {"minutes", 240}}));

  const auto pause = [&](const std::string& from, const std::string& to, long long version) {
    return json::object{{"from", from}, {"to", to}, {"reason", "Kuntoutusjakso"}, {"version", version}};
  };
  const long long v = int_at(period, "version");
  EXPECT_TRUE(has_field_error(
      expect_problem(instructor.post(path + "/breaks", pause(last_monday, add_days(last_monday, 6), v)), 422), "from",
      "break_has_marked_days"));
  expect_problem(supervisor.post(path + "/breaks", pause(add_days(last_monday, 1), add_days(last_monday, 6), v)), 403);
  // Last week's Tuesday to Sunday, not marked: the two scheduled days in it are no longer expected.
  auto paused =
      json_ok(instructor.post(path + "/breaks", pause(add_days(last_monday, 1), add_days(last_monday, 6), v)), 201);
  ASSERT_EQ(paused.at("breaks").as_array().size(), 1U);
  const long long first_break = int_at(paused.at("breaks").as_array()[0], "id");
  const std::string range = "/attendance?from=" + last_monday + "&to=" + add_days(last_monday, 6);
  auto seen = json_ok(supervisor.get(path + range));
  ASSERT_EQ(seen.at("expected").as_array().size(), 1U);
  EXPECT_EQ(text_at(seen.at("expected").as_array()[0], "date"), last_monday);
  EXPECT_TRUE(seen.at("period").at("breaks").as_array()[0].at("reason").is_null()) << "not for the place's staff";
  EXPECT_EQ(text_at(json_ok(instructor.get(path + range)).at("period").at("breaks").as_array()[0], "reason"),
            "Kuntoutusjakso");
  EXPECT_TRUE(has_field_error(expect_problem(supervisor.put(path + "/attendance/" + add_days(last_monday, 1),
                                                            json::object{{"status", "present"}, {"minutes", 240}}),
                                             422),
                              "day", "not_scheduled"));
  EXPECT_TRUE(has_field_error(
      expect_problem(instructor.post(path + "/breaks", pause(add_days(last_monday, 5), add_days(last_monday, 9),
                                                             int_at(paused, "version"))),
                     422),
      "from", "overlaps_break"));

  // Its days gone by stay a break; a break not begun is cancelled by the day before its first.
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(path + "/breaks/" + std::to_string(first_break) + "/end",
                                                             json::object{{"lastDay", add_days(last_monday, 2)},
                                                                          {"version", int_at(paused, "version")}}),
                                             422),
                              "lastDay", "break_days_gone"));
  auto two = json_ok(
      instructor.post(path + "/breaks", pause(next_monday, add_days(next_monday, 13), int_at(paused, "version"))), 201);
  ASSERT_EQ(two.at("breaks").as_array().size(), 2U);
  auto window = json_ok(instructor.get(path + "/guidance")).at("windows").as_array()[0];
  EXPECT_EQ(int_at(window, "pausedDays"), 6 + 14);
  EXPECT_EQ(text_at(window, "to"), text_at(period, "endDate")) << "the only window, cut at the period's end";
  const long long second_break = int_at(two.at("breaks").as_array()[1], "id");
  auto cancelled = json_ok(
      instructor.post(path + "/breaks/" + std::to_string(second_break) + "/end",
                      json::object{{"lastDay", add_days(next_monday, -1)}, {"version", int_at(two, "version")}}));
  ASSERT_EQ(cancelled.at("breaks").as_array().size(), 1U);
  EXPECT_EQ(int_at(cancelled.at("breaks").as_array()[0], "id"), first_break);
  EXPECT_EQ(int_at(json_ok(instructor.get(path + "/guidance")).at("windows").as_array()[0], "pausedDays"), 6);
  expect_problem(instructor.post(path + "/breaks/" + std::to_string(second_break) + "/end",
                                 json::object{{"lastDay", next_monday}, {"version", int_at(cancelled, "version")}}),
                 404);
}

TEST_P(PeriodsApi, ThePlacesSupervisorObservesAndOrientsAndTheInstructorSeesItButNoOtherHost) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  const std::string path = "/api/v1/periods/" + std::to_string(int_at(make_period(w, s), "id"));
  auto supervisor = w.sign_in("supervisor");
  auto made = json_ok(supervisor.post(path + "/observations", json::object{{"note", "Oppii lajittelun nopeasti"},
                                                                           {"feedback", "Kannustin kysymään"}}),
                      201);
  EXPECT_EQ(text_at(made, "day"), today_helsinki());
  EXPECT_EQ(text_at(made, "authorName"), w.name("supervisor"));
  auto refused = expect_problem(
      supervisor.post(path + "/observations", json::object{{"note", ""}, {"day", add_days(today_helsinki(), 1)}}), 422);
  EXPECT_TRUE(has_field_error(refused, "note", "required"));
  EXPECT_TRUE(has_field_error(refused, "day", "in_future"));

  // The place's checklist: not done, then ticked on the first day; an item not on the list is refused.
  auto list = items_ok(supervisor.get(path + "/orientation"));
  ASSERT_EQ(list.size(), 1U);
  EXPECT_TRUE(list[0].at("doneOn").is_null());
  auto ticked =
      items_ok(supervisor.put(path + "/orientation", json::object{{"item", "Työturvallisuus"}, {"doneOn", s.monday}}));
  EXPECT_EQ(text_at(ticked[0], "doneOn"), s.monday);
  EXPECT_TRUE(has_field_error(
      expect_problem(supervisor.put(path + "/orientation", json::object{{"item", "Saunavuoro"}, {"doneOn", s.monday}}),
                     422),
      "item", "invalid_choice"));

  auto instructor = w.sign_in("instructor");
  EXPECT_EQ(items_ok(instructor.get(path + "/observations")).size(), 1U);
  EXPECT_EQ(text_at(items_ok(instructor.get(path + "/orientation"))[0], "doneBy"), w.name("supervisor"));
  expect_problem(w.sign_in("company_supervisor").get(path + "/observations"), 404);
  expect_problem(w.sign_in("company_supervisor").post(path + "/observations", json::object{{"note", "x"}}), 404);
}

TEST_P(PeriodsApi, TheSupervisorsCalendarFeedShowsTheExpectedDaysBehindASecretLink) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  make_period(w, s);
  auto supervisor = w.sign_in("supervisor");
  EXPECT_FALSE(json_ok(supervisor.get("/api/v1/calendar-feed")).at("exists").as_bool());
  const std::string path = text_at(json_ok(supervisor.post("/api/v1/calendar-feed", json::object{}), 201), "path");
  EXPECT_TRUE(json_ok(supervisor.get("/api/v1/calendar-feed")).at("exists").as_bool());

  // A phone's calendar has no session: the link is enough.
  HttpClient phone(server.port());
  auto feed = phone.get(path);
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_EQ(feed.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_NE(feed.body.find("BEGIN:VCALENDAR"), std::string::npos);
  EXPECT_NE(feed.body.find("SUMMARY:Jaana J. 4 h"), std::string::npos) << feed.body.substr(0, 2000);
  EXPECT_EQ(feed.body.find("Jaksolainen"), std::string::npos) << "no full name leaves Polku";
  EXPECT_NE(feed.body.find("DTSTART;TZID=Europe/Helsinki:"), std::string::npos);
  // Days to come are in the calendar too (the day list stops at today).
  const std::string next_monday = add_days(today_helsinki(), 8 - iso_weekday(today_helsinki()));
  std::string compact = next_monday;
  compact.erase(std::remove(compact.begin(), compact.end(), '-'), compact.end());
  EXPECT_NE(feed.body.find("polku-period-"), std::string::npos);
  EXPECT_NE(feed.body.find(":" + compact + "T"), std::string::npos) << "next Monday is expected";

  // Renewed, the old link stops working; removed, none works.
  const std::string renewed = text_at(json_ok(supervisor.post("/api/v1/calendar-feed", json::object{}), 201), "path");
  EXPECT_EQ(phone.get(path).status, 404);
  EXPECT_EQ(phone.get(renewed).status, 200);
  EXPECT_EQ(supervisor.request("DELETE", "/api/v1/calendar-feed", "").status, 204);
  EXPECT_EQ(phone.get(renewed).status, 404);
  EXPECT_EQ(phone.get("/api/v1/calendar/not-a-token.ics").status, 404);
}

TEST_P(PeriodsApi, APlacesClosedDayIsNoExpectedDay) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  const long long period_id = int_at(make_period(w, s), "id");
  auto supervisor = w.sign_in("supervisor");
  const std::string week = "/api/v1/attendance?from=" + s.monday + "&to=" + add_days(s.monday, 6);
  const auto before = items_ok(supervisor.get(week));
  ASSERT_FALSE(before.empty());
  const std::string closed = text_at(before[0], "date");

  // The host's manager closes the place for a day; a supervisor may not.
  const std::string path = "/api/v1/places/" + std::to_string(s.place_id) + "/closed-days";
  const json::object body{{"from", s.monday},
                          {"to", add_days(s.monday, 30)},
                          {"days", json::array{json::object{{"day", closed}, {"reason", "Inventaario"}}}}};
  expect_problem(supervisor.put(path, body), 403);
  auto set = items_ok(w.sign_in("recycling_manager").put(path, body));
  ASSERT_EQ(set.size(), 1U);
  EXPECT_EQ(text_at(set[0], "reason"), "Inventaario");
  EXPECT_TRUE(has_field_error(
      expect_problem(w.sign_in("recycling_manager")
                         .put(path, json::object{{"from", s.monday},
                                                 {"to", s.monday},
                                                 {"days", json::array{json::object{{"day", add_days(s.monday, 3)}}}}}),
                     422),
      "days[0].day", "out_of_range"));

  const auto after = items_ok(supervisor.get(week));
  EXPECT_EQ(after.size(), before.size() - 1);
  for (const auto& d : after) EXPECT_NE(text_at(d, "date"), closed);
  EXPECT_TRUE(has_field_error(
      expect_problem(supervisor.put("/api/v1/periods/" + std::to_string(period_id) + "/attendance/" + closed,
                                    json::object{{"status", "present"}, {"minutes", 240}}),
                     422),
      "day", "not_scheduled"));
  EXPECT_EQ(items_ok(w.sign_in("instructor").get(path + "?from=" + s.monday + "&to=" + add_days(s.monday, 30))).size(),
            1U);
}

TEST_P(PeriodsApi, AGroupsSessionListsItsParticipantsDaysMarkedAsTheirOwn) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  const long long period_id = int_at(make_period(w, s), "id");
  auto supervisor = w.sign_in("supervisor");
  const std::string place = "/api/v1/places/" + std::to_string(s.place_id) + "/groups";
  const json::object body{
      {"name", "Aamupäivän lajitteluryhmä"},
      {"instructorUserId", w.user_id("supervisor")},
      {"sessions", json::array{json::object{{"weekday", 1}, {"startTime", "09:00"}, {"hours", 4}},
                               json::object{{"weekday", 2}, {"startTime", "09:00"}, {"hours", 4}}}}};
  auto refused = expect_problem(
      supervisor.post(place, json::object{{"name", ""},
                                          {"sessions", json::array{json::object{{"weekday", 8}, {"startTime", "9"}}}}}),
      422);
  EXPECT_TRUE(has_field_error(refused, "name", "required"));
  EXPECT_TRUE(has_field_error(refused, "sessions[0].weekday", "out_of_range"));
  EXPECT_TRUE(has_field_error(refused, "sessions[0].startTime", "invalid_format"));
  EXPECT_TRUE(has_field_error(refused, "sessions[0].hours", "out_of_range"));
  expect_problem(w.sign_in("company_supervisor").post(place, body), 404);
  auto group = json_ok(supervisor.post(place, body), 201);
  EXPECT_EQ(text_at(group, "instructorName"), w.name("supervisor"));
  const std::string path = "/api/v1/groups/" + std::to_string(int_at(group, "id"));

  group = json_ok(supervisor.post(path + "/members", json::object{{"periodId", period_id}}));
  ASSERT_EQ(group.at("members").as_array().size(), 1U);
  EXPECT_EQ(text_at(group.at("members").as_array()[0], "clientName"), "Jaana Jaksolainen");
  EXPECT_TRUE(
      has_field_error(expect_problem(supervisor.post(path + "/members", json::object{{"periodId", period_id}}), 422),
                      "periodId", "duplicate"));
  EXPECT_EQ(items_ok(supervisor.get(place)).size(), 1U);

  // The session of the period's first Monday lists her day; marked there, it is her own record.
  auto session = items_ok(supervisor.get(path + "/session?date=" + s.monday));
  ASSERT_EQ(session.size(), 1U);
  EXPECT_EQ(int_at(session[0], "periodId"), period_id);
  json_ok(supervisor.put("/api/v1/periods/" + std::to_string(period_id) + "/attendance/" + s.monday,
                         json::object{{"status", "present"}, {"minutes", 240}}));
  session = items_ok(supervisor.get(path + "/session?date=" + s.monday));
  EXPECT_EQ(text_at(session[0].at("record"), "status"), "present");
  expect_problem(w.sign_in("company_supervisor").get(path + "/session?date=" + s.monday), 404);

  group = json_ok(supervisor.request("DELETE", path + "/members/" + std::to_string(period_id), ""));
  EXPECT_TRUE(group.at("members").as_array().empty());
  EXPECT_TRUE(items_ok(supervisor.get(path + "/session?date=" + s.monday)).empty());
}

TEST_P(PeriodsApi, TheClientsOwnCalendarShowsThePlaceAndHoursBehindALinkTheInstructorGives) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = in_implementation(w);
  const std::string path = "/api/v1/periods/" + std::to_string(int_at(make_period(w, s), "id")) + "/calendar-feed";
  auto instructor = w.sign_in("instructor");
  EXPECT_FALSE(json_ok(instructor.get(path)).at("exists").as_bool());
  expect_problem(w.sign_in("supervisor").post(path, json::object{}), 403);  // marks days, does not plan them
  const std::string link = text_at(json_ok(instructor.post(path, json::object{}), 201), "path");
  EXPECT_TRUE(json_ok(instructor.get(path)).at("exists").as_bool());

  HttpClient phone(server.port());
  auto feed = phone.get(link);
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_NE(feed.body.find("BEGIN:VEVENT"), std::string::npos);
  EXPECT_NE(feed.body.find("DTSTART;TZID=Europe/Helsinki:"), std::string::npos);
  EXPECT_EQ(feed.body.find("Jaksolainen"), std::string::npos) << "the client's own calendar needs no name";
  EXPECT_EQ(instructor.request("DELETE", path, "").status, 204);
  EXPECT_EQ(phone.get(link).status, 404);
}

POLKU_API_TEST_BACKENDS(PeriodsApi);

}  // namespace
}  // namespace polku::api_test
