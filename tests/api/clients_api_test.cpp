// The client register over real HTTP: create, validate, search, read, edit
// with optimistic versions, and who may see which clients.
#include "api/api_test_helpers.hpp"

namespace polku::api_test {
namespace {

class ClientsApi : public BackendTest {};

const std::string kCode = testing::identity_code(24, 12, 1975, 123);  // born 1975-12-24

json::object new_client(const std::string& code = kCode) {
  return {{"firstNames", "Kalle Veikko"},
          {"lastName", "Koekäyttäjä"},
          {"personalIdentityCode", code},
          {"municipality", "Testilaakso"},
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
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto res = instructor.post("/api/v1/clients", new_client());
  ASSERT_EQ(res.status, 201) << res.body;
  auto c = res.json();
  EXPECT_GT(int_at(c, "id"), 0);
  EXPECT_EQ(int_at(c, "organisationId"), 1);
  EXPECT_EQ(text_at(c, "lastName"), "Koekäyttäjä");
  EXPECT_EQ(text_at(c, "personalIdentityCode"), kCode);
  EXPECT_EQ(text_at(c, "dateOfBirth"), "1975-12-24");
  EXPECT_EQ(text_at(c, "preferredLanguage"), "fi");
  EXPECT_EQ(int_at(c, "version"), 1);

  auto again = instructor.get(client_path(int_at(c, "id")));
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(text_at(again.json(), "dateOfBirth"), "1975-12-24");
}

TEST_P(ClientsApi, InvalidIdentityCodeIsFieldErrorInTheRequestLanguage) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto fi = w.sign_in("instructor", "fi");
  auto sv = w.sign_in("instructor", "sv");
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
  EXPECT_TRUE(items_ok(fi.get("/api/v1/clients?q=" + kCode.substr(0, 6))).empty());
}

TEST_P(ClientsApi, SearchFindsClientsByNameAndByIdentityCode) {
  TestServer server(GetParam());
  auto w = World::build(server);
  w.client("Anna", "Ensimmäinen");
  const long long other =
      w.client("Erik", "Toinen", {{"personalIdentityCode", testing::identity_code(21, 6, 1978, 923)}});
  auto instructor = w.sign_in("instructor");
  auto all = instructor.get("/api/v1/clients");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(items_ok(all).size(), 2U);

  ASSERT_EQ(instructor.post("/api/v1/clients", new_client()).status, 201);
  auto by_name = instructor.get("/api/v1/clients?q=koek%C3%A4ytt%C3%A4j%C3%A4");
  ASSERT_EQ(by_name.status, 200) << by_name.body;
  ASSERT_EQ(items_ok(by_name).size(), 1U) << by_name.body;
  EXPECT_EQ(text_at(items_ok(by_name)[0], "personalIdentityCode"), kCode);

  auto by_two_words = instructor.get("/api/v1/clients?q=Kalle%20Koek");
  EXPECT_EQ(items_ok(by_two_words).size(), 1U) << by_two_words.body;

  auto by_code = instructor.get("/api/v1/clients?q=" + kCode);
  ASSERT_EQ(items_ok(by_code).size(), 1U) << by_code.body;
  EXPECT_EQ(text_at(items_ok(by_code)[0], "lastName"), "Koekäyttäjä");
  EXPECT_EQ(text_at(items_ok(by_code)[0], "dateOfBirth"), "1975-12-24");

  auto by_other_code = instructor.get("/api/v1/clients?q=" + testing::identity_code(21, 6, 1978, 923));
  ASSERT_EQ(items_ok(by_other_code).size(), 1U) << by_other_code.body;
  EXPECT_EQ(text_at(items_ok(by_other_code)[0], "firstNames"), "Erik");
  EXPECT_EQ(int_at(items_ok(by_other_code)[0], "id"), other);

  EXPECT_TRUE(items_ok(instructor.get("/api/v1/clients?q=nobody-by-this-name")).empty());
}

TEST_P(ClientsApi, EditWithCurrentVersionSucceedsAndStaleVersionConflicts) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto created = instructor.post("/api/v1/clients", new_client());
  ASSERT_EQ(created.status, 201) << created.body;
  const long long id = int_at(created.json(), "id");

