// Cases over real HTTP on both databases: from referral to the follow-up path,
// refused transitions naming every unmet guard, who may do what, decisions.
#include <set>

#include "api/api_test_helpers.hpp"
#include "app/demo_data.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class CasesApi : public BackendTest {};

std::string case_path(long long id, const std::string& tail = "") {
  return "/api/v1/cases/" + std::to_string(id) + tail;
}

// A fresh client of the demo county, so that no demo case is in the way.
long long new_client(HttpClient& worker, int individual = 321) {
  auto res = worker.post("/api/v1/clients",
                         json::object{{"firstNames", "Kalle"},
                                      {"lastName", "Koekäyttäjä"},
                                      {"personalIdentityCode", app::demo_identity_code(24, 12, 1975, individual)}});
  EXPECT_EQ(res.status, 201) << res.body;
  return int_at(res.json(), "id");
}

json::value open_case(HttpClient& worker, long long client_id, const std::string& type = "ktt") {
  auto res = worker.post("/api/v1/cases", json::object{{"clientId", client_id}, {"serviceType", type}});
  EXPECT_EQ(res.status, 201) << res.body;
  return res.json();
}

// PUT or POST that must succeed; returns the answer's JSON.
json::value ok(const HttpResponse& res, int status = 200,
               std::source_location where = std::source_location::current()) {
  const ::testing::ScopedTrace trace(where.file_name(), static_cast<int>(where.line()), "ok");
  EXPECT_EQ(res.status, status) << res.body;
  return parse_or_null(res.body);
}

json::value move(HttpClient& worker, const json::value& c, const std::string& to,
                 std::source_location where = std::source_location::current()) {
  return ok(worker.post(case_path(int_at(c, "id"), "/transitions"),
                        json::object{{"to", to}, {"version", int_at(c, "version")}}),
            200, where);
}

long long client_id_of(const json::value& c) { return int_at(c, "clientId"); }

