// Every read and change of client data shows in the client's access log, which
// only a manager of the organisation may read; the hash chain stays intact.
#include "api/api_test_helpers.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class AuditApi : public BackendTest {};

std::string client_path(long long id) { return "/api/v1/clients/" + std::to_string(id); }

struct Entry {
  std::string action, user_name, endpoint, request_id;
};

std::vector<Entry> entries_of(const HttpResponse& res) {
  std::vector<Entry> out;
  for (const auto& e : items_ok(res)) {
    EXPECT_FALSE(text_at(e, "at").empty());
    out.push_back({text_at(e, "action"), text_at(e, "userName"), text_at(e, "endpoint"), text_at(e, "requestId")});
  }
  return out;
}

bool has_entry(const std::vector<Entry>& entries, const Entry& wanted) {
  for (const auto& e : entries) {
    if (e.action == wanted.action && e.user_name == wanted.user_name && e.endpoint == wanted.endpoint &&
        e.request_id == wanted.request_id) {
      return true;
    }
  }
  return false;
}

std::string describe(const std::vector<Entry>& entries) {
  std::string out;
  for (const auto& e : entries)
    out += e.action + " | " + e.user_name + " | " + e.endpoint + " | " + e.request_id + "\n";
  return out;
}

const std::string kMattiCode = testing::identity_code(13, 10, 1985, 901);

// Matti Johannes Esimerkki, made for the test, and another Esimerkki(nen) for searches by name.
void make_clients(World& w) {
  w.client("Matti Johannes", "Esimerkki", {{"personalIdentityCode", kMattiCode}});
  w.client("Ahmed", "Esimerkkinen");
}

// Matti's id as the instructor finds him by his identity code (a search: logged as a list).
long long find_matti(HttpClient& instructor) {
  auto found = instructor.get("/api/v1/clients?q=" + kMattiCode);
  EXPECT_EQ(items_ok(found).size(), 1U) << found.body;
  return items_ok(found).empty() ? 0 : int_at(items_ok(found)[0], "id");
}

