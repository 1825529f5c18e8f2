// Cases over real HTTP on both databases: from referral to the follow-up path,
// refused transitions naming every unmet guard, who may do what.
#include <set>

#include "api/api_test_helpers.hpp"
#include "api/case_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class CasesApi : public BackendTest {};

json::value move(HttpClient& worker, const json::value& c, const std::string& to,
                 polku::testing::SourceLocation where = polku::testing::SourceLocation::current()) {
  return ok(worker.post(case_path(int_at(c, "id"), "/transitions"),
                        json::object{{"to", to}, {"version", int_at(c, "version")}}),
            200, where);
}

long long client_id_of(const json::value& c) { return int_at(c, "clientId"); }

std::vector<std::string> missing_codes(const json::value& c) {
  std::vector<std::string> out;
  for (const auto& m : c.as_object().at("missing").as_array()) out.push_back(text_at(m, "code"));
  return out;
}

json::object ktt_plan(long long version) {
  return {{"kind", "activation_plan"},
          {"date", "2026-02-01"},
          {"tasksAndPlace", "Kierrätyskeskus, lajittelu"},
          {"hoursPerDay", 4},
          {"daysPerWeek", 3},
          {"startDate", "2026-03-01"},
          {"lengthMonths", 6},
          {"goal", "Työelämävalmiuksien vahvistaminen"},
          {"supportAndGuidance", "Työvalmentaja viikoittain"},
          {"evaluationDate", "2026-08-15"},
          {"version", version}};
}

