// Service orders over real HTTP: the purchaser orders for a client's case, the
// provider's manager accepts naming a coach (who then reads the provider's view
// of the case) or declines with a reason; every answer naming a client is logged.
#include "api/api_test_helpers.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/clock.hpp"

namespace polku::api_test {
namespace {

class ServiceOrdersApi : public BackendTest {};

long long client_of(HttpClient& worker, long long case_id) {
  return int_at(json_ok(worker.get("/api/v1/cases/" + std::to_string(case_id))), "clientId");
}

long long user_named(HttpClient& admin, const std::string& username) {
  for (const auto& u : items_ok(admin.get("/api/v1/users"))) {
    if (text_at(u, "username") == username) return int_at(u, "id");
  }
  ADD_FAILURE() << "no user " << username;
  return 0;
}

bool lists(const HttpResponse& res, long long id) {
  for (const auto& item : items_ok(res)) {
    if (int_at(item, "id") == id) return true;
  }
  return false;
}

TEST_P(ServiceOrdersApi, AnOrderForACaseAcceptedNamingTheCoachLetsThemReadTheProvidersViewOfTheCase) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto admin = w.sign_in("admin");
  const auto reg = w.registry();
  const long long case_id = int_at(w.case_at(w.client("Aleksi", "Mallinen"), "referral"), "id");
  const long long client = client_of(instructor, case_id);
  const std::string case_path = "/api/v1/cases/" + std::to_string(case_id);
  json::object order{{"clientId", client},        {"productId", reg.products.at(1)},
                     {"startDate", "2026-03-02"}, {"periodMonths", 6},
                     {"daysPerWeek", 5},          {"hoursPerDay", 6}};
  auto refused = expect_problem(instructor.post("/api/v1/service-orders", order), 422);
  EXPECT_TRUE(has_field_error(refused, "caseId", "required")) << json::serialize(refused);
  EXPECT_TRUE(has_field_error(refused, "daysPerWeek", "outside_product_limits")) << json::serialize(refused);
  EXPECT_TRUE(has_field_error(refused, "placeId", "required")) << json::serialize(refused);
  order["daysPerWeek"] = 3;
  order["placeId"] = reg.yard;
  order["caseId"] = int_at(w.case_at(w.client("Liisa", "Kokeilu"), "referral"), "id");
  auto others = expect_problem(instructor.post("/api/v1/service-orders", order), 422);
  EXPECT_TRUE(has_field_error(others, "caseId", "case_of_another_client")) << json::serialize(others);
  order["caseId"] = case_id;
  auto sent = instructor.post("/api/v1/service-orders", order);
  ASSERT_EQ(sent.status, 201) << sent.body;
  const long long order_id = int_at(sent.json(), "id");
  const auto path = "/api/v1/service-orders/" + std::to_string(order_id);

  // Lists: the purchaser by case or client, the provider's staff by status.
  EXPECT_TRUE(lists(instructor.get("/api/v1/service-orders?caseId=" + std::to_string(case_id)), order_id));
  EXPECT_TRUE(lists(instructor.get("/api/v1/service-orders?clientId=" + std::to_string(client)), order_id));
  EXPECT_FALSE(lists(instructor.get("/api/v1/service-orders?clientId=" + std::to_string(client + 1)), order_id));
  auto provider = w.sign_in("provider_manager");
  EXPECT_TRUE(lists(provider.get("/api/v1/service-orders?status=sent"), order_id));
  EXPECT_FALSE(lists(provider.get("/api/v1/service-orders?status=accepted"), order_id));
  expect_problem(provider.get("/api/v1/service-orders?status=maybe"), 422);
  expect_problem(instructor.get("/api/v1/service-orders?caseId=1x"), 422);
  expect_problem(w.sign_in("supervisor").get("/api/v1/service-orders"), 403);

  // The coach reads nothing of the case, nor the order naming the client, before the order names them.
  auto coach = w.sign_in("coach");
  expect_problem(coach.get(case_path), 404);
  EXPECT_FALSE(lists(coach.get("/api/v1/service-orders"), order_id));
  expect_problem(coach.get(path), 404);

