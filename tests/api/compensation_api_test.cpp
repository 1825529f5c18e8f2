// Compensation over real HTTP on both databases: a manager approves a month counted from the attendance (the
// benefit payer, no activity money on a day the expense allowance is paid, fares and claims), the approval
// freezes the month's attendance, a correction is an adjustment in the next batch, the exports, who sees what,
// and a change of law added as a rate row from a date.
#include "api/api_test_helpers.hpp"
#include "api/case_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "unit/tool_run.hpp"

namespace polku::api_test {
namespace {

class CompensationApi : public BackendTest {};

// A KTT client at the sorting place with a period (Mon–Wed, 4 h) from the Monday on or before the first day of
// the month before this one; `last_month` is that month.
struct Worked {
  long long client_id = 0;
  long long period_id = 0;
  std::string start, last_month, this_month;
  std::vector<std::string> days;  // the days the period expects in last_month
};

Worked worked(World& w, const std::string& first_names, const std::string& last_name) {
  Worked out;
  const std::string today = today_helsinki();
  out.this_month = today.substr(0, 7);
  const std::string first = add_months(out.this_month + "-01", -1);
  out.last_month = first.substr(0, 7);
  const std::string start = add_days(first, 1 - iso_weekday(first));
  out.start = start;
  const auto reg = w.registry();
  out.client_id = w.client(first_names, last_name);
  auto c = w.case_at(out.client_id, "implementation", {.place_id = reg.sorting, .start = start, .book_place = true});
  auto instructor = w.sign_in("instructor");
  auto bookings = items_ok(instructor.get("/api/v1/bookings?clientId=" + std::to_string(out.client_id)));
  EXPECT_EQ(bookings.size(), 1U);
  if (bookings.empty()) return out;
  json::array days;
  for (int d : {1, 2, 3}) days.push_back(json::object{{"weekday", d}, {"hours", 4}});
  auto period = json_ok(
      instructor.post(case_path(int_at(c, "id"), "/periods"),
                      json::object{{"bookingId", int_at(bookings[0], "id")},
                                   {"startDate", start},
                                   {"endDate", add_days(add_months(start, 3), -1)},
                                   {"steps", json::array{json::object{{"from", start}, {"days", std::move(days)}}}}}),
      201);
  out.period_id = int_at(period, "id");
  const std::string last = add_days(today.substr(0, 8) + "01", -1);
  for (const auto& d : items_ok(w.sign_in("supervisor").get("/api/v1/attendance?from=" + first + "&to=" + last))) {
    if (int_at(d, "periodId") == out.period_id) out.days.push_back(text_at(d, "date"));
  }
  return out;
}

std::string attendance_path(const Worked& x, const std::string& day) {
  return "/api/v1/periods/" + std::to_string(x.period_id) + "/attendance/" + day;
}

std::string batch_path(const World& w, const std::string& month, const std::string& tail = "") {
  return "/api/v1/organisations/" + std::to_string(w.county) + "/compensation/batches/" + month + tail;
}

std::string client_path(long long client_id, const std::string& tail) {
  return "/api/v1/clients/" + std::to_string(client_id) + tail;
}

// The batch's lines of a client as "kind/payer days×unit=amount" (adjustments with a leading "±").
std::vector<std::string> lines_of(const json::value& batch, long long client_id) {
  std::vector<std::string> out;
  for (const auto& l : batch.at("lines").as_array()) {
    if (int_at(l, "clientId") != client_id) continue;
    out.push_back(std::string(l.at("adjustmentId").is_null() ? "" : "±") + text_at(l, "kind") + "/" +
                  text_at(l, "payer") + " " + std::to_string(int_at(l, "days")) + "x" +
                  std::to_string(int_at(l, "unitCents")) + "=" + std::to_string(int_at(l, "amountCents")));
  }
  return out;
}

std::string n_days(std::size_t n, const char* kind, const char* payer, long long cents) {
  return std::string(kind) + "/" + payer + " " + std::to_string(n) + "x" + std::to_string(cents) + "=" +
         std::to_string(static_cast<long long>(n) * cents);
}

TEST_P(CompensationApi, AManagerApprovesAMonthFromTheAttendanceAndTheMonthIsFrozen) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto x = worked(w, "Kalle", "Korvattava");
  ASSERT_GE(x.days.size(), 8U);
  auto supervisor = w.sign_in("supervisor");
  auto instructor = w.sign_in("instructor");
  auto manager = w.sign_in("manager");