TEST_P(CasesApi, KttCaseGoesFromReferralToFollowUpPath) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker", "sv");
  const long long client = new_client(instructor);

  auto c = open_case(instructor, client);
  EXPECT_EQ(text_at(c, "stage"), "referral");
  EXPECT_EQ(text_at(c, "clientName"), "Kalle Koekäyttäjä");
  EXPECT_EQ(text_at(c, "responsibleRole"), "social_instructor");
  EXPECT_EQ(missing_codes(c), std::vector<std::string>{"referral_missing"});
  const long long id = int_at(c, "id");

  c = ok(instructor.put(case_path(id, "/referral"), json::object{{"source", "employment_services"},
                                                                 {"referrerName", "Työllisyyspalvelut"},
                                                                 {"orderText", "Kuntouttava työtoiminta 6 kk"},
                                                                 {"date", "2026-01-05"},
                                                                 {"version", int_at(c, "version")}}));
  EXPECT_TRUE(missing_codes(c).empty());
  c = move(instructor, c, "assessment");
  EXPECT_EQ(text_at(c, "responsibleRole"), "social_worker");
  c = ok(worker.put(case_path(id, "/assessment"), json::object{{"criteria", "Pitkäaikaistyöttömyys"},
                                                               {"outcome", "service_needed"},
                                                               {"date", "2026-01-20"},
                                                               {"version", int_at(c, "version")}}));
  EXPECT_EQ(text_at(c.at("assessment"), "authorName"), w.name("worker"));
  c = move(worker, c, "plan");
  c = ok(worker.put(case_path(id, "/plan"), ktt_plan(int_at(c, "version"))));
  c = move(worker, c, "start");

  auto decision = ok(worker.post(case_path(id, "/decisions"), decision_body()), 201);
  EXPECT_EQ(text_at(decision, "status"), "draft");
  EXPECT_NE(text_at(decision, "appealInstructions").find("Oikaisuvaatimus"), std::string::npos);
  EXPECT_NE(text_at(decision, "legalBasis").find("189/2001"), std::string::npos);
  ok(worker.post("/api/v1/decisions/" + std::to_string(int_at(decision, "id")) + "/sign",
                 json::object{{"version", int_at(decision, "version")}}));
  ok(instructor.post(case_path(id, "/notices"), json::object{{"kind", "shop_steward"},
                                                             {"sentOn", "2026-02-25"},
                                                             {"recipient", "Pääluottamusmies"},
                                                             {"startDate", "2026-03-01"},
                                                             {"lengthMonths", 6},
                                                             {"place", "Kierrätyskeskus"},
                                                             {"hoursPerDay", 4}}),
     201);
  ok(instructor.post(case_path(id, "/notices"), json::object{{"kind", "employment_authority_start"},
                                                             {"sentOn", "2026-02-25"},
                                                             {"recipient", "Työllisyyspalvelut"},
                                                             {"startDate", "2026-03-01"},
                                                             {"lengthMonths", 6},
                                                             {"place", "Kierrätyskeskus"},
                                                             {"hoursPerDay", 4},
                                                             {"daysPerWeek", 3}}),
     201);
  c = ok(instructor.get(case_path(id)));
  EXPECT_EQ(missing_codes(c), std::vector<std::string>{"agreement_missing"}) << json::serialize(c);
  // The client agreement (issue 5) that a case needs before implementation: made at a place of the
  // association and acknowledged by the client, the purchaser and the host.
  w.acknowledged_client_agreement(client_id_of(c), w.registry().yard);
  c = ok(instructor.get(case_path(id)));
  EXPECT_TRUE(missing_codes(c).empty()) << json::serialize(c);
  EXPECT_TRUE(c.at("missingNotices").as_array().empty());
  c = move(instructor, c, "implementation");
  EXPECT_EQ(text_at(c, "responsibleRole"), "coach");

  c = ok(instructor.put(
      case_path(id, "/end"),
      json::object{{"reason", "period_ended"}, {"date", "2026-08-31"}, {"version", int_at(c, "version")}}));
  c = move(instructor, c, "end");
  c = move(instructor, c, "follow_up");
  EXPECT_EQ(missing_codes(c), std::vector<std::string>{"follow_up_missing"});
  c = ok(instructor.put(
      case_path(id, "/follow-up"),
      json::object{{"category", "education"}, {"description", "Ammattiopisto"}, {"version", int_at(c, "version")}}));
  c = move(instructor, c, "closed");
  EXPECT_EQ(text_at(c, "stage"), "closed");
  EXPECT_TRUE(c.at("nextStage").is_null());
  EXPECT_TRUE(c.at("responsibleRole").is_null());
  auto closed = expect_problem(instructor.put(case_path(id, "/follow-up"),
                                              json::object{{"category", "pension"}, {"version", int_at(c, "version")}}),
                               422);
  EXPECT_EQ(problem_code(closed), "case_closed");
  EXPECT_TRUE(has_field_error(closed, "stage", "case_closed"));

  auto timeline = items_of(ok(instructor.get(case_path(id, "/timeline"))));
  int transitions = 0;
  for (const auto& t : timeline) transitions += text_at(t, "action") == "transition" ? 1 : 0;
  EXPECT_EQ(transitions, 7);
  EXPECT_EQ(text_at(timeline.front(), "action"), "created");

  // The client's access log names the case reads.
  auto manager = w.sign_in("manager");
  auto log = items_of(ok(manager.get("/api/v1/clients/" + std::to_string(client) + "/access-log")));
  bool case_read = false, referral_written = false, decision_signed = false;
  for (const auto& e : log) {
    case_read = case_read || text_at(e, "endpoint") == "GET /api/v1/cases/{id}";
    referral_written = referral_written || (text_at(e, "endpoint") == "PUT /api/v1/cases/{id}/referral" &&
                                            text_at(e, "action") == "update");
    decision_signed = decision_signed || text_at(e, "endpoint") == "POST /api/v1/decisions/{id}/sign";
  }
  EXPECT_TRUE(case_read);
  EXPECT_TRUE(referral_written);
  EXPECT_TRUE(decision_signed);
}