// The client agreement (issue 5) that a case needs before implementation: made at a
// place of the 4H association and acknowledged by the client, the purchaser and the host.
void sign_client_agreement(TestServer& server, HttpClient& worker, long long client_id) {
  long long place = 0;
  for (const auto& p : items_of(worker.get("/api/v1/places").json())) {
    if (int_at(p, "hostOrganisationId") == 2) place = int_at(p, "id");
  }
  ASSERT_NE(place, 0);
  const std::string today = today_helsinki();
  auto created = worker.post("/api/v1/client-agreements", json::object{{"clientId", client_id},
                                                                        {"placeId", place},
                                                                        {"startDate", today},
                                                                        {"endDate", add_months(today, 6)},
                                                                        {"daysPerWeek", 3},
                                                                        {"hoursPerDay", 4},
                                                                        {"tasks", "Pihatyöt"},
                                                                        {"responsiblePersons", "Sanna"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto path = "/api/v1/client-agreements/" + std::to_string(int_at(created.json(), "id"));
  ASSERT_EQ(worker.post(path + "/acknowledgements", json::object{{"party", "client"}, {"name", "Kalle"}}).status, 201);
  ASSERT_EQ(worker.post(path + "/acknowledgements", json::object{{"party", "purchaser"}}).status, 201);
  auto hanna = signed_in(server, "hanna");
  ASSERT_EQ(hanna.post(path + "/acknowledgements", json::object{{"party", "host"}}).status, 201);
}

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

// Valid from today for six months, so that it is in force when the case starts.
json::object decision_body() {
  const std::string today = today_helsinki();
  return {{"startDate", today},
          {"endDate", add_days(add_months(today, 6), -1)},
          {"daysPerWeekMax", 4},
          {"hoursPerDayMax", 6},
          {"decisionDate", today}};
}

TEST_P(CasesApi, KttCaseGoesFromReferralToFollowUpPath) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto leena = signed_in(server, "leena", "sv");
  const long long client = new_client(sanna);

  auto c = open_case(sanna, client);
  EXPECT_EQ(text_at(c, "stage"), "referral");
  EXPECT_EQ(text_at(c, "clientName"), "Kalle Koekäyttäjä");
  EXPECT_EQ(text_at(c, "responsibleRole"), "social_instructor");
  EXPECT_EQ(missing_codes(c), std::vector<std::string>{"referral_missing"});
  const long long id = int_at(c, "id");

  c = ok(sanna.put(case_path(id, "/referral"), json::object{{"source", "employment_services"},
                                                            {"referrerName", "Työllisyyspalvelut"},
                                                            {"orderText", "Kuntouttava työtoiminta 6 kk"},
                                                            {"date", "2026-01-05"},
                                                            {"version", int_at(c, "version")}}));
  EXPECT_TRUE(missing_codes(c).empty());
  c = move(sanna, c, "assessment");
  EXPECT_EQ(text_at(c, "responsibleRole"), "social_worker");
  c = ok(leena.put(case_path(id, "/assessment"), json::object{{"criteria", "Pitkäaikaistyöttömyys"},
                                                              {"outcome", "service_needed"},
                                                              {"date", "2026-01-20"},
                                                              {"version", int_at(c, "version")}}));
  EXPECT_EQ(text_at(c.at("assessment"), "authorName"), "Leena Sosiaalityöntekijä");
  c = move(leena, c, "plan");
  c = ok(leena.put(case_path(id, "/plan"), ktt_plan(int_at(c, "version"))));
  c = move(leena, c, "start");

  auto decision = ok(leena.post(case_path(id, "/decisions"), decision_body()), 201);
  EXPECT_EQ(text_at(decision, "status"), "draft");
  EXPECT_NE(text_at(decision, "appealInstructions").find("Oikaisuvaatimus"), std::string::npos);
  EXPECT_NE(text_at(decision, "legalBasis").find("189/2001"), std::string::npos);
  ok(leena.post("/api/v1/decisions/" + std::to_string(int_at(decision, "id")) + "/sign",
                json::object{{"version", int_at(decision, "version")}}));
  ok(sanna.post(case_path(id, "/notices"), json::object{{"kind", "shop_steward"},
                                                        {"sentOn", "2026-02-25"},
                                                        {"recipient", "Pääluottamusmies"},
                                                        {"startDate", "2026-03-01"},
                                                        {"lengthMonths", 6},
                                                        {"place", "Kierrätyskeskus"},
                                                        {"hoursPerDay", 4}}),
     201);
  ok(sanna.post(case_path(id, "/notices"), json::object{{"kind", "employment_authority_start"},
                                                        {"sentOn", "2026-02-25"},
                                                        {"recipient", "Työllisyyspalvelut"},
                                                        {"startDate", "2026-03-01"},
                                                        {"lengthMonths", 6},
                                                        {"place", "Kierrätyskeskus"},
                                                        {"hoursPerDay", 4},
                                                        {"daysPerWeek", 3}}),
     201);
  c = ok(sanna.get(case_path(id)));
  EXPECT_EQ(missing_codes(c), std::vector<std::string>{"agreement_missing"}) << json::serialize(c);
  sign_client_agreement(server, sanna, client_id_of(c));
  c = ok(sanna.get(case_path(id)));
  EXPECT_TRUE(missing_codes(c).empty()) << json::serialize(c);
  EXPECT_TRUE(c.at("missingNotices").as_array().empty());
  c = move(sanna, c, "implementation");
  EXPECT_EQ(text_at(c, "responsibleRole"), "coach");

  c = ok(
      sanna.put(case_path(id, "/end"),
                json::object{{"reason", "period_ended"}, {"date", "2026-08-31"}, {"version", int_at(c, "version")}}));
  c = move(sanna, c, "end");
  c = move(sanna, c, "follow_up");
  EXPECT_EQ(missing_codes(c), std::vector<std::string>{"follow_up_missing"});
  c = ok(sanna.put(
      case_path(id, "/follow-up"),
      json::object{{"category", "education"}, {"description", "Ammattiopisto"}, {"version", int_at(c, "version")}}));
  c = move(sanna, c, "closed");
  EXPECT_EQ(text_at(c, "stage"), "closed");
  EXPECT_TRUE(c.at("nextStage").is_null());
  EXPECT_TRUE(c.at("responsibleRole").is_null());
  auto closed = expect_problem(
      sanna.put(case_path(id, "/follow-up"), json::object{{"category", "pension"}, {"version", int_at(c, "version")}}),
      422);
  EXPECT_EQ(problem_code(closed), "case_closed");
  EXPECT_TRUE(has_field_error(closed, "stage", "case_closed"));

  auto timeline = items_of(ok(sanna.get(case_path(id, "/timeline"))));
  int transitions = 0;
  for (const auto& t : timeline) transitions += text_at(t, "action") == "transition" ? 1 : 0;
  EXPECT_EQ(transitions, 7);
  EXPECT_EQ(text_at(timeline.front(), "action"), "created");

  // The client's access log names the case reads.
  auto mikko = signed_in(server, "mikko");
  auto log = items_of(ok(mikko.get("/api/v1/clients/" + std::to_string(client) + "/access-log")));
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
  auto sanna = signed_in(server, "sanna", "sv");
  auto c = open_case(sanna, new_client(sanna));
  const long long id = int_at(c, "id");

  auto skipped = expect_problem(
      sanna.post(case_path(id, "/transitions"), json::object{{"to", "plan"}, {"version", int_at(c, "version")}}), 422);
  EXPECT_TRUE(has_field_error(skipped, "stage", "transition_not_allowed")) << json::serialize(skipped);

  // Walk to start with records but no decision and no notices.
  c = ok(sanna.put(case_path(id, "/referral"),
                   json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", int_at(c, "version")}}));
  c = move(sanna, c, "assessment");
  c = ok(sanna.put(case_path(id, "/assessment"), json::object{{"criteria", "Arvio"},
                                                              {"outcome", "service_needed"},
                                                              {"date", "2026-01-20"},
                                                              {"version", int_at(c, "version")}}));
  c = move(sanna, c, "plan");
  auto plan = ktt_plan(int_at(c, "version"));
  plan["goal"] = "";
  c = ok(sanna.put(case_path(id, "/plan"), plan));
  auto refused = expect_problem(
      sanna.post(case_path(id, "/transitions"), json::object{{"to", "start"}, {"version", int_at(c, "version")}}), 422);
  EXPECT_TRUE(has_field_error(refused, "stage", "plan_ktt_content_missing")) << json::serialize(refused);
  c = ok(sanna.put(case_path(id, "/plan"), ktt_plan(int_at(c, "version"))));
  c = move(sanna, c, "start");

  auto problem = expect_problem(sanna.post(case_path(id, "/transitions"),
                                           json::object{{"to", "implementation"}, {"version", int_at(c, "version")}}),
                                422);
  EXPECT_EQ(problem_code(problem), "transition_refused");
  for (const char* guard : {"decision_missing", "shop_steward_notice_missing",
                            "employment_authority_start_notice_missing", "agreement_missing"}) {
    EXPECT_TRUE(has_field_error(problem, "stage", guard)) << guard << " " << json::serialize(problem);
  }
  EXPECT_EQ(problem.at("errors").as_array().size(), 4U);
  EXPECT_EQ(text_at(field_error(problem, "stage"), "message"), "Ett giltigt undertecknat beslut saknas.");
  // The case itself shows the same missing items.
  auto shown = ok(sanna.get(case_path(id)));
  EXPECT_EQ(missing_codes(shown).size(), 4U);
  EXPECT_EQ(shown.at("missingNotices").as_array().size(), 2U);
}

TEST_P(CasesApi, RolesOutsideThePurchasersWorkersAreRefused) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto c = open_case(sanna, new_client(sanna));
  const long long id = int_at(c, "id");

  for (const char* user : {"tuomas", "aino", "admin"}) {
    auto other = signed_in(server, user);
    // A coach lists only the cases their provider takes part in (service_orders_api_test).
    if (std::string(user) != "tuomas") expect_problem(other.get("/api/v1/cases"), 403);
    expect_problem(other.get(case_path(id)), 404);
    expect_problem(other.post("/api/v1/cases", json::object{{"clientId", 1}, {"serviceType", "ktt"}}), 403);
  }
  auto mikko = signed_in(server, "mikko");
  EXPECT_EQ(mikko.get(case_path(id)).status, 200);
  expect_problem(mikko.put(case_path(id, "/referral"),
                           json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", 1}}),
                 403);
  expect_problem(mikko.post(case_path(id, "/decisions"), decision_body()), 403);
  // A social instructor decides only where the region allows it.
  expect_problem(sanna.post(case_path(id, "/decisions"), decision_body()), 403);
}

TEST_P(CasesApi, SignedDecisionRefusesEditsAndAReplacementSupersedesIt) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto leena = signed_in(server, "leena");
  auto c = open_case(sanna, new_client(sanna));
  const long long id = int_at(c, "id");

  auto too_many_days = decision_body();
  too_many_days["daysPerWeekMax"] = 5;
  auto limits = expect_problem(leena.post(case_path(id, "/decisions"), too_many_days), 422);
  EXPECT_TRUE(has_field_error(limits, "daysPerWeekMax", "outside_service_type_limits")) << json::serialize(limits);

  auto d = ok(leena.post(case_path(id, "/decisions"), decision_body()), 201);
  const std::string path = "/api/v1/decisions/" + std::to_string(int_at(d, "id"));
  auto edit = decision_body();
  edit["hoursPerDayMax"] = 8;
  edit["version"] = int_at(d, "version");
  d = ok(leena.put(path, edit));
  EXPECT_EQ(int_at(d, "hoursPerDayMax"), 8);
  d = ok(leena.post(path + "/sign", json::object{{"version", int_at(d, "version")}}));
  EXPECT_EQ(text_at(d, "status"), "signed");

  edit["version"] = int_at(d, "version");
  auto refused = expect_problem(leena.put(path, edit), 422);
  EXPECT_EQ(problem_code(refused), "decision_signed");
  EXPECT_TRUE(has_field_error(refused, "status", "decision_signed"));

  auto replacement = decision_body();
  replacement["replacesDecisionId"] = int_at(d, "id");
  auto r = ok(leena.post(case_path(id, "/decisions"), replacement), 201);
  ok(leena.post("/api/v1/decisions/" + std::to_string(int_at(r, "id")) + "/sign",
                json::object{{"version", int_at(r, "version")}}));
  EXPECT_EQ(text_at(ok(leena.get(path)), "status"), "replaced");
  EXPECT_EQ(items_of(ok(leena.get(case_path(id, "/decisions")))).size(), 2U);
}

TEST_P(CasesApi, StaleVersionIsAConflictAndSecondOpenCaseIsRefused) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const long long client = new_client(sanna);
  auto c = open_case(sanna, client);
  const long long id = int_at(c, "id");
  auto body = json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", 1}};
  ok(sanna.put(case_path(id, "/referral"), body));
  EXPECT_EQ(problem_code(expect_problem(sanna.put(case_path(id, "/referral"), body), 409)), "stale_version");
  auto again =
      expect_problem(sanna.post("/api/v1/cases", json::object{{"clientId", client}, {"serviceType", "ktt"}}), 409);
  EXPECT_EQ(problem_code(again), "case_already_open");
  auto invalid =
      expect_problem(sanna.put(case_path(id, "/referral"), json::object{{"source", "x"}, {"version", 2}}), 422);
  EXPECT_TRUE(has_field_error(invalid, "source", "invalid_choice"));
  EXPECT_TRUE(has_field_error(invalid, "date", "required"));
}

TEST_P(CasesApi, InterruptAndResumeRecordTheReasonOnTheTimeline) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto c = open_case(sanna, new_client(sanna));
  const long long id = int_at(c, "id");
  c = ok(sanna.put(case_path(id, "/referral"),
                   json::object{{"source", "client_self"}, {"date", "2026-01-05"}, {"version", int_at(c, "version")}}));
  expect_problem(sanna.post(case_path(id, "/interrupt"), json::object{{"version", int_at(c, "version")}}), 422);
  c = ok(sanna.post(case_path(id, "/interrupt"),
                    json::object{{"reason", "Sairaalahoidossa"}, {"version", int_at(c, "version")}}));
  EXPECT_EQ(text_at(c, "status"), "interrupted");
  EXPECT_EQ(text_at(c, "interruptionReason"), "Sairaalahoidossa");
  EXPECT_EQ(c.at("missingNotices").as_array().size(), 0U);  // before the start nothing was told yet
  auto refused = expect_problem(
      sanna.post(case_path(id, "/transitions"), json::object{{"to", "assessment"}, {"version", int_at(c, "version")}}),
      422);
  EXPECT_TRUE(has_field_error(refused, "stage", "case_interrupted"));
  c = ok(sanna.post(case_path(id, "/resume"), json::object{{"version", int_at(c, "version")}}));
  EXPECT_EQ(text_at(c, "status"), "active");
  EXPECT_EQ(text_at(c, "interruptionReason"), "");
  expect_problem(sanna.post(case_path(id, "/resume"), json::object{{"version", int_at(c, "version")}}), 422);
  std::vector<std::string> actions;
  for (const auto& t : items_of(ok(sanna.get(case_path(id, "/timeline"))))) actions.push_back(text_at(t, "action"));
  EXPECT_EQ(actions, (std::vector<std::string>{"created", "referral", "interrupted", "resumed"}));
}

TEST_P(CasesApi, ManagerEditsTheProcessModelAndInstructorsMayThenDecide) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto mikko = signed_in(server, "mikko");
  auto admin = signed_in(server, "admin");
  auto org = ok(admin.get("/api/v1/organisations/1"));
  const long long region = int_at(org.at("regions").as_array().at(0), "id");
  const std::string path = "/api/v1/regions/" + std::to_string(region) + "/process-model";

  auto all = items_of(ok(mikko.get("/api/v1/process-models")));
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(text_at(all[0], "regionName"), "Eteläinen alue");
  expect_problem(signed_in(server, "tuomas").get("/api/v1/process-models"), 403);
  auto model = ok(mikko.get(path));
  EXPECT_EQ(int_at(model, "version"), 0);
  EXPECT_FALSE(model.at("instructorsMayDecide").as_bool());
  auto steps = model.at("steps").as_array();
  steps.at(4).as_object()["responsibleRole"] = "social_instructor";
  expect_problem(sanna.put(path, json::object{{"steps", steps}, {"version", 0}, {"instructorsMayDecide", true}}), 403);
  model = ok(mikko.put(path, json::object{{"steps", steps}, {"version", 0}, {"instructorsMayDecide", true}}));
  EXPECT_EQ(int_at(model, "version"), 1);
  EXPECT_TRUE(model.at("instructorsMayDecide").as_bool());

  auto res =
      sanna.post("/api/v1/cases",
                 json::object{{"clientId", new_client(sanna)}, {"serviceType", "work_activity"}, {"regionId", region}});
  auto c = ok(res, 201);
  EXPECT_EQ(int_at(c, "regionId"), region);
  const std::string today = today_helsinki();
  auto work_decision = decision_body();
  work_decision["endDate"] = add_days(add_months(today, 3), -1);
  auto d = ok(sanna.post(case_path(int_at(c, "id"), "/decisions"), work_decision), 201);
  EXPECT_EQ(text_at(d, "decisionMakerName"), "Sanna Sosiaaliohjaaja");
  auto too_long = decision_body();
  too_long["endDate"] = add_months(today, 3);
  auto refused = expect_problem(sanna.post(case_path(int_at(c, "id"), "/decisions"), too_long), 422);
  EXPECT_TRUE(has_field_error(refused, "endDate", "decision_too_long"));
}