  // Every day of the month present but the first, absent with notice.
  json_ok(supervisor.put(attendance_path(x, x.days[0]),
                         json::object{{"status", "absent_with_notice"}, {"absenceReason", "illness"}}));
  for (std::size_t i = 1; i < x.days.size(); ++i) {
    json_ok(supervisor.put(attendance_path(x, x.days[i]), json::object{{"status", "present"}, {"minutes", 240}}));
  }
  const std::size_t present = x.days.size() - 1;

  // The benefit payers (Kela, and social assistance beside it), the fare, a claim with a receipt.
  json_ok(instructor.post(client_path(x.client_id, "/benefits"),
                          json::object{{"payer", "kela"}, {"validFrom", "2025-06-01"}}),
          201);
  json_ok(instructor.post(client_path(x.client_id, "/benefits"),
                          json::object{{"payer", "social_assistance"}, {"validFrom", "2025-06-01"}}),
          201);
  auto refused = expect_problem(instructor.post(client_path(x.client_id, "/benefits"),
                                                json::object{{"payer", "kela"}, {"validFrom", "2026-01-01"}}),
                                422);
  EXPECT_TRUE(has_field_error(refused, "validFrom", "overlaps")) << json::serialize(refused);
  json_ok(instructor.post(client_path(x.client_id, "/travel-fares"),
                          json::object{{"centsPerDay", 460}, {"means", "Bussi"}, {"validFrom", "2025-06-01"}}),
          201);
  json_ok(instructor.post(client_path(x.client_id, "/travel-claims"),
                          json::object{{"day", x.days[2]}, {"cents", 1250}, {"description", "Taksi, kuitti"}}),
          201);

  // The open month as counted: no activity money on the days Kela pays the expense allowance.
  auto batch = json_ok(manager.get(batch_path(w, x.last_month)));
  EXPECT_FALSE(batch.at("approved").as_bool());
  EXPECT_EQ(lines_of(batch, x.client_id), (std::vector<std::string>{n_days(present, "expense_allowance", "kela", 900),
                                                                    n_days(present, "travel", "purchaser", 460),
                                                                    "travel_claim/purchaser 0x1250=1250"}));
  const long long total = static_cast<long long>(present) * (900 + 460) + 1250;
  EXPECT_EQ(int_at(batch, "totalCents"), total);
  EXPECT_EQ(text_at(batch.at("lines").at(0), "clientName"), "Korvattava Kalle");

  // Who sees and approves: the instructor reads but does not approve; another purchaser's worker sees nothing.
  json_ok(instructor.get(batch_path(w, x.last_month)));
  expect_problem(instructor.post(batch_path(w, x.last_month, "/approval"), json::object{}), 403);
  auto other = w.sign_in("other_instructor");
  expect_problem(other.get(batch_path(w, x.last_month)), 404);
  expect_problem(other.get(client_path(x.client_id, "/compensation")), 404);
  // Another purchaser's manager neither sees nor approves the county's month.
  json_ok(w.sign_in("admin").post("/api/v1/users",
                                  json::object{{"username", "muualan.esimies"},
                                               {"displayName", "Muualan Esimies"},
                                               {"language", "fi"},
                                               {"active", true},
                                               {"password", testing::kTestPassword},
                                               {"roles", json::array{json::object{{"organisationId", w.other_purchaser},
                                                                                  {"role", "manager"}}}}}),
          201);
  auto other_manager = w.sign_in("muualan.esimies");
  expect_problem(other_manager.get(batch_path(w, x.last_month)), 404);
  expect_problem(other_manager.post(batch_path(w, x.last_month, "/approval"), json::object{}), 404);
  expect_problem(other_manager.get(batch_path(w, x.last_month, "/export?format=csv")), 404);
  expect_problem(w.sign_in("coach").get(batch_path(w, x.last_month)), 404);
  // The current month has not ended; a draft is not exported.
  EXPECT_TRUE(
      has_field_error(expect_problem(manager.post(batch_path(w, x.this_month, "/approval"), json::object{}), 422),
                      "month", "month_not_ended"));
  expect_problem(manager.get(batch_path(w, x.last_month, "/export?format=csv")), 422);