TEST_P(CasesApi, RefusedTransitionListsEveryUnmetGuardInTheUsersLanguage) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor", "sv");
  auto c = open_case(instructor, new_client(instructor));
  const long long id = int_at(c, "id");

  auto skipped = expect_problem(
      instructor.post(case_path(id, "/transitions"), json::object{{"to", "plan"}, {"version", int_at(c, "version")}}),
      422);
  EXPECT_TRUE(has_field_error(skipped, "stage", "transition_not_allowed")) << json::serialize(skipped);

  // Walk to start with records but no decision and no notices.
  c = ok(instructor.put(
      case_path(id, "/referral"),
      json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", int_at(c, "version")}}));
  c = move(instructor, c, "assessment");
  c = ok(instructor.put(case_path(id, "/assessment"), json::object{{"criteria", "Arvio"},
                                                                   {"outcome", "service_needed"},
                                                                   {"date", "2026-01-20"},
                                                                   {"version", int_at(c, "version")}}));
  c = move(instructor, c, "plan");
  auto plan = ktt_plan(int_at(c, "version"));
  plan["goal"] = "";
  c = ok(instructor.put(case_path(id, "/plan"), plan));
  auto refused = expect_problem(
      instructor.post(case_path(id, "/transitions"), json::object{{"to", "start"}, {"version", int_at(c, "version")}}),
      422);
  EXPECT_TRUE(has_field_error(refused, "stage", "plan_ktt_content_missing")) << json::serialize(refused);
  c = ok(instructor.put(case_path(id, "/plan"), ktt_plan(int_at(c, "version"))));
  c = move(instructor, c, "start");

  auto problem =
      expect_problem(instructor.post(case_path(id, "/transitions"),
                                     json::object{{"to", "implementation"}, {"version", int_at(c, "version")}}),
                     422);
  EXPECT_EQ(problem_code(problem), "transition_refused");
  // No shop steward notice: the case has no place of the purchaser's own production.
  for (const char* guard : {"decision_missing", "employment_authority_start_notice_missing", "agreement_missing"}) {
    EXPECT_TRUE(has_field_error(problem, "stage", guard)) << guard << " " << json::serialize(problem);
  }
  EXPECT_EQ(problem.at("errors").as_array().size(), 3U);
  EXPECT_EQ(text_at(field_error(problem, "stage"), "message"), "Ett giltigt undertecknat beslut saknas.");
  // The case itself shows the same missing items.
  auto shown = ok(instructor.get(case_path(id)));
  EXPECT_EQ(missing_codes(shown).size(), 3U);
  EXPECT_EQ(shown.at("missingNotices").as_array().size(), 1U);
}

TEST_P(CasesApi, RolesOutsideThePurchasersWorkersAreRefused) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto c = open_case(instructor, new_client(instructor));
  const long long id = int_at(c, "id");

  for (const char* user : {"coach", "supervisor", "admin"}) {
    auto other = w.sign_in(user);
    // A coach lists only the cases their provider takes part in (service_orders_api_test).
    if (std::string(user) != "coach") expect_problem(other.get("/api/v1/cases"), 403);
    expect_problem(other.get(case_path(id)), 404);
    expect_problem(other.post("/api/v1/cases", json::object{{"clientId", client_id_of(c)}, {"serviceType", "ktt"}}),
                   403);
  }
  auto manager = w.sign_in("manager");
  EXPECT_EQ(manager.get(case_path(id)).status, 200);
  expect_problem(manager.put(case_path(id, "/referral"),
                             json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", 1}}),
                 403);
  expect_problem(manager.post(case_path(id, "/decisions"), decision_body()), 403);
  // A social instructor decides only where the region allows it.
  expect_problem(instructor.post(case_path(id, "/decisions"), decision_body()), 403);
}

TEST_P(CasesApi, StaleVersionIsAConflictAndSecondOpenCaseIsRefused) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const long long client = new_client(instructor);
  auto c = open_case(instructor, client);
  const long long id = int_at(c, "id");
  auto body = json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", 1}};
  ok(instructor.put(case_path(id, "/referral"), body));
  EXPECT_EQ(problem_code(expect_problem(instructor.put(case_path(id, "/referral"), body), 409)), "stale_version");
  auto again =
      expect_problem(instructor.post("/api/v1/cases", json::object{{"clientId", client}, {"serviceType", "ktt"}}), 409);
  EXPECT_EQ(problem_code(again), "case_already_open");
  auto invalid =
      expect_problem(instructor.put(case_path(id, "/referral"), json::object{{"source", "x"}, {"version", 2}}), 422);
  EXPECT_TRUE(has_field_error(invalid, "source", "invalid_choice"));
  EXPECT_TRUE(has_field_error(invalid, "date", "required"));
}

