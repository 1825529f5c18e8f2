// The bell over real HTTP on both databases: a user lists, reads and marks read only their own
// notifications; another's is not found; each one about a client shown is in the client's access log.
// The notices are written as another module would, through the notifications port into the same database.
#include "api/api_test_helpers.hpp"
#include "notifications/notifier.hpp"

namespace polku::api_test {
namespace {

class NotificationsApi : public BackendTest {};

// The notifications port over the server's database, as the attendance service will use it.
class Tell {
 public:
  explicit Tell(TestServer& server)
      : db_(server.database().url(), 1), audit_(db_), transactor_(db_, audit_), store_(db_), port_(store_, "") {}
  void absence(long long user_id, long long client_id, const std::string& date) {
    notifications::Notice n{user_id,
                            "absence_without_notice",
                            client_id,
                            "/cases/12#attendance",
                            {{"clientName", "Maija Meikäläinen"}, {"date", date}, {"placeName", "Lajittelu"}}};
    auto done = transactor_.run({0, "test", "test"}, [&](work::UnitOfWork& unit) -> Result<bool> {
      port_.notify(unit, n);
      return true;
    });
    EXPECT_TRUE(done.ok());
  }

 private:
  db::Database db_;
  audit::AuditLog audit_;
  work::Transactor transactor_;
  notifications::NotificationStore store_;
  notifications::Notifier port_;
};

std::string read_path(long long id) { return "/api/v1/notifications/" + std::to_string(id) + "/read"; }

TEST_P(NotificationsApi, AUserListsTheirOwnNewestFirstReadsOneAndThenAll) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Maija", "Meikäläinen");
  Tell tell(server);
  tell.absence(w.user_id("instructor"), client, "2027-03-04");
  tell.absence(w.user_id("instructor"), client, "2027-03-05");
  auto instructor = w.sign_in("instructor");

  auto list = json_ok(instructor.get("/api/v1/notifications"));
  EXPECT_EQ(int_at(list, "unreadCount"), 2);
  auto items = items_of(list);
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(text_at(items[0].at("params"), "date"), "2027-03-05");  // newest first
  EXPECT_EQ(text_at(items[0], "kind"), "absence_without_notice");
  EXPECT_EQ(text_at(items[0], "link"), "/cases/12#attendance");
  EXPECT_EQ(int_at(items[0], "clientId"), client);
  EXPECT_TRUE(items[0].at("readAt").is_null());
  const long long newest = int_at(items[0], "id");

  auto read = json_ok(instructor.post(read_path(newest), json::object{}));
  EXPECT_EQ(int_at(read, "id"), newest);
  const std::string read_at = text_at(read, "readAt");
  EXPECT_FALSE(read_at.empty());
  EXPECT_EQ(text_at(json_ok(instructor.post(read_path(newest), json::object{})), "readAt"), read_at);  // kept
  list = json_ok(instructor.get("/api/v1/notifications"));
  EXPECT_EQ(int_at(list, "unreadCount"), 1);
  EXPECT_EQ(items_of(list).size(), 2U);  // read ones stay on the list

  EXPECT_EQ(int_at(json_ok(instructor.post("/api/v1/notifications/read-all", json::object{})), "marked"), 1);
  list = json_ok(instructor.get("/api/v1/notifications"));
  EXPECT_EQ(int_at(list, "unreadCount"), 0);
  for (const auto& n : items_of(list)) EXPECT_FALSE(text_at(n, "readAt").empty());
}

TEST_P(NotificationsApi, NobodyReadsOrMarksAnothersNotification) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Maija", "Meikäläinen");
  Tell tell(server);
  tell.absence(w.user_id("instructor"), client, "2027-03-05");
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  const long long id = int_at(items_ok(instructor.get("/api/v1/notifications")).at(0), "id");

  auto theirs = json_ok(worker.get("/api/v1/notifications"));
  EXPECT_EQ(int_at(theirs, "unreadCount"), 0);
  EXPECT_TRUE(items_of(theirs).empty());
  EXPECT_EQ(problem_code(expect_problem(worker.post(read_path(id), json::object{}), 404)), "not_found");
  expect_problem(worker.post(read_path(id + 1000), json::object{}), 404);
  EXPECT_EQ(int_at(json_ok(worker.post("/api/v1/notifications/read-all", json::object{})), "marked"), 0);
  EXPECT_EQ(int_at(json_ok(instructor.get("/api/v1/notifications")), "unreadCount"), 1);  // still unread

  HttpClient nobody(server.port());
  expect_problem(nobody.get("/api/v1/notifications"), 401);
}

TEST_P(NotificationsApi, ShowingANotificationAboutAClientIsInTheClientsAccessLog) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Maija", "Meikäläinen");
  Tell tell(server);
  tell.absence(w.user_id("instructor"), client, "2027-03-05");
  auto instructor = w.sign_in("instructor");
  auto listed = instructor.get("/api/v1/notifications");
  const long long id = int_at(items_ok(listed).at(0), "id");
  auto read = instructor.post(read_path(id), json::object{});
  ASSERT_EQ(read.status, 200) << read.body;
  auto refused = w.sign_in("worker").post(read_path(id), json::object{});

  auto log = items_ok(w.sign_in("manager").get("/api/v1/clients/" + std::to_string(client) + "/access-log"));
  auto logged = [&](const std::string& action, const std::string& endpoint, const std::string& request_id) {
    for (const auto& e : log) {
      if (text_at(e, "action") == action && text_at(e, "endpoint") == endpoint && text_at(e, "requestId") == request_id)
        return true;
    }
    return false;
  };
  EXPECT_TRUE(logged("list", "GET /api/v1/notifications", listed.header("x-request-id")));
  EXPECT_TRUE(logged("read", "POST /api/v1/notifications/{id}/read", read.header("x-request-id")));
  EXPECT_TRUE(logged("refused", "POST /api/v1/notifications/{id}/read", refused.header("x-request-id")));
}

POLKU_API_TEST_BACKENDS(NotificationsApi);

}  // namespace
}  // namespace polku::api_test