  auto approved = json_ok(manager.post(batch_path(w, x.last_month, "/approval"), json::object{}), 201);
  EXPECT_TRUE(approved.at("approved").as_bool());
  EXPECT_EQ(text_at(approved, "approvedBy"), w.name("manager"));
  EXPECT_EQ(int_at(approved, "totalCents"), total);
  EXPECT_EQ(lines_of(approved, x.client_id), lines_of(batch, x.client_id));
  EXPECT_TRUE(
      has_field_error(expect_problem(manager.post(batch_path(w, x.last_month, "/approval"), json::object{}), 422),
                      "month", "month_approved"));
  auto list = items_ok(manager.get("/api/v1/organisations/" + std::to_string(w.county) + "/compensation/batches"));
  ASSERT_EQ(list.size(), 1U);
  EXPECT_EQ(text_at(list[0], "month"), x.last_month);

  // The month's attendance is frozen: a correction of its day is refused.
  auto frozen = expect_problem(
      supervisor.put(attendance_path(x, x.days[0]),
                     json::object{{"status", "present"}, {"minutes", 240}, {"why", "Olikin paikalla"}, {"version", 1}}),
      422);
  EXPECT_TRUE(has_field_error(frozen, "day", "month_approved")) << json::serialize(frozen);

  // The correction is an adjustment, once, of a day of an approved month, and lands in the next batch.
  const std::string reason = "Läsnäolo kirjattiin väärälle päivälle";
  auto adjustment = json_ok(instructor.post(client_path(x.client_id, "/compensation-adjustments"),
                                            json::object{{"day", x.days[0]}, {"attended", true}, {"reason", reason}}),
                            201);
  EXPECT_TRUE(adjustment.at("batchId").is_null());
  EXPECT_TRUE(has_field_error(
      expect_problem(instructor.post(client_path(x.client_id, "/compensation-adjustments"),
                                     json::object{{"day", x.days[0]}, {"attended", true}, {"reason", reason}}),
                     422),
      "day", "already_adjusted"));
  EXPECT_TRUE(has_field_error(
      expect_problem(instructor.post(client_path(x.client_id, "/compensation-adjustments"),
                                     json::object{{"day", x.days[1]}, {"attended", true}, {"reason", reason}}),
                     422),
      "attended", "already_attended"));
  EXPECT_TRUE(has_field_error(
      expect_problem(instructor.post(client_path(x.client_id, "/compensation-adjustments"),
                                     json::object{{"day", today_helsinki()}, {"attended", false}, {"reason", reason}}),
                     422),
      "day", "month_not_approved"));
  auto next = json_ok(manager.get(batch_path(w, x.this_month)));
  bool found = false;
  for (const auto& l : next.at("lines").as_array()) {
    if (l.at("adjustmentId").is_null() || text_at(l, "kind") != "expense_allowance") continue;
    found = true;
    EXPECT_EQ(int_at(l, "days"), 1);
    EXPECT_EQ(int_at(l, "amountCents"), 900);
    EXPECT_EQ(text_at(l, "firstDay"), x.days[0]);
    EXPECT_EQ(text_at(l, "reason"), reason);
    EXPECT_EQ(text_at(l, "recordedBy"), w.name("instructor"));
  }
  EXPECT_TRUE(found) << json::serialize(next);