TEST_P(CasesApi, InterruptAndResumeRecordTheReasonOnTheTimeline) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto c = open_case(instructor, new_client(instructor));
  const long long id = int_at(c, "id");
  c = ok(instructor.put(
      case_path(id, "/referral"),
      json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", int_at(c, "version")}}));
  expect_problem(instructor.post(case_path(id, "/interrupt"), json::object{{"version", int_at(c, "version")}}), 422);
  c = ok(instructor.post(case_path(id, "/interrupt"),
                         json::object{{"reason", "Sairaalahoidossa"}, {"version", int_at(c, "version")}}));
  EXPECT_EQ(text_at(c, "status"), "interrupted");
  EXPECT_EQ(text_at(c, "interruptionReason"), "Sairaalahoidossa");
  EXPECT_EQ(c.at("missingNotices").as_array().size(), 0U);  // before the start nothing was told yet
  auto refused = expect_problem(instructor.post(case_path(id, "/transitions"),
                                                json::object{{"to", "assessment"}, {"version", int_at(c, "version")}}),
                                422);
  EXPECT_TRUE(has_field_error(refused, "stage", "case_interrupted"));
  c = ok(instructor.post(case_path(id, "/resume"), json::object{{"version", int_at(c, "version")}}));
  EXPECT_EQ(text_at(c, "status"), "active");
  EXPECT_EQ(text_at(c, "interruptionReason"), "");
  expect_problem(instructor.post(case_path(id, "/resume"), json::object{{"version", int_at(c, "version")}}), 422);
  std::vector<std::string> actions;
  for (const auto& t : items_of(ok(instructor.get(case_path(id, "/timeline")))))
    actions.push_back(text_at(t, "action"));
  EXPECT_EQ(actions, (std::vector<std::string>{"created", "referral", "interrupted", "resumed"}));
}

TEST_P(CasesApi, ManagerEditsTheProcessModelAndInstructorsMayThenDecide) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto manager = w.sign_in("manager");
  auto admin = w.sign_in("admin");
  auto org = ok(admin.get("/api/v1/organisations/" + std::to_string(w.county)));
  const long long region = int_at(org.at("regions").as_array().at(0), "id");
  const std::string path = "/api/v1/regions/" + std::to_string(region) + "/process-model";

  auto all = items_of(ok(manager.get("/api/v1/process-models")));
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(text_at(all[0], "regionName"), "Itäinen alue");
  expect_problem(w.sign_in("coach").get("/api/v1/process-models"), 403);
  auto model = ok(manager.get(path));
  EXPECT_EQ(int_at(model, "version"), 0);
  EXPECT_FALSE(model.at("instructorsMayDecide").as_bool());
  auto steps = model.at("steps").as_array();
  steps.at(4).as_object()["responsibleRole"] = "social_instructor";
  expect_problem(instructor.put(path, json::object{{"steps", steps}, {"version", 0}, {"instructorsMayDecide", true}}),
                 403);
  model = ok(manager.put(path, json::object{{"steps", steps}, {"version", 0}, {"instructorsMayDecide", true}}));
  EXPECT_EQ(int_at(model, "version"), 1);
  EXPECT_TRUE(model.at("instructorsMayDecide").as_bool());

  auto res = instructor.post(
      "/api/v1/cases",
      json::object{{"clientId", new_client(instructor)}, {"serviceType", "work_activity"}, {"regionId", region}});
  auto c = ok(res, 201);
  EXPECT_EQ(int_at(c, "regionId"), region);
  const std::string today = today_helsinki();
  auto work_decision = decision_body();
  work_decision["endDate"] = add_days(add_months(today, 3), -1);
  auto d = ok(instructor.post(case_path(int_at(c, "id"), "/decisions"), work_decision), 201);
  EXPECT_EQ(text_at(d, "decisionMakerName"), w.name("instructor"));
  auto too_long = decision_body();
  too_long["endDate"] = add_months(today, 3);
  auto refused = expect_problem(instructor.post(case_path(int_at(c, "id"), "/decisions"), too_long), 422);
  EXPECT_TRUE(has_field_error(refused, "endDate", "decision_too_long"));
}

