// Service orders over real HTTP: the purchaser orders for a client's case, the
// provider's manager accepts naming a coach (who then reads the provider's view
// of the case) or declines with a reason; every answer naming a client is logged.
#include "api/api_test_helpers.hpp"
#include "platform/audit/audit_log.hpp"

namespace polku::api_test {
namespace {

class ServiceOrdersApi : public BackendTest {};

constexpr long long kClub = 2;  // Kotikylän 4H-yhdistys ry in the demo

long long case_of(HttpClient& worker, const std::string& client_name) {
  for (const auto& c : items_of(worker.get("/api/v1/cases").json())) {
    if (text_at(c, "clientName") == client_name) return int_at(c, "id");
  }
  ADD_FAILURE() << "no case of " << client_name;
  return 0;
}

long long client_of(HttpClient& worker, long long case_id) {
  return int_at(worker.get("/api/v1/cases/" + std::to_string(case_id)).json(), "clientId");
}

long long product_without_place(HttpClient& worker) {
  for (const auto& p : items_of(worker.get("/api/v1/service-products?providerOrganisationId=2").json())) {
    if (!p.at("includesPlace").as_bool()) return int_at(p, "id");
  }
  ADD_FAILURE() << "no support-only product";
  return 0;
}

long long user_named(HttpClient& admin, const std::string& username) {
  for (const auto& u : items_of(admin.get("/api/v1/users").json())) {
    if (text_at(u, "username") == username) return int_at(u, "id");
  }
  ADD_FAILURE() << "no user " << username;
  return 0;
}

bool lists(const HttpResponse& res, long long id) {
  for (const auto& item : items_of(res.json())) {
    if (int_at(item, "id") == id) return true;
  }
  return false;
}

TEST_P(ServiceOrdersApi, AnOrderForACaseAcceptedNamingTuomasLetsHimReadTheProvidersViewOfTheCase) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto admin = signed_in(server, "admin");
  const long long case_id = case_of(sanna, "Aleksi Mallinen");
  const long long client = client_of(sanna, case_id);
  const std::string case_path = "/api/v1/cases/" + std::to_string(case_id);
  json::object order{{"clientId", client}, {"productId", product_without_place(sanna)}, {"startDate", "2026-03-02"},
                     {"periodMonths", 6},  {"daysPerWeek", 5},                           {"hoursPerDay", 6}};
  auto refused = expect_problem(sanna.post("/api/v1/service-orders", order), 422);
  EXPECT_TRUE(has_field_error(refused, "caseId", "required")) << json::serialize(refused);
  EXPECT_TRUE(has_field_error(refused, "daysPerWeek", "outside_product_limits")) << json::serialize(refused);
  EXPECT_TRUE(has_field_error(refused, "placeId", "required")) << json::serialize(refused);
  order["daysPerWeek"] = 3;
  order["placeId"] = 1;
  order["caseId"] = case_of(sanna, "Liisa Kokeilu");
  auto others = expect_problem(sanna.post("/api/v1/service-orders", order), 422);
  EXPECT_TRUE(has_field_error(others, "caseId", "case_of_another_client")) << json::serialize(others);
  order["caseId"] = case_id;
  auto sent = sanna.post("/api/v1/service-orders", order);
  ASSERT_EQ(sent.status, 201) << sent.body;
  const long long order_id = int_at(sent.json(), "id");
  const auto path = "/api/v1/service-orders/" + std::to_string(order_id);

  // Lists: the purchaser by case or client, the provider's staff by status.
  EXPECT_TRUE(lists(sanna.get("/api/v1/service-orders?caseId=" + std::to_string(case_id)), order_id));
  EXPECT_TRUE(lists(sanna.get("/api/v1/service-orders?clientId=" + std::to_string(client)), order_id));
  EXPECT_FALSE(lists(sanna.get("/api/v1/service-orders?clientId=" + std::to_string(client + 1)), order_id));
  auto hanna = signed_in(server, "hanna");
  EXPECT_TRUE(lists(hanna.get("/api/v1/service-orders?status=sent"), order_id));
  EXPECT_FALSE(lists(hanna.get("/api/v1/service-orders?status=accepted"), order_id));
  expect_problem(hanna.get("/api/v1/service-orders?status=maybe"), 422);
  expect_problem(sanna.get("/api/v1/service-orders?caseId=1x"), 422);
  expect_problem(signed_in(server, "aino").get("/api/v1/service-orders"), 403);

  // Tuomas reads nothing of the case, nor the order naming the client, before the order names him.
  auto tuomas = signed_in(server, "tuomas");
  expect_problem(tuomas.get(case_path), 404);
  EXPECT_FALSE(lists(tuomas.get("/api/v1/service-orders"), order_id));
  expect_problem(tuomas.get(path), 404);