  // The client's page lists it all.
  auto mine = json_ok(instructor.get(client_path(x.client_id, "/compensation")));
  EXPECT_EQ(mine.at("benefits").as_array().size(), 2U);
  EXPECT_EQ(mine.at("adjustments").as_array().size(), 1U);
  EXPECT_FALSE(mine.at("claims").at(0).at("batchId").is_null()) << "the claim was paid in the approved batch";
  EXPECT_TRUE(mine.at("mayRecord").as_bool());
  EXPECT_FALSE(json_ok(manager.get(client_path(x.client_id, "/compensation"))).at("mayRecord").as_bool());

  // The exports of the approved month: CSV for Finnish Excel and an Excel workbook.
  auto csv = manager.get(batch_path(w, x.last_month, "/export?format=csv"));
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("content-disposition").find("korvaukset-" + x.last_month + ".csv"), std::string::npos);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0U) << "a BOM for Excel";
  EXPECT_NE(csv.body.find("Korvattava Kalle"), std::string::npos);
  EXPECT_NE(csv.body.find(";Kulukorvaus;" + std::to_string(present) + ";9,00;"), std::string::npos) << csv.body;
  auto xlsx = manager.get(batch_path(w, x.last_month, "/export?format=xlsx"));
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0U) << "a zip container";
  auto swedish = w.sign_in("manager", "sv").get(batch_path(w, x.last_month, "/export?format=csv"));
  EXPECT_NE(swedish.body.find(";Kostnadsersättning;"), std::string::npos);
  expect_problem(manager.get(batch_path(w, x.last_month, "/export?format=pdf")), 422);
}

TEST_P(CompensationApi, AChangeOfLawIsARateRowFromADateAndEachDayPaysByTheRuleOfThatDay) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto kela = worked(w, "Kerttu", "Kelalainen");
  const auto assisted = worked(w, "Aatu", "Avustettu");
  ASSERT_GE(kela.days.size(), 8U);
  auto supervisor = w.sign_in("supervisor");
  auto instructor = w.sign_in("instructor");
  for (const auto* x : {&kela, &assisted}) {
    for (const auto& d : x->days) {
      json_ok(supervisor.put(attendance_path(*x, d), json::object{{"status", "present"}, {"minutes", 240}}));
    }
  }
  json_ok(instructor.post(client_path(kela.client_id, "/benefits"),
                          json::object{{"payer", "kela"}, {"validFrom", "2025-01-01"}}),
          201);
  json_ok(instructor.post(client_path(assisted.client_id, "/benefits"),
                          json::object{{"payer", "social_assistance"}, {"validFrom", "2025-01-01"}}),
          201);

  // From the month's fifth working day: the expense allowance is 10,00 €, and Kela pays the activity money.
  const std::string from = kela.days[4];
  auto admin = w.sign_in("admin");
  const json::object allowance{{"serviceType", "ktt"},     {"kind", "expense_allowance"}, {"benefit", "kela"},
                               {"payer", "benefit_payer"}, {"amountCents", 1000},         {"maxDaysPerWeek", 5},
                               {"validFrom", from}};
  expect_problem(w.sign_in("manager").post("/api/v1/compensation/rates", allowance), 403);
  json_ok(admin.post("/api/v1/compensation/rates", allowance), 201);
  json_ok(admin.post("/api/v1/compensation/rates", json::object{{"serviceType", "ktt"},
                                                                {"kind", "activity_money"},
                                                                {"benefit", "social_assistance"},
                                                                {"payer", "kela"},
                                                                {"amountCents", 900},
                                                                {"validFrom", from}}),
          201);
  auto again = allowance;
  again["validFrom"] = kela.days[1];
  EXPECT_TRUE(has_field_error(expect_problem(admin.post("/api/v1/compensation/rates", again), 422), "validFrom",
                              "not_after_previous"));
  // The previous rows end the day before.
  int closed = 0;
  for (const auto& r : items_ok(admin.get("/api/v1/compensation/rates"))) {
    if (text_at(r, "serviceType") == "ktt" && !r.at("validTo").is_null()) {
      EXPECT_EQ(text_at(r, "validTo"), add_days(from, -1));
      ++closed;
    }
  }
  EXPECT_EQ(closed, 2);

  auto batch = json_ok(w.sign_in("manager").get(batch_path(w, kela.last_month)));
  const std::size_t before = 4, after = kela.days.size() - 4;
  EXPECT_EQ(lines_of(batch, kela.client_id),
            (std::vector<std::string>{n_days(before, "expense_allowance", "kela", 900),
                                      n_days(after, "expense_allowance", "kela", 1000)}));
  EXPECT_EQ(lines_of(batch, assisted.client_id),
            (std::vector<std::string>{n_days(before, "activity_money", "purchaser", 900),
                                      n_days(after, "activity_money", "kela", 900)}));
  long long kela_total = 0;
  for (const auto& t : batch.at("totals").as_array()) {
    if (text_at(t, "payer") == "kela") kela_total += int_at(t, "amountCents");
  }
  EXPECT_EQ(kela_total, static_cast<long long>(before) * 900 + static_cast<long long>(after) * (1000 + 900));
}