  auto current = json_ok(instructor.get(client_path(id))).as_object();
  ASSERT_EQ(current.at("version").as_int64(), 1);
  auto edit = current;
  edit["phone"] = "050 765 4321";
  auto updated = instructor.put(client_path(id), edit);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(int_at(updated.json(), "version"), 2);
  EXPECT_EQ(text_at(updated.json(), "phone"), "050 765 4321");

  auto stale = current;  // still version 1
  stale["municipality"] = "Muuala";
  auto conflict = expect_problem(instructor.put(client_path(id), stale), 409);
  EXPECT_EQ(problem_code(conflict), "stale_version");
  auto after = json_ok(instructor.get(client_path(id)));
  EXPECT_EQ(int_at(after, "version"), 2);
  EXPECT_EQ(text_at(after, "municipality"), "Testilaakso");
  EXPECT_EQ(text_at(after, "phone"), "050 765 4321");
}

TEST_P(ClientsApi, CoachAndPlacementSupervisorCannotListOrCreateClients) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client();
  for (const char* username : {"coach", "supervisor"}) {
    auto user = w.sign_in(username);
    EXPECT_EQ(problem_code(expect_problem(user.get("/api/v1/clients"), 403)), "forbidden") << username;
    expect_problem(user.post("/api/v1/clients", new_client()), 403);
    expect_problem(user.get(client_path(client)), 404);
  }
  EXPECT_TRUE(items_ok(w.sign_in("instructor").get("/api/v1/clients?q=" + kCode)).empty());
}

TEST_P(ClientsApi, AdminRoleAloneGivesNoClientData) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client();
  auto admin = w.sign_in("admin");
  expect_problem(admin.get("/api/v1/clients"), 403);
  expect_problem(admin.post("/api/v1/clients", new_client()), 403);
  expect_problem(admin.get(client_path(client)), 404);
  expect_problem(admin.get(client_path(client) + "/access-log"), 404);
}

TEST_P(ClientsApi, ManagerReadsButDoesNotWrite) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client();
  w.client("Toinen", "Asiakas");
  auto manager = w.sign_in("manager");
  EXPECT_EQ(items_ok(manager.get("/api/v1/clients")).size(), 2U);
  auto one = manager.get(client_path(client));
  ASSERT_EQ(one.status, 200) << one.body;
  expect_problem(manager.post("/api/v1/clients", new_client()), 403);
  expect_problem(manager.put(client_path(client), one.json()), 403);
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
  auto w = World::build(server);
  const long long ours = w.client();
  const long long org_id = w.other_purchaser;
  auto other = w.sign_in("other_instructor");
  auto theirs = other.post("/api/v1/clients", new_client());
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  const long long their_id = int_at(theirs.json(), "id");
  EXPECT_EQ(int_at(theirs.json(), "organisationId"), org_id);
  EXPECT_EQ(items_ok(other.get("/api/v1/clients")).size(), 1U);
  expect_problem(other.get(client_path(ours)), 404);

  auto instructor = w.sign_in("instructor");
  EXPECT_EQ(problem_code(expect_problem(instructor.get(client_path(their_id)), 404)), "not_found");
  expect_problem(instructor.put(client_path(their_id), theirs.json()), 404);
  expect_problem(w.sign_in("manager").get(client_path(their_id) + "/access-log"), 404);
  EXPECT_TRUE(items_ok(instructor.get("/api/v1/clients?q=" + kCode)).empty());
  // Writing into the other organisation explicitly is refused, too.
  auto explicit_org = new_client(testing::identity_code(1, 2, 1980, 456));
  explicit_org["organisationId"] = org_id;
  expect_problem(instructor.post("/api/v1/clients", explicit_org), 403);
  // A client that does not exist at all answers the same way.
  expect_problem(instructor.get(client_path(999999)), 404);
}

