// Administration over real HTTP: organisations and users, only for the admin role.
#include <algorithm>

#include "api/api_test_helpers.hpp"

namespace polku::api_test {
namespace {

class AdminApi : public BackendTest {};

json::object organisation(const std::string& name, json::array kinds, json::array regions = {}) {
  return {{"name", name}, {"kinds", std::move(kinds)}, {"regions", std::move(regions)}};
}

json::object user(const std::string& username, const std::string& password, long long org, const std::string& role) {
  return {{"username", username},
          {"displayName", "Uusi Käyttäjä"},
          {"email", username + "@example.invalid"},
          {"language", "sv"},
          {"password", password},
          {"roles", json::array{json::object{{"organisationId", org}, {"role", role}}}}};
}

std::vector<std::string> strings(const json::value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.as_array()) out.push_back(text(v));
  return out;
}

std::vector<std::string> region_names(const json::value& org) {
  std::vector<std::string> out;
  for (const auto& r : org.at("regions").as_array()) {
    EXPECT_GT(int_at(r, "id"), 0);
    out.push_back(text_at(r, "name"));
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_P(AdminApi, AdminCreatesAndEditsOrganisationWithVersions) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto created = admin.post("/api/v1/organisations", organisation("Lakeuden kuntayhtymä", {"purchaser", "provider"},
                                                                  {"Itäinen alue", "Läntinen alue"}));
  ASSERT_EQ(created.status, 201) << created.body;
  auto org = created.json();
  const long long id = int_at(org, "id");
  EXPECT_EQ(text_at(org, "name"), "Lakeuden kuntayhtymä");
  auto kinds = strings(org.at("kinds"));
  std::sort(kinds.begin(), kinds.end());
  EXPECT_EQ(kinds, (std::vector<std::string>{"provider", "purchaser"}));
  EXPECT_EQ(region_names(org), (std::vector<std::string>{"Itäinen alue", "Läntinen alue"}));
  EXPECT_EQ(int_at(org, "version"), 1);

  auto read = admin.get("/api/v1/organisations/" + std::to_string(id));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(text_at(read.json(), "name"), "Lakeuden kuntayhtymä");
  bool listed = false;
  for (const auto& o : items_of(admin.get("/api/v1/organisations").json())) listed |= int_at(o, "id") == id;
  EXPECT_TRUE(listed);

  auto edit = organisation("Lakeuden hyvinvointialue", {"purchaser"}, {"Itäinen alue", "Läntinen alue", "Keskusta"});
  edit["version"] = 1;
  auto updated = admin.put("/api/v1/organisations/" + std::to_string(id), edit);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(text_at(updated.json(), "name"), "Lakeuden hyvinvointialue");
  EXPECT_EQ(strings(updated.json().at("kinds")), (std::vector<std::string>{"purchaser"}));
  EXPECT_EQ(region_names(updated.json()), (std::vector<std::string>{"Itäinen alue", "Keskusta", "Läntinen alue"}));
  EXPECT_EQ(int_at(updated.json(), "version"), 2);

  edit["name"] = "Vanhan version nimi";  // still version 1
  EXPECT_EQ(problem_code(expect_problem(admin.put("/api/v1/organisations/" + std::to_string(id), edit), 409)),
            "stale_version");
  EXPECT_EQ(text_at(admin.get("/api/v1/organisations/" + std::to_string(id)).json(), "name"),
            "Lakeuden hyvinvointialue");
  expect_problem(admin.get("/api/v1/organisations/999999"), 404);
}

TEST_P(AdminApi, AdminCreatesUserWhoCanSignIn) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto created = admin.post("/api/v1/users", user("ville.valmentaja", "villen-pitka-salasana", 2, "coach"));
  ASSERT_EQ(created.status, 201) << created.body;
  auto u = created.json();
  EXPECT_GT(int_at(u, "id"), 0);
  EXPECT_EQ(text_at(u, "username"), "ville.valmentaja");
  EXPECT_EQ(text_at(u, "language"), "sv");
  EXPECT_EQ(u.as_object().if_contains("password"), nullptr);
  ASSERT_EQ(u.at("roles").as_array().size(), 1U);
  EXPECT_EQ(int_at(u.at("roles").at(0), "organisationId"), 2);
  EXPECT_EQ(text_at(u.at("roles").at(0), "role"), "coach");
  for (const auto& listed : items_of(admin.get("/api/v1/users").json())) {
    EXPECT_EQ(listed.as_object().if_contains("password"), nullptr);
    EXPECT_EQ(listed.as_object().if_contains("passwordHash"), nullptr);
  }

  HttpClient ville(server.port());
  auto me = ville.login("ville.valmentaja", "villen-pitka-salasana");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(text_at(me.json().at("user"), "displayName"), "Uusi Käyttäjä");
  ASSERT_EQ(me.json().at("organisations").as_array().size(), 1U);
  EXPECT_EQ(text_at(me.json().at("organisations").at(0), "name"), "Kotikylän 4H-yhdistys ry");
  // A coach sees no client register and no administration.
  expect_problem(ville.get("/api/v1/clients"), 403);
  expect_problem(ville.get("/api/v1/users"), 403);

  auto duplicate =
      expect_problem(admin.post("/api/v1/users", user("ville.valmentaja", "toinen-pitka-salasana", 2, "coach")), 422);
  EXPECT_TRUE(has_field_error(duplicate, "username", "duplicate")) << json::serialize(duplicate);
}

TEST_P(AdminApi, NonAdminsAreForbiddenFromAdministration) {
  TestServer server(GetParam());
  for (const char* username : {"sanna", "mikko", "tuomas", "hanna"}) {
    auto someone = signed_in(server, username);
    EXPECT_EQ(problem_code(expect_problem(someone.get("/api/v1/users"), 403)), "forbidden") << username;
    expect_problem(someone.get("/api/v1/organisations"), 403);
    expect_problem(someone.get("/api/v1/organisations/1"), 403);
    expect_problem(someone.get("/api/v1/users/1"), 403);
    expect_problem(someone.post("/api/v1/organisations", organisation("Luvaton", {"host"})), 403);
    expect_problem(someone.post("/api/v1/users", user("luvaton", "luvaton-salasana-1", 1, "admin")), 403);
  }
  expect_problem(HttpClient(server.port()).get("/api/v1/users"), 401);
  auto organisations = items_of(signed_in(server, "admin").get("/api/v1/organisations").json());
  EXPECT_EQ(organisations.size(), 4U);  // the demo's county, 4H association, recycling centre and company host
  EXPECT_EQ(HttpClient(server.port()).login("luvaton", "luvaton-salasana-1").status, 401);
}

TEST_P(AdminApi, InvalidOrganisationGivesPerFieldErrors) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto empty_name = expect_problem(admin.post("/api/v1/organisations", organisation("   ", {"host"})), 422);
  EXPECT_EQ(problem_code(empty_name), "invalid_input");
  EXPECT_TRUE(has_field_error(empty_name, "name", "required")) << json::serialize(empty_name);
  EXPECT_TRUE(field_error(empty_name, "kinds").is_null());