TEST_P(CompensationApi, AbsenceNoticesToKelaAreMadeFromTheAttendanceSentAndCorrected) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto x = worked(w, "Noora", "Poissaoleva");
  ASSERT_GE(x.days.size(), 3U);
  auto supervisor = w.sign_in("supervisor");
  auto instructor = w.sign_in("instructor");
  // The two weeks of the month's first expected day, and three of their days.
  const std::string from = add_days(x.start, days_between(x.start, x.days[0]) / 14 * 14);
  std::vector<std::string> days;
  for (const auto& d : x.days)
    if (d <= add_days(from, 13)) days.push_back(d);
  ASSERT_GE(days.size(), 3U);
  json_ok(supervisor.put(attendance_path(x, days[0]),
                         json::object{{"status", "absent_with_notice"}, {"absenceReason", "illness"}}));
  json_ok(supervisor.put(attendance_path(x, days[1]), json::object{{"status", "absent_without_notice"}}));
  json_ok(supervisor.put(attendance_path(x, days[2]), json::object{{"status", "place_closed"}}));
  const std::string list_path = "/api/v1/organisations/" + std::to_string(w.county) + "/absence-notices?from=" + from +
                                "&to=" + add_days(from, 13);
  // No Kela or fund benefit recorded: nobody to tell.
  EXPECT_TRUE(items_ok(instructor.get(list_path)).empty());
  json_ok(instructor.post(client_path(x.client_id, "/benefits"),
                          json::object{{"payer", "kela"}, {"validFrom", "2025-01-01"}}),
          201);
  auto person = json_ok(instructor.get(client_path(x.client_id, "")));
  json_ok(w.sign_in("manager").put(
      client_path(x.client_id, "/own-worker"),
      json::object{{"ownWorkerId", w.user_id("instructor")}, {"version", int_at(person, "version")}}));

  auto list = items_ok(instructor.get(list_path));
  ASSERT_EQ(list.size(), 1U);
  // Who records sending is the server's to say: the purchaser's workers, not its manager.
  EXPECT_TRUE(json_ok(instructor.get(list_path)).at("maySend").as_bool());
  EXPECT_FALSE(json_ok(w.sign_in("manager").get(list_path)).at("maySend").as_bool());
  auto notice = list[0];
  EXPECT_EQ(text_at(notice, "windowFrom"), std::max(from, x.start));
  EXPECT_EQ(text_at(notice, "recipient"), "kela");
  const std::string state = text_at(notice, "state");
  EXPECT_TRUE(state == "to_send" || state == "late") << state;
  ASSERT_EQ(notice.at("absences").as_array().size(), 2U);
  EXPECT_EQ(text_at(notice.at("absences").at(0), "category"), "own_illness");
  EXPECT_TRUE(notice.at("absences").at(0).at("benefitKept").as_bool());
  EXPECT_EQ(text_at(notice.at("absences").at(1), "category"), "other");
  EXPECT_FALSE(notice.at("absences").at(1).at("benefitKept").as_bool());
  ASSERT_EQ(notice.at("notArranged").as_array().size(), 1U);
  EXPECT_EQ(text_at(notice.at("notArranged").at(0), "day"), days[2]);
  const auto task_of_worker = [&] {
    for (const auto& t : items_ok(instructor.get("/api/v1/tasks"))) {
      if (text_at(t, "kind") == "absence_notice_to_send") return json::value(t);
    }
    return json::value();
  };
  ASSERT_FALSE(task_of_worker().is_null()) << "the own worker is told";
  EXPECT_EQ(int_at(task_of_worker(), "periodId"), x.period_id);

  // The PDF to print and sign, in Finnish and in Swedish.
  const std::string notice_path =
      "/api/v1/periods/" + std::to_string(x.period_id) + "/absence-notices/" + text_at(notice, "windowFrom");
  ASSERT_TRUE(unit_test::tool_present("pdftotext -v", "poppler-utils"));
  for (const auto& [lang, title] : std::vector<std::pair<std::string, std::string>>{
           {"fi", "Ilmoitus poissaolosta (TT3)"}, {"sv", "Anmälan om frånvaro (TT3r)"}}) {
    auto pdf = instructor.get(notice_path + "/pdf?lang=" + lang);
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_EQ(pdf.header("content-type"), "application/pdf");
    const unit_test::TempFile file(pdf.body, ".pdf");
    const auto text = unit_test::run_tool("pdftotext -layout " + file.quoted() + " -");
    EXPECT_NE(text.output.find(title), std::string::npos) << text.output;
    EXPECT_NE(text.output.find("Poissaoleva Noora"), std::string::npos) << text.output;
    EXPECT_NE(text.output.find(display_date(days[0])), std::string::npos) << text.output;
  }
  auto other = w.sign_in("other_instructor");
  expect_problem(other.get(list_path.substr(0, list_path.find('?')) + "?from=" + from + "&to=" + from), 404);
  expect_problem(other.get(notice_path + "/pdf"), 404);
  expect_problem(w.sign_in("manager").post(notice_path + "/sending", json::object{}), 403);

  // Sent once; a correction of its days after sending asks for it again.
  auto sent = json_ok(instructor.post(notice_path + "/sending", json::object{}), 201);
  EXPECT_EQ(text_at(sent, "state"), "sent");
  EXPECT_EQ(text_at(sent, "sentBy"), w.name("instructor"));
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(notice_path + "/sending", json::object{}), 422),
                              "windowFrom", "already_sent"));
  EXPECT_TRUE(task_of_worker().is_null()) << "a sent notice leaves the list";
  json_ok(supervisor.put(
      attendance_path(x, days[2]),
      json::object{{"status", "present"}, {"minutes", 240}, {"why", "Paikka olikin auki"}, {"version", 1}}));
  EXPECT_EQ(text_at(items_ok(instructor.get(list_path))[0], "state"), "changed_after_sending");
  EXPECT_EQ(text_at(json_ok(instructor.post(notice_path + "/sending", json::object{}), 201), "state"), "sent");
  // The two weeks running today are not sent yet.
  const std::string running = add_days(x.start, days_between(x.start, today_helsinki()) / 14 * 14);
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post("/api/v1/periods/" + std::to_string(x.period_id) +
                                                                 "/absence-notices/" + running + "/sending",
                                                             json::object{}),
                                             422),
                              "windowFrom", "window_not_ended"));
}

POLKU_API_TEST_BACKENDS(CompensationApi);

}  // namespace
}  // namespace polku::api_test