  const long long coach_id = user_named(admin, "coach");
  bool coach_listed = false;
  for (const auto& c : items_ok(provider.get("/api/v1/coaches"))) coach_listed |= int_at(c, "id") == coach_id;
  EXPECT_TRUE(coach_listed);
  expect_problem(instructor.put(path + "/response", json::object{{"status", "accepted"}, {"coachUserId", coach_id}}),
                 403);
  auto no_coach = expect_problem(provider.put(path + "/response", json::object{{"status", "accepted"}}), 422);
  EXPECT_TRUE(has_field_error(no_coach, "coachUserId", "required"));
  auto not_coach = expect_problem(
      provider.put(path + "/response",
                   json::object{{"status", "accepted"}, {"coachUserId", user_named(admin, "instructor")}}),
      422);
  EXPECT_TRUE(has_field_error(not_coach, "coachUserId", "not_a_provider_coach"));
  auto accepted = provider.put(path + "/response", json::object{{"status", "accepted"}, {"coachUserId", coach_id}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(text_at(accepted.json(), "coachName"), w.name("coach"));
  expect_problem(provider.put(path + "/response", json::object{{"status", "declined"}, {"responseNote", "x"}}), 409);

  // The coach reads the provider's view: no assessment, no referral, no decisions or notices.
  auto read = coach.get(case_path);
  ASSERT_EQ(read.status, 200) << read.body;
  const auto c = read.json();
  EXPECT_EQ(text_at(c, "access"), "provider");
  EXPECT_EQ(text_at(c, "clientName"), "Aleksi Mallinen");
  EXPECT_TRUE(c.at("assessment").is_null());
  EXPECT_TRUE(c.at("referral").is_null());
  EXPECT_TRUE(c.at("decisions").as_array().empty());
  EXPECT_TRUE(c.at("notices").as_array().empty());
  EXPECT_EQ(read.body.find("Asiakas hakeutui itse"), std::string::npos);  // the referral's order text
  ASSERT_EQ(c.at("participants").as_array().size(), 1U);
  EXPECT_EQ(int_at(c.at("participants").at(0), "coachUserId"), coach_id);
  EXPECT_TRUE(lists(coach.get("/api/v1/cases"), case_id));
  auto timeline = coach.get(case_path + "/timeline");
  ASSERT_EQ(timeline.status, 200);
  for (const auto& e : items_ok(timeline)) EXPECT_EQ(text_at(e, "detail"), "") << text_at(e, "action");
  expect_problem(coach.get(case_path + "/decisions"), 404);
  // The purchaser still sees everything.
  EXPECT_EQ(text_at(json_ok(instructor.get(case_path)), "access"), "edit");
  EXPECT_FALSE(json_ok(instructor.get(case_path)).at("referral").is_null());

  // The provider reads but never edits; another coach of the same provider sees nothing.
  const json::object referral{{"source", "client_self"},
                              {"referrerName", "x"},
                              {"orderText", "y"},
                              {"date", "2026-01-02"},
                              {"version", int_at(c, "version")}};
  expect_problem(coach.put(case_path + "/referral", referral), 403);
  expect_problem(provider.put(case_path + "/referral", referral), 403);
  auto made = admin.post(
      "/api/v1/users",
      json::object{{"username", "ville"},
                   {"displayName", "Ville Valmentaja"},
                   {"email", "ville@example.invalid"},
                   {"password", "villen-pitka-salasana"},
                   {"roles", json::array{json::object{{"organisationId", w.association}, {"role", "coach"}}}}});
  ASSERT_EQ(made.status, 201) << made.body;
  auto ville = signed_in(server, "ville", "fi", "villen-pitka-salasana");
  expect_problem(ville.get(case_path), 404);
  expect_problem(ville.get(path), 404);
  EXPECT_FALSE(lists(ville.get("/api/v1/service-orders"), order_id));
  EXPECT_TRUE(lists(coach.get("/api/v1/service-orders"), order_id));
  EXPECT_EQ(coach.get(path).status, 200);
  EXPECT_FALSE(lists(ville.get("/api/v1/cases"), case_id));

  // Every answer naming the client is in the client's access log (the test's own pool was closed for the server).
  server.database().reopen();
  audit::AuditLog audit(server.database().db());
  std::set<std::string> seen;
  for (const auto& e : audit.for_client(client)) {
    if (e.record.detail.find("service-order " + std::to_string(order_id)) != std::string::npos) {
      seen.insert(e.record.action + " " + e.record.endpoint);
    }
  }
  EXPECT_TRUE(seen.count("create POST /api/v1/service-orders")) << seen.size();
  EXPECT_TRUE(seen.count("list GET /api/v1/service-orders"));
  EXPECT_TRUE(seen.count("update PUT /api/v1/service-orders/{id}/response"));
}

TEST_P(ServiceOrdersApi, DecliningNeedsAReason) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const auto reg = w.registry();
  const long long case_id = int_at(w.case_at(w.client("Aleksi", "Mallinen"), "referral"), "id");
  json::object order{{"clientId", client_of(instructor, case_id)},
                     {"productId", reg.products.at(1)},
                     {"placeId", reg.yard},
                     {"caseId", case_id},
                     {"startDate", "2026-03-02"},
                     {"periodMonths", 6},
                     {"daysPerWeek", 3},
                     {"hoursPerDay", 5}};
  auto sent = instructor.post("/api/v1/service-orders", order);
  ASSERT_EQ(sent.status, 201) << sent.body;
  const auto path = "/api/v1/service-orders/" + std::to_string(int_at(sent.json(), "id")) + "/response";
  auto provider = w.sign_in("provider_manager");
  auto bare = expect_problem(provider.put(path, json::object{{"status", "declined"}}), 422);
  EXPECT_TRUE(has_field_error(bare, "responseNote", "required"));
  auto declined = provider.put(path, json::object{{"status", "declined"}, {"responseNote", "Ei vapaita paikkoja"}});
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(text_at(declined.json(), "status"), "declined");
  expect_problem(w.sign_in("coach").get("/api/v1/cases/" + std::to_string(case_id)), 404);
}

TEST_P(ServiceOrdersApi, TheCoachSeesTheCaseTheirProviderAccepted) {
  TestServer server(GetParam());
  auto w = World::build(server);
  // The association has accepted an order naming the coach for a case in implementation, and has one to answer.
  const auto reg = w.registry();
  const long long working = w.client("Työssä", "Oleva");
  const long long working_case = int_at(w.case_at(working, "implementation", {"ktt", reg.yard, ""}), "id");
  const long long starting = w.client("Aloitus", "Edessä");
  const long long starting_case = int_at(w.case_at(starting, "start"), "id");
  auto instructor = w.sign_in("instructor");
  const auto order = [&](long long client, long long case_id) {
    auto sent = instructor.post("/api/v1/service-orders", json::object{{"clientId", client},
                                                                       {"productId", reg.products.at(1)},
                                                                       {"placeId", reg.yard},
                                                                       {"caseId", case_id},
                                                                       {"startDate", today_helsinki()},
                                                                       {"periodMonths", 6},
                                                                       {"daysPerWeek", 3},
                                                                       {"hoursPerDay", 4}});
    EXPECT_EQ(sent.status, 201) << sent.body;
    return int_at(sent.json(), "id");
  };
  const long long accepted = order(working, working_case);
  order(starting, starting_case);
  auto answer = w.sign_in("provider_manager")
                    .put("/api/v1/service-orders/" + std::to_string(accepted) + "/response",
                         json::object{{"status", "accepted"}, {"coachUserId", w.user_id("coach")}});
  ASSERT_EQ(answer.status, 200) << answer.body;

  auto coach = w.sign_in("coach");
  auto cases = items_ok(coach.get("/api/v1/cases"));
  ASSERT_EQ(cases.size(), 1U);
  EXPECT_EQ(text_at(cases[0], "stage"), "implementation");
  // The plan's work content is the provider's to see; the purchaser's records are not.
  auto c = json_ok(coach.get("/api/v1/cases/" + std::to_string(int_at(cases[0], "id"))));
  EXPECT_FALSE(text_at(c.at("plan"), "goal").empty());
  EXPECT_FALSE(text_at(c.at("plan"), "tasksAndPlace").empty());
  EXPECT_EQ(int_at(c.at("plan"), "daysPerWeek"), 3);
  EXPECT_TRUE(c.at("assessment").is_null());
  EXPECT_TRUE(c.at("referral").is_null());
  EXPECT_TRUE(c.at("decisions").as_array().empty());
  EXPECT_TRUE(c.at("notices").as_array().empty());
  EXPECT_TRUE(c.at("missing").as_array().empty());
  EXPECT_EQ(text_at(c, "clientLanguage"), "fi");
  auto orders = items_ok(w.sign_in("provider_manager").get("/api/v1/service-orders"));
  EXPECT_EQ(orders.size(), 2U);
}

POLKU_API_TEST_BACKENDS(ServiceOrdersApi);

}  // namespace
}  // namespace polku::api_test
