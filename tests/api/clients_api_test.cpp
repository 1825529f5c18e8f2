// The client register over real HTTP: create, validate, search, read, edit
// with optimistic versions, and who may see which clients.
#include "api/api_test_helpers.hpp"
#include "app/demo_data.hpp"

namespace polku::api_test {
namespace {

class ClientsApi : public BackendTest {};

const std::string kCode = app::demo_identity_code(24, 12, 1975, 123);  // born 1975-12-24

json::object new_client(const std::string& code = kCode) {
  return {{"firstNames", "Kalle Veikko"},
          {"lastName", "Koekäyttäjä"},
          {"personalIdentityCode", code},
          {"municipality", "Järvilaakso"},
          {"phone", "040 123 4567"}};
}

// The same code with a different, wrong check character.
std::string with_wrong_check(std::string code) {
  code.back() = code.back() == 'A' ? 'B' : 'A';
  return code;
}

std::string client_path(long long id) { return "/api/v1/clients/" + std::to_string(id); }

TEST_P(ClientsApi, InstructorCreatesClientAndDateOfBirthIsDerived) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto res = sanna.post("/api/v1/clients", new_client());
  ASSERT_EQ(res.status, 201) << res.body;
  auto c = res.json();
  EXPECT_GT(int_at(c, "id"), 0);
  EXPECT_EQ(int_at(c, "organisationId"), 1);
  EXPECT_EQ(text_at(c, "lastName"), "Koekäyttäjä");
  EXPECT_EQ(text_at(c, "personalIdentityCode"), kCode);
  EXPECT_EQ(text_at(c, "dateOfBirth"), "1975-12-24");
  EXPECT_EQ(text_at(c, "preferredLanguage"), "fi");
  EXPECT_EQ(int_at(c, "version"), 1);

  auto again = sanna.get(client_path(int_at(c, "id")));
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(text_at(again.json(), "dateOfBirth"), "1975-12-24");
}

TEST_P(ClientsApi, InvalidIdentityCodeIsFieldErrorInTheRequestLanguage) {
  TestServer server(GetParam());
  auto fi = signed_in(server, "sanna", "fi");
  auto sv = signed_in(server, "sanna", "sv");
  const auto body = new_client(with_wrong_check(kCode));

  auto fi_problem = expect_problem(fi.post("/api/v1/clients", body), 422);
  auto sv_problem = expect_problem(sv.post("/api/v1/clients", body), 422);
  ASSERT_TRUE(has_field_error(fi_problem, "personalIdentityCode", "invalid_checksum")) << json::serialize(fi_problem);
  ASSERT_TRUE(has_field_error(sv_problem, "personalIdentityCode", "invalid_checksum")) << json::serialize(sv_problem);
  const auto fi_message = text_at(field_error(fi_problem, "personalIdentityCode"), "message");
  const auto sv_message = text_at(field_error(sv_problem, "personalIdentityCode"), "message");
  EXPECT_NE(fi_message, sv_message);
  EXPECT_NE(fi_message.find("Henkilötunnuksen"), std::string::npos) << fi_message;
  EXPECT_NE(sv_message.find("Personbeteckningens"), std::string::npos) << sv_message;
  EXPECT_NE(text_at(fi_problem, "title"), text_at(sv_problem, "title"));

  // Nothing was stored.
  EXPECT_TRUE(items_of(fi.get("/api/v1/clients?q=" + kCode.substr(0, 6)).json()).empty());
}

TEST_P(ClientsApi, SearchFindsClientsByNameAndByIdentityCode) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto all = sanna.get("/api/v1/clients");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(items_of(all.json()).size(), 6U);

  ASSERT_EQ(sanna.post("/api/v1/clients", new_client()).status, 201);
  auto by_name = sanna.get("/api/v1/clients?q=koek%C3%A4ytt%C3%A4j%C3%A4");
  ASSERT_EQ(by_name.status, 200) << by_name.body;
  ASSERT_EQ(items_of(by_name.json()).size(), 1U) << by_name.body;
  EXPECT_EQ(text_at(items_of(by_name.json())[0], "personalIdentityCode"), kCode);