TEST_P(CasesApi, ServiceTypesAndMyWork) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto types = items_of(ok(sanna.get("/api/v1/service-types")));
  ASSERT_EQ(types.size(), 6U);
  EXPECT_EQ(text_at(types[0], "code"), "ktt");
  EXPECT_EQ(int_at(types[0].at("limitsInForce"), "daysPerWeekMax"), 4);
  EXPECT_TRUE(types[0].at("limitsInForce").at("monthsPerDecisionMax").is_null());
  EXPECT_EQ(int_at(types[1].at("limitsInForce"), "monthsPerDecisionMax"), 3);

  auto work = ok(sanna.get("/api/v1/my-work"));
  EXPECT_EQ(work.at("stages").as_array().size(), 8U);
  auto due_kinds = [](const json::value& w) {
    std::set<std::string> out;
    for (const auto& d : w.at("due").as_array()) out.insert(text_at(d, "kind"));
    return out;
  };
  // The demo cases: sanna's own clients have a decision ending and an ended case without a path.
  EXPECT_EQ(due_kinds(work), (std::set<std::string>{"decision_ending", "follow_up_missing"}));
  auto leena = signed_in(server, "leena");
  EXPECT_EQ(due_kinds(ok(leena.get("/api/v1/my-work"))), std::set<std::string>{"stage_waiting"});
  auto mikko = signed_in(server, "mikko");
  EXPECT_EQ(due_kinds(ok(mikko.get("/api/v1/my-work"))).size(), 3U);
  std::size_t in_stages = 0;
  const auto managers_work = ok(mikko.get("/api/v1/my-work"));
  for (const auto& g : managers_work.at("stages").as_array()) {
    in_stages += g.at("cases").as_array().size();
  }
  EXPECT_EQ(in_stages, 5U);
  // The 4H association's manager sees the case her provider takes part in, but not the purchaser's deadlines.
  const auto providers_work = ok(signed_in(server, "hanna").get("/api/v1/my-work"));
  std::size_t provider_cases = 0;
  for (const auto& g : providers_work.at("stages").as_array()) provider_cases += g.at("cases").as_array().size();
  EXPECT_EQ(provider_cases, 1U);
  EXPECT_TRUE(providers_work.at("due").as_array().empty());
  auto filtered = ok(sanna.get("/api/v1/cases?stage=referral"));
  for (const auto& s : items_of(filtered)) EXPECT_EQ(text_at(s, "stage"), "referral");
  expect_problem(sanna.get("/api/v1/cases?stage=nowhere"), 422);
}

POLKU_API_TEST_BACKENDS(CasesApi);

}  // namespace
}  // namespace polku::api_test
