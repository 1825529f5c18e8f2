// The demo data that `make run` loads (no other test stands on it): it loads into a fresh
// database of either kind through the same stores a user's changes go through, once,
// and every demo user signs in and sees the demo's story.
#include "api/api_test_helpers.hpp"
#include "app/demo_data.hpp"

namespace polku::api_test {
namespace {

class DemoDataApi : public BackendTest {};

TEST_P(DemoDataApi, LoadsIntoAFreshDatabaseOnceAndEveryDemoUserSignsIn) {
  std::vector<app::DemoLogin> logins;
  TestServer server(GetParam(), [&](db::Database& db) {
    logins = app::seed_demo(db);
    EXPECT_TRUE(app::has_demo_users(db));
    EXPECT_TRUE(app::seed_demo(db).empty()) << "a second seed does nothing";
  });
  ASSERT_FALSE(logins.empty());
  for (const auto& login : logins) {
    HttpClient client(server.port());
    auto res = client.login(login.username, app::kDemoPassword);
    ASSERT_EQ(res.status, 200) << login.username << ": " << res.body;
    EXPECT_EQ(text_at(res.json().at("user"), "username"), login.username);
  }
  auto instructor = signed_in(server, "sanna", "fi", app::kDemoPassword);
  EXPECT_EQ(items_ok(instructor.get("/api/v1/clients")).size(), 6U);
  EXPECT_FALSE(items_ok(instructor.get("/api/v1/cases")).empty());
  EXPECT_FALSE(items_ok(instructor.get("/api/v1/places")).empty());
  EXPECT_FALSE(items_ok(signed_in(server, "mikko", "fi", app::kDemoPassword).get("/api/v1/agreements")).empty());
}

POLKU_API_TEST_BACKENDS(DemoDataApi);

}  // namespace
}  // namespace polku::api_test