  auto by_two_words = sanna.get("/api/v1/clients?q=Kalle%20Koek");
  EXPECT_EQ(items_of(by_two_words.json()).size(), 1U) << by_two_words.body;

  auto by_code = sanna.get("/api/v1/clients?q=" + kCode);
  ASSERT_EQ(items_of(by_code.json()).size(), 1U) << by_code.body;
  EXPECT_EQ(text_at(items_of(by_code.json())[0], "lastName"), "Koekäyttäjä");
  EXPECT_EQ(text_at(items_of(by_code.json())[0], "dateOfBirth"), "1975-12-24");

  auto demo = sanna.get("/api/v1/clients?q=" + app::demo_identity_code(21, 6, 1978, 923));
  ASSERT_EQ(items_of(demo.json()).size(), 1U) << demo.body;
  EXPECT_EQ(text_at(items_of(demo.json())[0], "firstNames"), "Erik");

  EXPECT_TRUE(items_of(sanna.get("/api/v1/clients?q=nobody-by-this-name").json()).empty());
}

TEST_P(ClientsApi, EditWithCurrentVersionSucceedsAndStaleVersionConflicts) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto created = sanna.post("/api/v1/clients", new_client());
  ASSERT_EQ(created.status, 201) << created.body;
  const long long id = int_at(created.json(), "id");

  auto current = sanna.get(client_path(id)).json().as_object();
  ASSERT_EQ(current.at("version").as_int64(), 1);
  auto edit = current;
  edit["phone"] = "050 765 4321";
  auto updated = sanna.put(client_path(id), edit);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(int_at(updated.json(), "version"), 2);
  EXPECT_EQ(text_at(updated.json(), "phone"), "050 765 4321");

  auto stale = current;  // still version 1
  stale["municipality"] = "Rantakylä";
  auto conflict = expect_problem(sanna.put(client_path(id), stale), 409);
  EXPECT_EQ(problem_code(conflict), "stale_version");
  auto after = sanna.get(client_path(id)).json();
  EXPECT_EQ(int_at(after, "version"), 2);
  EXPECT_EQ(text_at(after, "municipality"), "Järvilaakso");
  EXPECT_EQ(text_at(after, "phone"), "050 765 4321");
}

TEST_P(ClientsApi, CoachAndPlacementSupervisorCannotListOrCreateClients) {
  TestServer server(GetParam());
  for (const char* username : {"tuomas", "aino"}) {
    auto user = signed_in(server, username);
    EXPECT_EQ(problem_code(expect_problem(user.get("/api/v1/clients"), 403)), "forbidden") << username;
    expect_problem(user.post("/api/v1/clients", new_client()), 403);
    expect_problem(user.get(client_path(1)), 404);
  }
  EXPECT_TRUE(items_of(signed_in(server, "sanna").get("/api/v1/clients?q=" + kCode).json()).empty());
}

TEST_P(ClientsApi, AdminRoleAloneGivesNoClientData) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  expect_problem(admin.get("/api/v1/clients"), 403);
  expect_problem(admin.post("/api/v1/clients", new_client()), 403);
  expect_problem(admin.get(client_path(1)), 404);
  expect_problem(admin.get(client_path(1) + "/access-log"), 404);
}

TEST_P(ClientsApi, ManagerReadsButDoesNotWrite) {
  TestServer server(GetParam());
  auto mikko = signed_in(server, "mikko");
  EXPECT_EQ(items_of(mikko.get("/api/v1/clients").json()).size(), 6U);
  auto one = mikko.get(client_path(1));
  ASSERT_EQ(one.status, 200) << one.body;
  expect_problem(mikko.post("/api/v1/clients", new_client()), 403);
  expect_problem(mikko.put(client_path(1), one.json()), 403);
}

TEST_P(ClientsApi, WithoutSessionEverythingIsUnauthorised) {
  TestServer server(GetParam());
  HttpClient anonymous(server.port());
  expect_problem(anonymous.get("/api/v1/clients"), 401);
  expect_problem(anonymous.get(client_path(1)), 401);
  expect_problem(anonymous.post("/api/v1/clients", new_client()), 401);
  expect_problem(anonymous.put(client_path(1), new_client()), 401);
}