TEST_P(ClientsApi, SameIdentityCodeTwiceInAnOrganisationIsDuplicate) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  ASSERT_EQ(instructor.post("/api/v1/clients", new_client()).status, 201);
  auto problem = expect_problem(instructor.post("/api/v1/clients", new_client()), 422);
  EXPECT_TRUE(has_field_error(problem, "personalIdentityCode", "duplicate")) << json::serialize(problem);
  EXPECT_EQ(items_ok(instructor.get("/api/v1/clients?q=" + kCode)).size(), 1U);
}

TEST_P(ClientsApi, SearchWildcardsAreLiteral) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  for (const char* q : {"%25", "_", "%5C", "%25%25%20_"}) {
    auto res = instructor.get(std::string("/api/v1/clients?q=") + q);
    ASSERT_EQ(res.status, 200) << q << ": " << res.body;
    EXPECT_TRUE(items_ok(res).empty()) << q << " listed " << res.body;
  }
}

TEST_P(ClientsApi, OwnWorkerMustBeAClientWorkerOfTheOrganisation) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto me = json_ok(instructor.get("/api/v1/auth/me"));
  auto mine = new_client();
  mine["ownWorkerId"] = int_at(me.at("user"), "id");
  auto created = instructor.post("/api/v1/clients", mine);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(text_at(created.json(), "ownWorkerName"), w.name("instructor"));

  const long long coach = int_at(json_ok(w.sign_in("coach").get("/api/v1/auth/me")).at("user"), "id");
  auto foreign = new_client(testing::identity_code(1, 2, 1980, 456));
  foreign["ownWorkerId"] = coach;
  auto problem = expect_problem(instructor.post("/api/v1/clients", foreign), 422);
  EXPECT_TRUE(has_field_error(problem, "ownWorkerId", "invalid_choice")) << json::serialize(problem);
}

TEST_P(ClientsApi, TheManagerNamesTheOwnWorkerAndOnlyAWorkerOfTheOrganisation) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Oiva", "Omatyöntekijätön");
  const auto path = "/api/v1/clients/" + std::to_string(client) + "/own-worker";
  auto manager = w.sign_in("manager");
  const auto version = [&] {
    return int_at(json_ok(manager.get("/api/v1/clients/" + std::to_string(client))), "version");
  };
  auto coach =
      expect_problem(manager.put(path, json::object{{"ownWorkerId", w.user_id("coach")}, {"version", version()}}), 422);
  EXPECT_TRUE(has_field_error(coach, "ownWorkerId", "invalid_choice"));
  auto named = json_ok(manager.put(path, json::object{{"ownWorkerId", w.user_id("worker")}, {"version", version()}}));
  EXPECT_EQ(int_at(named, "ownWorkerId"), w.user_id("worker"));
  EXPECT_EQ(text_at(named, "ownWorkerName"), w.name("worker"));
  auto stale = expect_problem(manager.put(path, json::object{{"ownWorkerId", nullptr}, {"version", 1}}), 409);
  EXPECT_EQ(problem_code(stale), "stale_version");
  expect_problem(manager.put(path, json::object{{"ownWorkerId", nullptr}}), 422);  // the version read is required
  auto cleared = json_ok(manager.put(path, json::object{{"ownWorkerId", nullptr}, {"version", version()}}));
  EXPECT_TRUE(cleared.at("ownWorkerId").is_null());
  auto other = w.sign_in("other_instructor");
  expect_problem(other.put(path, json::object{{"ownWorkerId", nullptr}, {"version", version()}}), 404);
  expect_problem(
      w.sign_in("provider_manager").put(path, json::object{{"ownWorkerId", nullptr}, {"version", version()}}), 404);
}

POLKU_API_TEST_BACKENDS(ClientsApi);

}  // namespace
}  // namespace polku::api_test
