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
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
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
  for (const auto& o : items_ok(admin.get("/api/v1/organisations"))) listed |= int_at(o, "id") == id;
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
  EXPECT_EQ(text_at(json_ok(admin.get("/api/v1/organisations/" + std::to_string(id))), "name"),
            "Lakeuden hyvinvointialue");
  expect_problem(admin.get("/api/v1/organisations/999999"), 404);
}

TEST_P(AdminApi, AdminCreatesUserWhoCanSignIn) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
  auto created = admin.post("/api/v1/users", user("ville.valmentaja", "villen-pitka-salasana", w.association, "coach"));
  ASSERT_EQ(created.status, 201) << created.body;
  auto u = created.json();
  EXPECT_GT(int_at(u, "id"), 0);
  EXPECT_EQ(text_at(u, "username"), "ville.valmentaja");
  EXPECT_EQ(text_at(u, "language"), "sv");
  EXPECT_EQ(u.as_object().if_contains("password"), nullptr);
  ASSERT_EQ(u.at("roles").as_array().size(), 1U);
  EXPECT_EQ(int_at(u.at("roles").at(0), "organisationId"), w.association);
  EXPECT_EQ(text_at(u.at("roles").at(0), "role"), "coach");
  for (const auto& listed : items_ok(admin.get("/api/v1/users"))) {
    EXPECT_EQ(listed.as_object().if_contains("password"), nullptr);
    EXPECT_EQ(listed.as_object().if_contains("passwordHash"), nullptr);
  }

  HttpClient ville(server.port());
  auto me = ville.login("ville.valmentaja", "villen-pitka-salasana");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(text_at(me.json().at("user"), "displayName"), "Uusi Käyttäjä");
  ASSERT_EQ(me.json().at("organisations").as_array().size(), 1U);
  EXPECT_EQ(text_at(me.json().at("organisations").at(0), "name"), testing::kAssociationName);
  // A coach sees no client register and no administration.
  expect_problem(ville.get("/api/v1/clients"), 403);
  expect_problem(ville.get("/api/v1/users"), 403);

  auto duplicate = expect_problem(
      admin.post("/api/v1/users", user("ville.valmentaja", "toinen-pitka-salasana", w.association, "coach")), 422);
  EXPECT_TRUE(has_field_error(duplicate, "username", "duplicate")) << json::serialize(duplicate);
}

TEST_P(AdminApi, NonAdminsAreForbiddenFromAdministration) {
  TestServer server(GetParam());
  auto w = World::build(server);
  for (const char* username : {"instructor", "manager", "coach", "provider_manager"}) {
    auto someone = w.sign_in(username);
    EXPECT_EQ(problem_code(expect_problem(someone.get("/api/v1/users"), 403)), "forbidden") << username;
    expect_problem(someone.get("/api/v1/organisations"), 403);
    expect_problem(someone.get("/api/v1/organisations/" + std::to_string(w.county)), 403);
    expect_problem(someone.get("/api/v1/users/" + std::to_string(w.user_id("admin"))), 403);
    expect_problem(someone.post("/api/v1/organisations", organisation("Luvaton", {"host"})), 403);
    expect_problem(someone.post("/api/v1/users", user("luvaton", "luvaton-salasana-1", w.county, "admin")), 403);
  }
  expect_problem(HttpClient(server.port()).get("/api/v1/users"), 401);
  auto organisations = items_ok(w.sign_in("admin").get("/api/v1/organisations"));
  EXPECT_EQ(organisations.size(), w.organisation_count());  // the fixture's, none added
  EXPECT_EQ(HttpClient(server.port()).login("luvaton", "luvaton-salasana-1").status, 401);
}

TEST_P(AdminApi, InvalidOrganisationGivesPerFieldErrors) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
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
  EXPECT_EQ(items_ok(admin.get("/api/v1/organisations")).size(), w.organisation_count());  // none added
}

TEST_P(AdminApi, InvalidUserGivesPerFieldErrors) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
  auto short_password = expect_problem(admin.post("/api/v1/users", user("uusi", "lyhyt", w.county, "manager")), 422);
  EXPECT_TRUE(has_field_error(short_password, "password", "too_short")) << json::serialize(short_password);
  EXPECT_TRUE(field_error(short_password, "roles").is_null());

  auto bad_role =
      expect_problem(admin.post("/api/v1/users", user("uusi", "riittavan-pitka-1", w.county, "overlord")), 422);
  EXPECT_TRUE(has_field_error(bad_role, "roles", "invalid_choice")) << json::serialize(bad_role);
  EXPECT_TRUE(field_error(bad_role, "password").is_null());

  auto no_org = expect_problem(admin.post("/api/v1/users", user("uusi", "riittavan-pitka-1", 999999, "manager")), 422);
  EXPECT_TRUE(has_field_error(no_org, "roles", "invalid_choice")) << json::serialize(no_org);

  auto several = user("Ei Kelpaa!", "", w.county, "manager");
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
  for (const auto& u : items_ok(admin.get("/api/v1/users"))) {
    if (text_at(u, "username") == username) return u.as_object();
  }
  ADD_FAILURE() << "no user " << username;
  return {};
}

TEST_P(AdminApi, UserEditUsesVersions) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
  auto worker = user_named(admin, "worker");
  const std::string path = "/api/v1/users/" + std::to_string(worker.at("id").as_int64());
  auto edit = worker;
  edit["displayName"] = "Veera Uusinimi";
  auto updated = admin.put(path, edit);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(int_at(updated.json(), "version"), int_at(worker, "version") + 1);
  edit["displayName"] = "Veera Vanhasta Versiosta";
  EXPECT_EQ(problem_code(expect_problem(admin.put(path, edit), 409)), "stale_version");
  EXPECT_EQ(text_at(json_ok(admin.get(path)), "displayName"), "Veera Uusinimi");
  // The password did not change with an edit that did not give one.
  EXPECT_EQ(HttpClient(server.port()).login("worker", testing::kTestPassword).status, 200);
}

// The session cache may let another node serve a revoked session for a few
// seconds, but the node that made the change should not.
TEST_P(AdminApi, DeactivatedUserIsSignedOutAtOnce) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
  auto worker = w.sign_in("worker");
  ASSERT_EQ(worker.get("/api/v1/clients").status, 200);  // her session is now cached
  auto edit = user_named(admin, "worker");
  edit["active"] = false;
  ASSERT_EQ(admin.put("/api/v1/users/" + std::to_string(edit.at("id").as_int64()), edit).status, 200);

  expect_problem(HttpClient(server.port()).login("worker", testing::kTestPassword), 401);
  expect_problem(worker.get("/api/v1/auth/me"), 401);
  expect_problem(worker.get("/api/v1/clients"), 401);
}

TEST_P(AdminApi, RemovedRoleNoLongerGrantsAccess) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
  auto instructor = w.sign_in("instructor");
  ASSERT_EQ(instructor.get("/api/v1/clients").status, 200);  // her roles are now cached
  auto edit = user_named(admin, "instructor");
  edit["roles"] = json::array{json::object{{"organisationId", w.association}, {"role", "coach"}}};
  ASSERT_EQ(admin.put("/api/v1/users/" + std::to_string(edit.at("id").as_int64()), edit).status, 200);

  expect_problem(instructor.get("/api/v1/clients"), 403);
}

POLKU_API_TEST_BACKENDS(AdminApi);

}  // namespace
}  // namespace polku::api_test