TEST_P(ClientsApi, ClientOfAnotherOrganisationIsNotFound) {
  TestServer server(GetParam());
  auto admin = signed_in(server, "admin");
  auto org = admin.post("/api/v1/organisations", json::object{{"name", "Toisen kunnan palvelut"},
                                                              {"kinds", json::array{"purchaser"}},
                                                              {"regions", json::array{}}});
  ASSERT_EQ(org.status, 201) << org.body;
  const long long org_id = int_at(org.json(), "id");
  auto user = admin.post(
      "/api/v1/users",
      json::object{{"username", "olli"},
                   {"displayName", "Olli Ohjaaja"},
                   {"password", "ollin-salasana-2026"},
                   {"roles", json::array{json::object{{"organisationId", org_id}, {"role", "social_instructor"}}}}});
  ASSERT_EQ(user.status, 201) << user.body;

  auto olli = signed_in(server, "olli", "fi", "ollin-salasana-2026");
  auto theirs = olli.post("/api/v1/clients", new_client());
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  const long long their_id = int_at(theirs.json(), "id");
  EXPECT_EQ(int_at(theirs.json(), "organisationId"), org_id);
  EXPECT_EQ(items_of(olli.get("/api/v1/clients").json()).size(), 1U);
  expect_problem(olli.get(client_path(1)), 404);

  auto sanna = signed_in(server, "sanna");
  EXPECT_EQ(problem_code(expect_problem(sanna.get(client_path(their_id)), 404)), "not_found");
  expect_problem(sanna.put(client_path(their_id), theirs.json()), 404);
  expect_problem(signed_in(server, "mikko").get(client_path(their_id) + "/access-log"), 404);
  EXPECT_TRUE(items_of(sanna.get("/api/v1/clients?q=" + kCode).json()).empty());
  // Writing into the other organisation explicitly is refused, too.
  auto explicit_org = new_client(app::demo_identity_code(1, 2, 1980, 456));
  explicit_org["organisationId"] = org_id;
  expect_problem(sanna.post("/api/v1/clients", explicit_org), 403);
  // A client that does not exist at all answers the same way.
  expect_problem(sanna.get(client_path(999999)), 404);
}

TEST_P(ClientsApi, SameIdentityCodeTwiceInAnOrganisationIsDuplicate) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  ASSERT_EQ(sanna.post("/api/v1/clients", new_client()).status, 201);
  auto problem = expect_problem(sanna.post("/api/v1/clients", new_client()), 422);
  EXPECT_TRUE(has_field_error(problem, "personalIdentityCode", "duplicate")) << json::serialize(problem);
  EXPECT_EQ(items_of(sanna.get("/api/v1/clients?q=" + kCode).json()).size(), 1U);
}

TEST_P(ClientsApi, SearchWildcardsAreLiteral) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  for (const char* q : {"%25", "_", "%5C", "%25%25%20_"}) {
    auto res = sanna.get(std::string("/api/v1/clients?q=") + q);
    ASSERT_EQ(res.status, 200) << q << ": " << res.body;
    EXPECT_TRUE(items_of(res.json()).empty()) << q << " listed " << res.body;
  }
}

TEST_P(ClientsApi, OwnWorkerMustBeAClientWorkerOfTheOrganisation) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto me = sanna.get("/api/v1/auth/me").json();
  auto mine = new_client();
  mine["ownWorkerId"] = int_at(me.at("user"), "id");
  auto created = sanna.post("/api/v1/clients", mine);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(text_at(created.json(), "ownWorkerName"), "Sanna Sosiaaliohjaaja");

  const long long tuomas = int_at(signed_in(server, "tuomas").get("/api/v1/auth/me").json().at("user"), "id");
  auto foreign = new_client(app::demo_identity_code(1, 2, 1980, 456));
  foreign["ownWorkerId"] = tuomas;
  auto problem = expect_problem(sanna.post("/api/v1/clients", foreign), 422);
  EXPECT_TRUE(has_field_error(problem, "ownWorkerId", "invalid_choice")) << json::serialize(problem);
}

POLKU_API_TEST_BACKENDS(ClientsApi);

}  // namespace
}  // namespace polku::api_test
