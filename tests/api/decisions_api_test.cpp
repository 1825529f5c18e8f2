// Decisions over real HTTP on both databases: the service type's limits, edits of a
// draft, a signed decision that never changes and its replacement, and who may read one.
#include "api/api_test_helpers.hpp"
#include "api/case_helpers.hpp"

namespace polku::api_test {
namespace {

class DecisionsApi : public BackendTest {};

TEST_P(DecisionsApi, SignedDecisionRefusesEditsAndAReplacementSupersedesIt) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  auto c = open_case(instructor, new_client(instructor));
  const long long id = int_at(c, "id");

  auto too_many_days = decision_body();
  too_many_days["daysPerWeekMax"] = 5;
  auto limits = expect_problem(worker.post(case_path(id, "/decisions"), too_many_days), 422);
  EXPECT_TRUE(has_field_error(limits, "daysPerWeekMax", "outside_service_type_limits")) << json::serialize(limits);

  auto d = ok(worker.post(case_path(id, "/decisions"), decision_body()), 201);
  const std::string path = "/api/v1/decisions/" + std::to_string(int_at(d, "id"));
  auto edit = decision_body();
  edit["hoursPerDayMax"] = 8;
  edit["version"] = int_at(d, "version");
  d = ok(worker.put(path, edit));
  EXPECT_EQ(int_at(d, "hoursPerDayMax"), 8);
  d = ok(worker.post(path + "/sign", json::object{{"version", int_at(d, "version")}}));
  EXPECT_EQ(text_at(d, "status"), "signed");

  edit["version"] = int_at(d, "version");
  auto refused = expect_problem(worker.put(path, edit), 422);
  EXPECT_EQ(problem_code(refused), "decision_signed");
  EXPECT_TRUE(has_field_error(refused, "status", "decision_signed"));

  auto replacement = decision_body();
  replacement["replacesDecisionId"] = int_at(d, "id");
  auto r = ok(worker.post(case_path(id, "/decisions"), replacement), 201);
  ok(worker.post("/api/v1/decisions/" + std::to_string(int_at(r, "id")) + "/sign",
                 json::object{{"version", int_at(r, "version")}}));
  EXPECT_EQ(text_at(ok(worker.get(path)), "status"), "replaced");
  EXPECT_EQ(items_of(ok(worker.get(case_path(id, "/decisions")))).size(), 2U);
}

TEST_P(DecisionsApi, AnotherOrganisationsWorkerFindsNoDecisionAndTheRefusalIsLogged) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  auto c = open_case(instructor, new_client(instructor));
  auto d = ok(worker.post(case_path(int_at(c, "id"), "/decisions"), decision_body()), 201);
  const std::string path = "/api/v1/decisions/" + std::to_string(int_at(d, "id"));
  expect_problem(w.sign_in("other_instructor").get(path), 404);
  bool refused = false;
  for (const auto& e :
       items_ok(w.sign_in("manager").get("/api/v1/clients/" + std::to_string(int_at(c, "clientId")) + "/access-log"))) {
    refused = refused || text_at(e, "action") == "refused";
  }
  EXPECT_TRUE(refused) << "the other organisation's attempt is in the client's access log";
}

POLKU_API_TEST_BACKENDS(DecisionsApi);

}  // namespace
}  // namespace polku::api_test
