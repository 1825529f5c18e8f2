// The rules of issue 9 section 3 over real HTTP: each path that used to let a
// broken rule through now refuses it, naming the field.
#include "api/api_test_helpers.hpp"
#include "support/fixtures.hpp"

namespace polku::api_test {
namespace {

class RulesApi : public BackendTest {};

json::object new_client(const std::string& code) {
  return {{"firstNames", "Tuleva"}, {"lastName", "Syntyjä"}, {"personalIdentityCode", code}};
}

constexpr const char* kPassword = "pitka-testisalasana-1";

// A new host organisation (created by the administrator) and a signed-in manager of it.
struct NewHost {
  long long id = 0;
  HttpClient manager;
};

NewHost new_host(TestServer& server, const testing::World& w, const std::string& name, const std::string& username) {
  auto admin = w.sign_in("admin");
  auto org = admin.post("/api/v1/organisations", json::object{{"name", name}, {"kinds", json::array{"host"}}});
  EXPECT_EQ(org.status, 201) << org.body;
  const long long id = int_at(org.json(), "id");
  auto user = admin.post(
      "/api/v1/users", json::object{{"username", username},
                                    {"displayName", "Testi Esimies"},
                                    {"email", username + "@example.invalid"},
                                    {"password", kPassword},
                                    {"roles", json::array{json::object{{"organisationId", id}, {"role", "manager"}}}}});
  EXPECT_EQ(user.status, 201) << user.body;
  return {id, signed_in(server, username, "fi", kPassword)};
}

json::object new_place(const std::string& service_type) {
  return {{"name", "Testipaikka"},
          {"workTasks", "Lajittelu"},
          {"fields", json::array{"recycling"}},
          {"municipality", "Kotikylä"},
          {"capacity", 2},
          {"weekdays", json::array{"mon", "tue", "wed"}},
          {"startTime", "08:00"},
          {"endTime", "15:00"},
          {"supervisorName", "Ohjaaja Testi"},
          {"supervisorPhone", "040 100 2000"},
          {"noDisplacementConfirmed", true},
          {"serviceTypes", json::array{service_type}}};
}

std::string host_path(long long id) { return "/api/v1/hosts/" + std::to_string(id); }

TEST_P(RulesApi, HostTypeIsSetByTheRegistryKeeperNotByTheHost) {
  TestServer server(GetParam());
  const auto w = testing::World::build(server);
  auto host = new_host(server, w, "Testiyhdistys ry", "testi.esimies");
  auto admin = w.sign_in("admin");
  auto manager = w.sign_in("manager");  // the purchaser's manager

  ASSERT_EQ(admin.put(host_path(host.id), json::object{{"hostType", "association"}}).status, 200);
  // The host's own manager may not change what kind of host it is.
  auto own = host.manager.put(host_path(host.id), json::object{{"hostType", "company"}});
  EXPECT_EQ(problem_code(expect_problem(own, 403)), "forbidden");
  EXPECT_EQ(text_at(admin.get(host_path(host.id)).json(), "hostType"), "association");

  // The association adds a KTT place: now it cannot be made a company, by anyone.
  auto place = host.manager.post("/api/v1/places", new_place("ktt"));
  ASSERT_EQ(place.status, 201) << place.body;
  for (auto* keeper : {&admin, &manager}) {
    auto refused = keeper->put(host_path(host.id), json::object{{"hostType", "company"}});
    EXPECT_TRUE(has_field_error(expect_problem(refused, 422), "hostType", "places_not_at_company")) << refused.body;
  }
  EXPECT_EQ(text_at(admin.get(host_path(host.id)).json(), "hostType"), "association");
  auto foundation = manager.put(host_path(host.id), json::object{{"hostType", "foundation"}});
  EXPECT_EQ(foundation.status, 200) << foundation.body;
}

TEST_P(RulesApi, AHostWithoutKttPlacesMayBecomeACompany) {
  TestServer server(GetParam());
  const auto w = testing::World::build(server);
  auto host = new_host(server, w, "Toinen konepaja Oy", "paja.esimies");
  auto manager = w.sign_in("manager");
  ASSERT_EQ(manager.put(host_path(host.id), json::object{{"hostType", "association"}}).status, 200);
  ASSERT_EQ(host.manager.post("/api/v1/places", new_place("job_coaching")).status, 201);
  auto company = manager.put(host_path(host.id), json::object{{"hostType", "company"}});
  EXPECT_EQ(company.status, 200) << company.body;
  auto ktt = host.manager.post("/api/v1/places", new_place("ktt"));
  EXPECT_TRUE(has_field_error(expect_problem(ktt, 422), "serviceTypes", "not_at_company")) << ktt.body;
}

TEST_P(RulesApi, IdentityCodeBornInTheFutureIsRefused) {
  TestServer server(GetParam());
  const auto w = testing::World::build(server);
  auto instructor = w.sign_in("instructor");
  const std::string in_2099 = testing::identity_code(1, 1, 2099, 2);
  ASSERT_EQ(in_2099, "010199A0022");

  auto created = instructor.post("/api/v1/clients", new_client(in_2099));
  auto problem = expect_problem(created, 422);
  EXPECT_TRUE(has_field_error(problem, "personalIdentityCode", "birth_date_in_future")) << created.body;

  // An edit cannot bring it in either.
  auto ok = instructor.post("/api/v1/clients", new_client(testing::identity_code(2, 2, 2002, 2)));
  ASSERT_EQ(ok.status, 201) << ok.body;
  auto edit = ok.json().as_object();
  edit["personalIdentityCode"] = in_2099;
  auto edited = instructor.put("/api/v1/clients/" + std::to_string(int_at(edit, "id")), edit);
  EXPECT_TRUE(has_field_error(expect_problem(edited, 422), "personalIdentityCode", "birth_date_in_future"))
      << edited.body;
}

}  // namespace

POLKU_API_TEST_BACKENDS(RulesApi);

}  // namespace polku::api_test