TEST_P(AuditApi, EveryClientReadSearchAndEditAppearsInTheAccessLog) {
  TestServer server(GetParam());
  auto w = World::build(server);
  make_clients(w);
  auto instructor = w.sign_in("instructor");
  const long long id = find_matti(instructor);
  ASSERT_GT(id, 0);
  const std::string instructor_name = w.name("instructor");

  auto read = instructor.get(client_path(id));
  ASSERT_EQ(read.status, 200) << read.body;
  const auto read_id = read.header("x-request-id");
  ASSERT_FALSE(read_id.empty());

  auto search = instructor.get("/api/v1/clients?q=Esimerkki");
  ASSERT_EQ(search.status, 200) << search.body;
  EXPECT_EQ(items_ok(search).size(), 2U) << search.body;  // Esimerkki and Esimerkkinen

  auto edit = read.json().as_object();
  edit["phone"] = "040 999 0000";
  auto updated = instructor.put(client_path(id), edit);
  ASSERT_EQ(updated.status, 200) << updated.body;

  // A request id chosen by the caller is kept and logged, too.
  auto traced = instructor.request("GET", client_path(id), {}, {{"X-Request-Id", "trace-from-the-browser-42"}});
  ASSERT_EQ(traced.status, 200);
  EXPECT_EQ(traced.header("x-request-id"), "trace-from-the-browser-42");

  auto manager = w.sign_in("manager");
  auto log = manager.get(client_path(id) + "/access-log");
  ASSERT_EQ(log.status, 200) << log.body;
  const auto entries = entries_of(log);
  EXPECT_TRUE(has_entry(entries, {"read", instructor_name, "GET /api/v1/clients/{id}", read_id})) << describe(entries);
  EXPECT_TRUE(has_entry(entries, {"list", instructor_name, "GET /api/v1/clients", search.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(
      has_entry(entries, {"update", instructor_name, "PUT /api/v1/clients/{id}", updated.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(has_entry(entries, {"read", instructor_name, "GET /api/v1/clients/{id}", "trace-from-the-browser-42"}))
      << describe(entries);
  // The first search (by identity code) listed this client as well.
  int lists = 0;
  for (const auto& e : entries) lists += e.action == "list" ? 1 : 0;
  EXPECT_EQ(lists, 2) << describe(entries);

  // Reading the access log is itself logged.
  auto again = manager.get(client_path(id) + "/access-log");
  const auto later = entries_of(again);
  EXPECT_TRUE(
      has_entry(later, {"read", w.name("manager"), "GET /api/v1/clients/{id}/access-log", log.header("x-request-id")}))
      << describe(later);

  server.database().reopen();
  const auto verdict = audit::AuditLog(server.database().db()).verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at record " << verdict.first_broken_id;
}

TEST_P(AuditApi, SearchLogsOnlyTheClientsItListed) {
  TestServer server(GetParam());
  auto w = World::build(server);
  make_clients(w);
  w.client("Erik", "Testström");
  auto instructor = w.sign_in("instructor");
  const long long matti = find_matti(instructor);
  auto erik = instructor.get("/api/v1/clients?q=Teststr%C3%B6m");
  ASSERT_EQ(items_ok(erik).size(), 1U) << erik.body;
  const long long erik_id = int_at(items_ok(erik)[0], "id");

  auto manager = w.sign_in("manager");
  auto erik_log = entries_of(manager.get(client_path(erik_id) + "/access-log"));
  EXPECT_TRUE(has_entry(erik_log, {"list", w.name("instructor"), "GET /api/v1/clients", erik.header("x-request-id")}))
      << describe(erik_log);
  for (const auto& e : entries_of(manager.get(client_path(matti) + "/access-log"))) {
    EXPECT_NE(e.request_id, erik.header("x-request-id")) << "Matti was not in the result of that search";
  }
}

TEST_P(AuditApi, CreatingAClientIsLogged) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto created = instructor.post("/api/v1/clients",
                                 json::object{{"firstNames", "Uusi"},
                                              {"lastName", "Asiakas"},
                                              {"personalIdentityCode", testing::identity_code(5, 5, 1995, 321)}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto log = w.sign_in("manager").get(client_path(int_at(created.json(), "id")) + "/access-log");
  const auto entries = entries_of(log);
  EXPECT_TRUE(
      has_entry(entries, {"create", w.name("instructor"), "POST /api/v1/clients", created.header("x-request-id")}))
      << describe(entries);
}

TEST_P(AuditApi, OnlyAManagerReadsTheAccessLog) {
  TestServer server(GetParam());
  auto w = World::build(server);
  make_clients(w);
  auto instructor = w.sign_in("instructor");
  const long long id = find_matti(instructor);
  EXPECT_EQ(problem_code(expect_problem(instructor.get(client_path(id) + "/access-log"), 403)), "forbidden");
  expect_problem(w.sign_in("worker").get(client_path(id) + "/access-log"), 403);
  // A manager of another organisation does not even learn that the client exists.
  expect_problem(w.sign_in("provider_manager").get(client_path(id) + "/access-log"), 404);
  expect_problem(HttpClient(server.port()).get(client_path(id) + "/access-log"), 401);
  EXPECT_EQ(w.sign_in("manager").get(client_path(id) + "/access-log").status, 200);
}

TEST_P(AuditApi, HashChainVerifiesAfterReadsAndEdits) {
  TestServer server(GetParam());
  auto w = World::build(server);
  make_clients(w);
  auto instructor = w.sign_in("instructor");
  const long long id = find_matti(instructor);
  for (int i = 0; i < 3; ++i) {
    auto current = instructor.get(client_path(id));
    ASSERT_EQ(current.status, 200);
    auto edit = current.json().as_object();
    edit["phone"] = "040 555 000" + std::to_string(i);
    ASSERT_EQ(instructor.put(client_path(id), edit).status, 200);
  }
  ASSERT_EQ(instructor.get("/api/v1/clients").status, 200);
  ASSERT_EQ(w.sign_in("manager").get(client_path(id) + "/access-log").status, 200);

  server.database().reopen();
  audit::AuditLog audit(server.database().db());
  const auto verdict = audit.verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at record " << verdict.first_broken_id;
  EXPECT_GE(audit.for_client(id).size(), 8U);
}

POLKU_API_TEST_BACKENDS(AuditApi);

// A refused attempt is logged as surely as a read: another organisation's worker and a
// coach without the case get 404, and the client's manager sees who tried, and where.
TEST_P(AuditApi, RefusedReadsOfAClientAndItsCaseAppearInTheAccessLog) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Kielletty", "Lukija");
  auto instructor = w.sign_in("instructor");
  auto created = instructor.post("/api/v1/cases", json::object{{"clientId", client}, {"serviceType", "ktt"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const long long case_id = int_at(created.json(), "id");

  auto stranger = w.sign_in("other_instructor");
  auto read = stranger.get(client_path(client));
  expect_problem(read, 404);
  auto edit = stranger.put(client_path(client), json::object{{"firstNames", "X"}, {"version", 1}});
  expect_problem(edit, 404);
  auto coach = w.sign_in("coach");
  auto case_read = coach.get("/api/v1/cases/" + std::to_string(case_id));
  expect_problem(case_read, 404);

  auto manager = w.sign_in("manager");
  const auto entries = entries_of(manager.get(client_path(client) + "/access-log"));
  const std::string stranger_name = w.name("other_instructor");
  EXPECT_TRUE(has_entry(entries, {"refused", stranger_name, "GET /api/v1/clients/{id}", read.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(has_entry(entries, {"refused", stranger_name, "PUT /api/v1/clients/{id}", edit.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(
      has_entry(entries, {"refused", w.name("coach"), "GET /api/v1/cases/{id}", case_read.header("x-request-id")}))
      << describe(entries);
  // A client that does not exist leaves nothing to log, and still answers 404.
  expect_problem(stranger.get(client_path(client + 1000)), 404);
}

// Another organisation's worker asking for a client's bookings, visits or agreements is refused
// with a 404 and logged as refused; the client's own worker's list is logged as a list.
TEST_P(AuditApi, RefusedReadsOfAClientsBookingsAppearInTheAccessLog) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Varattu", "Asiakas");
  auto instructor = w.sign_in("instructor");
  auto booked = instructor.post("/api/v1/bookings", json::object{{"placeId", w.registry().yard},
                                                                 {"clientId", client},
                                                                 {"startDate", polku::add_days(today_helsinki(), 3)}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  const auto query = "?clientId=" + std::to_string(client);
  auto own = instructor.get("/api/v1/bookings" + query);
  ASSERT_EQ(own.status, 200) << own.body;

  auto stranger = w.sign_in("other_instructor");
  auto bookings = stranger.get("/api/v1/bookings" + query);
  expect_problem(bookings, 404);
  auto visits = stranger.get("/api/v1/introductory-visits" + query);
  expect_problem(visits, 404);
  auto end = stranger.put("/api/v1/bookings/" + std::to_string(int_at(booked.json(), "id")) + "/end",
                          json::object{{"endDate", polku::add_days(today_helsinki(), 30)}, {"version", 1}});
  expect_problem(end, 404);

  auto manager = w.sign_in("manager");
  const auto entries = entries_of(manager.get(client_path(client) + "/access-log"));
  const std::string stranger_name = w.name("other_instructor");
  EXPECT_TRUE(has_entry(entries, {"refused", stranger_name, "GET /api/v1/bookings", bookings.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(
      has_entry(entries, {"refused", stranger_name, "GET /api/v1/introductory-visits", visits.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(
      has_entry(entries, {"refused", stranger_name, "PUT /api/v1/bookings/{id}/end", end.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(
      has_entry(entries, {"create", w.name("instructor"), "POST /api/v1/bookings", booked.header("x-request-id")}))
      << describe(entries);
  EXPECT_TRUE(has_entry(entries, {"list", w.name("instructor"), "GET /api/v1/bookings", own.header("x-request-id")}))
      << describe(entries);
}

}  // namespace
}  // namespace polku::api_test