TEST_P(CasesApi, ServiceTypesAndMyWork) {
  TestServer server(GetParam());
  auto w = World::build(server);
  // Five cases at chosen stages, as in a working county: the instructor's own clients have a decision
  // ending within a month (in implementation, with the association's accepted order) and an ended case
  // without a follow-up path, and a case at the start; the worker's a referral that has waited and one
  // at the assessment.
  const auto reg = w.registry();
  const json::object instructors{{"ownWorkerId", w.user_id("instructor")}},
      workers{{"ownWorkerId", w.user_id("worker")}};
  const long long working = w.client("Työssä", "Oleva", instructors);
  const auto working_case = w.case_at(working, "implementation", {"ktt", reg.yard, add_days(today_helsinki(), 20)});
  w.case_at(w.client("Päättynyt", "Jakso", instructors), "end", {"ktt", reg.yard, ""});
  w.case_at(w.client("Aloitus", "Edessä", instructors), "start");
  const auto waiting = w.case_at(w.client("Odottava", "Lähete", workers), "referral");
  w.case_at(w.client("Arvio", "Kesken", workers), "assessment");
  // Time passes: the referral has waited 45 days (no API moves a case's stage date).
  server.database().reopen(1);
  server.database().db().write([&](soci::session& sql) {
    const std::string long_ago = add_days(today_helsinki(), -45) + "T08:00:00.000Z";
    const long long id = int_at(waiting, "id");
    sql << "UPDATE cases SET stage_since = :s WHERE id = :i", soci::use(long_ago), soci::use(id);
  });
  server.database().close();
  auto instructor = w.sign_in("instructor");
  auto order = instructor.post("/api/v1/service-orders", json::object{{"clientId", working},
                                                                      {"productId", reg.products.at(1)},
                                                                      {"placeId", reg.yard},
                                                                      {"caseId", int_at(working_case, "id")},
                                                                      {"startDate", today_helsinki()},
                                                                      {"periodMonths", 6},
                                                                      {"daysPerWeek", 3},
                                                                      {"hoursPerDay", 4}});
  ASSERT_EQ(order.status, 201) << order.body;
  ASSERT_EQ(w.sign_in("provider_manager")
                .put("/api/v1/service-orders/" + std::to_string(int_at(order.json(), "id")) + "/response",
                     json::object{{"status", "accepted"}, {"coachUserId", w.user_id("coach")}})
                .status,
            200);

  auto types = items_of(ok(instructor.get("/api/v1/service-types")));
  ASSERT_EQ(types.size(), 6U);
  EXPECT_EQ(text_at(types[0], "code"), "ktt");
  EXPECT_EQ(int_at(types[0].at("limitsInForce"), "daysPerWeekMax"), 4);
  EXPECT_TRUE(types[0].at("limitsInForce").at("monthsPerDecisionMax").is_null());
  EXPECT_EQ(int_at(types[1].at("limitsInForce"), "monthsPerDecisionMax"), 3);

  auto work = ok(instructor.get("/api/v1/my-work"));
  EXPECT_EQ(work.at("stages").as_array().size(), 8U);
  auto due_kinds = [](const json::value& mine) {
    std::set<std::string> out;
    for (const auto& d : mine.at("due").as_array()) out.insert(text_at(d, "kind"));
    return out;
  };
  // The instructor's own clients have a decision ending and an ended case without a path.
  EXPECT_EQ(due_kinds(work), (std::set<std::string>{"decision_ending", "follow_up_missing"}));
  auto worker = w.sign_in("worker");
  EXPECT_EQ(due_kinds(ok(worker.get("/api/v1/my-work"))), std::set<std::string>{"stage_waiting"});
  auto manager = w.sign_in("manager");
  EXPECT_EQ(due_kinds(ok(manager.get("/api/v1/my-work"))).size(), 3U);
  std::size_t in_stages = 0;
  const auto managers_work = ok(manager.get("/api/v1/my-work"));
  for (const auto& g : managers_work.at("stages").as_array()) {
    in_stages += g.at("cases").as_array().size();
  }
  EXPECT_EQ(in_stages, 5U);
  // The association's manager sees the case her provider takes part in, but not the purchaser's deadlines.
  const auto providers_work = ok(w.sign_in("provider_manager").get("/api/v1/my-work"));
  std::size_t provider_cases = 0;
  for (const auto& g : providers_work.at("stages").as_array()) provider_cases += g.at("cases").as_array().size();
  EXPECT_EQ(provider_cases, 1U);
  EXPECT_TRUE(providers_work.at("due").as_array().empty());
  auto filtered = ok(instructor.get("/api/v1/cases?stage=referral"));
  for (const auto& s : items_of(filtered)) EXPECT_EQ(text_at(s, "stage"), "referral");
  expect_problem(instructor.get("/api/v1/cases?stage=nowhere"), 422);
}

POLKU_API_TEST_BACKENDS(CasesApi);

}  // namespace
}  // namespace polku::api_test