  const long long tuomas_id = user_named(admin, "tuomas");
  bool tuomas_listed = false;
  for (const auto& c : items_of(hanna.get("/api/v1/coaches").json())) tuomas_listed |= int_at(c, "id") == tuomas_id;
  EXPECT_TRUE(tuomas_listed);
  expect_problem(sanna.put(path + "/response", json::object{{"status", "accepted"}, {"coachUserId", tuomas_id}}), 403);
  auto no_coach = expect_problem(hanna.put(path + "/response", json::object{{"status", "accepted"}}), 422);
  EXPECT_TRUE(has_field_error(no_coach, "coachUserId", "required"));
  auto not_coach = expect_problem(
      hanna.put(path + "/response", json::object{{"status", "accepted"}, {"coachUserId", user_named(admin, "sanna")}}),
      422);
  EXPECT_TRUE(has_field_error(not_coach, "coachUserId", "not_a_provider_coach"));
  auto accepted = hanna.put(path + "/response", json::object{{"status", "accepted"}, {"coachUserId", tuomas_id}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(text_at(accepted.json(), "coachName"), "Tuomas Valmentaja");
  expect_problem(hanna.put(path + "/response", json::object{{"status", "declined"}, {"responseNote", "x"}}), 409);

  // Tuomas reads the provider's view: no assessment, no referral, no decisions or notices.
  auto read = tuomas.get(case_path);
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
  EXPECT_EQ(int_at(c.at("participants").at(0), "coachUserId"), tuomas_id);
  EXPECT_TRUE(lists(tuomas.get("/api/v1/cases"), case_id));
  auto timeline = tuomas.get(case_path + "/timeline");
  ASSERT_EQ(timeline.status, 200);
  for (const auto& e : items_of(timeline.json())) EXPECT_EQ(text_at(e, "detail"), "") << text_at(e, "action");
  expect_problem(tuomas.get(case_path + "/decisions"), 404);
  // The purchaser still sees everything.
  EXPECT_EQ(text_at(sanna.get(case_path).json(), "access"), "edit");
  EXPECT_FALSE(sanna.get(case_path).json().at("referral").is_null());

  // The provider reads but never edits; another coach of the same provider sees nothing.
  const json::object referral{{"source", "client_self"}, {"referrerName", "x"}, {"orderText", "y"},
                              {"date", "2026-01-02"}, {"version", int_at(c, "version")}};
  expect_problem(tuomas.put(case_path + "/referral", referral), 403);
  expect_problem(hanna.put(case_path + "/referral", referral), 403);
  auto made = admin.post("/api/v1/users", json::object{{"username", "ville"},
                                                       {"displayName", "Ville Valmentaja"},
                                                       {"email", "ville@example.invalid"},
                                                       {"password", "villen-pitka-salasana"},
                                                       {"roles", json::array{json::object{{"organisationId", kClub},
                                                                                          {"role", "coach"}}}}});
  ASSERT_EQ(made.status, 201) << made.body;
  auto ville = signed_in(server, "ville", "fi", "villen-pitka-salasana");
  expect_problem(ville.get(case_path), 404);
  expect_problem(ville.get(path), 404);
  EXPECT_FALSE(lists(ville.get("/api/v1/service-orders"), order_id));
  EXPECT_TRUE(lists(tuomas.get("/api/v1/service-orders"), order_id));
  EXPECT_EQ(tuomas.get(path).status, 200);
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
  auto sanna = signed_in(server, "sanna");
  const long long case_id = case_of(sanna, "Aleksi Mallinen");
  json::object order{{"clientId", client_of(sanna, case_id)},
                     {"productId", product_without_place(sanna)},
                     {"placeId", 1},
                     {"caseId", case_id},
                     {"startDate", "2026-03-02"},
                     {"periodMonths", 6},
                     {"daysPerWeek", 3},
                     {"hoursPerDay", 5}};
  auto sent = sanna.post("/api/v1/service-orders", order);
  ASSERT_EQ(sent.status, 201) << sent.body;
  const auto path = "/api/v1/service-orders/" + std::to_string(int_at(sent.json(), "id")) + "/response";
  auto hanna = signed_in(server, "hanna");
  auto bare = expect_problem(hanna.put(path, json::object{{"status", "declined"}}), 422);
  EXPECT_TRUE(has_field_error(bare, "responseNote", "required"));
  auto declined = hanna.put(path, json::object{{"status", "declined"}, {"responseNote", "Ei vapaita paikkoja"}});
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(text_at(declined.json(), "status"), "declined");
  expect_problem(signed_in(server, "tuomas").get("/api/v1/cases/" + std::to_string(case_id)), 404);
}

TEST_P(ServiceOrdersApi, TheDemoCoachSeesTheCaseHisProviderAccepted) {
  TestServer server(GetParam());
  auto tuomas = signed_in(server, "tuomas");
  auto cases = items_of(tuomas.get("/api/v1/cases").json());
  ASSERT_EQ(cases.size(), 1U);
  EXPECT_EQ(text_at(cases[0], "stage"), "implementation");
  // The plan's work content is the provider's to see; the purchaser's records are not.
  auto c = tuomas.get("/api/v1/cases/" + std::to_string(int_at(cases[0], "id"))).json();
  EXPECT_FALSE(text_at(c.at("plan"), "goal").empty());
  EXPECT_FALSE(text_at(c.at("plan"), "tasksAndPlace").empty());
  EXPECT_EQ(int_at(c.at("plan"), "daysPerWeek"), 3);
  EXPECT_TRUE(c.at("assessment").is_null());
  EXPECT_TRUE(c.at("referral").is_null());
  EXPECT_TRUE(c.at("decisions").as_array().empty());
  EXPECT_TRUE(c.at("notices").as_array().empty());
  EXPECT_TRUE(c.at("missing").as_array().empty());
  EXPECT_EQ(text_at(c, "clientLanguage"), "fi");
  auto orders = items_of(signed_in(server, "hanna").get("/api/v1/service-orders").json());
  EXPECT_EQ(orders.size(), 2U);
}

POLKU_API_TEST_BACKENDS(ServiceOrdersApi);

}  // namespace
}  // namespace polku::api_test