  auto bad_kind = expect_problem(admin.post("/api/v1/organisations", organisation("Hyvä nimi", {"school"})), 422);
  EXPECT_TRUE(has_field_error(bad_kind, "kinds", "invalid_choice")) << json::serialize(bad_kind);
  EXPECT_TRUE(field_error(bad_kind, "name").is_null());

  auto both = expect_problem(admin.post("/api/v1/organisations", organisation("", {})), 422);
  EXPECT_TRUE(has_field_error(both, "name", "required")) << json::serialize(both);
  EXPECT_TRUE(has_field_error(both, "kinds", "required")) << json::serialize(both);
  EXPECT_EQ(items_of(admin.get("/api/v1/organisations").json()).size(), 4U);  // the demo's, none added
}

TEST_P(AdminApi, InvalidUserGivesPerFieldErrors) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto short_password = expect_problem(admin.post("/api/v1/users", user("uusi", "lyhyt", 1, "manager")), 422);
  EXPECT_TRUE(has_field_error(short_password, "password", "too_short")) << json::serialize(short_password);
  EXPECT_TRUE(field_error(short_password, "roles").is_null());

  auto bad_role = expect_problem(admin.post("/api/v1/users", user("uusi", "riittavan-pitka-1", 1, "overlord")), 422);
  EXPECT_TRUE(has_field_error(bad_role, "roles", "invalid_choice")) << json::serialize(bad_role);
  EXPECT_TRUE(field_error(bad_role, "password").is_null());

  auto no_org = expect_problem(admin.post("/api/v1/users", user("uusi", "riittavan-pitka-1", 999999, "manager")), 422);
  EXPECT_TRUE(has_field_error(no_org, "roles", "invalid_choice")) << json::serialize(no_org);

  auto several = user("Ei Kelpaa!", "", 1, "manager");
  several["displayName"] = "";
  several["language"] = "de";
  auto many = expect_problem(admin.post("/api/v1/users", several), 422);
  EXPECT_TRUE(has_field_error(many, "username", "invalid_format")) << json::serialize(many);
  EXPECT_TRUE(has_field_error(many, "displayName", "required")) << json::serialize(many);
  EXPECT_TRUE(has_field_error(many, "language", "invalid_choice")) << json::serialize(many);
  EXPECT_TRUE(has_field_error(many, "password", "required")) << json::serialize(many);

  EXPECT_EQ(HttpClient(server.port()).login("uusi", "riittavan-pitka-1").status, 401);
}

json::object user_named(HttpClient& admin, const std::string& username) {
  for (const auto& u : items_of(admin.get("/api/v1/users").json())) {
    if (text_at(u, "username") == username) return u.as_object();
  }
  ADD_FAILURE() << "no user " << username;
  return {};
}

TEST_P(AdminApi, UserEditUsesVersions) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto leena = user_named(admin, "leena");
  const std::string path = "/api/v1/users/" + std::to_string(leena.at("id").as_int64());
  auto edit = leena;
  edit["displayName"] = "Leena Uusinimi";
  auto updated = admin.put(path, edit);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(int_at(updated.json(), "version"), int_at(leena, "version") + 1);
  edit["displayName"] = "Leena Vanhasta Versiosta";
  EXPECT_EQ(problem_code(expect_problem(admin.put(path, edit), 409)), "stale_version");
  EXPECT_EQ(text_at(admin.get(path).json(), "displayName"), "Leena Uusinimi");
  // Her password did not change with an edit that did not give one.
  EXPECT_EQ(HttpClient(server.port()).login("leena", testing::kDemoPassword).status, 200);
}

// The session cache may let another node serve a revoked session for a few
// seconds, but the node that made the change should not.
TEST_P(AdminApi, DeactivatedUserIsSignedOutAtOnce) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto leena = signed_in(server, "leena");
  ASSERT_EQ(leena.get("/api/v1/clients").status, 200);  // her session is now cached
  auto edit = user_named(admin, "leena");
  edit["active"] = false;
  ASSERT_EQ(admin.put("/api/v1/users/" + std::to_string(edit.at("id").as_int64()), edit).status, 200);

  expect_problem(HttpClient(server.port()).login("leena", testing::kDemoPassword), 401);
  expect_problem(leena.get("/api/v1/auth/me"), 401);
  expect_problem(leena.get("/api/v1/clients"), 401);
}

TEST_P(AdminApi, RemovedRoleNoLongerGrantsAccess) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto sanna = signed_in(server, "sanna");
  ASSERT_EQ(sanna.get("/api/v1/clients").status, 200);  // her roles are now cached
  auto edit = user_named(admin, "sanna");
  edit["roles"] = json::array{json::object{{"organisationId", 2}, {"role", "coach"}}};
  ASSERT_EQ(admin.put("/api/v1/users/" + std::to_string(edit.at("id").as_int64()), edit).status, 200);

  expect_problem(sanna.get("/api/v1/clients"), 403);
}

POLKU_API_TEST_BACKENDS(AdminApi);

}  // namespace
}  // namespace polku::api_test
