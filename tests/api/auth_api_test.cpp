// Sign-in, sessions, CSRF, sign-out and password change over real HTTP.
#include <mutex>
#include <thread>

#include "api/api_test_helpers.hpp"
#include "platform/auth/login_throttle.hpp"

namespace polku::api_test {
namespace {

class AuthApi : public BackendTest {};

TEST_P(AuthApi, SignInSetsHttpOnlyStrictCookieAndReturnsMeWithCsrfToken) {
  TestServer server(GetParam());
  auto w = World::build(server);
  HttpClient client(server.port());
  auto res = client.login("instructor", testing::kTestPassword);
  ASSERT_EQ(res.status, 200) << res.body;
  const auto cookie = res.header("set-cookie");
  EXPECT_EQ(cookie.rfind("polku_session=", 0), 0U) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("Path=/"), std::string::npos) << cookie;
  EXPECT_FALSE(client.cookie.empty());

  auto me = res.json();
  EXPECT_FALSE(text_at(me, "csrfToken").empty());
  EXPECT_EQ(text_at(me.at("user"), "username"), "instructor");
  EXPECT_EQ(text_at(me.at("user"), "displayName"), w.name("instructor"));
  ASSERT_EQ(me.at("organisations").as_array().size(), 1U);
  EXPECT_EQ(text_at(me.at("organisations").at(0), "name"), testing::kCountyName);

  auto again = client.get("/api/v1/auth/me");
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(text_at(again.json(), "csrfToken"), client.csrf_token);
  EXPECT_EQ(text_at(again.json().at("user"), "username"), "instructor");
}

TEST_P(AuthApi, UsernameIsCaseInsensitive) {
  TestServer server(GetParam());
  World::build(server);
  HttpClient client(server.port());
  EXPECT_EQ(client.login("INSTRUCTOR", testing::kTestPassword).status, 200);
}

TEST_P(AuthApi, WrongPasswordIsUnauthorisedWithTitleInRequestLanguage) {
  TestServer server(GetParam());
  World::build(server);
  HttpClient finnish(server.port());
  auto fi = expect_problem(finnish.login("instructor", "not-the-password"), 401);
  EXPECT_EQ(problem_code(fi), "invalid_credentials");
  EXPECT_EQ(text_at(fi, "title"), "Käyttäjätunnus tai salasana on väärä.");
  EXPECT_TRUE(finnish.cookie.empty());

  HttpClient english(server.port());
  english.language = "en";
  auto en = expect_problem(english.login("instructor", "not-the-password"), 401);
  EXPECT_EQ(text_at(en, "title"), "The username or password is wrong.");
  EXPECT_NE(text_at(en, "title"), text_at(fi, "title"));
}

TEST_P(AuthApi, UnknownUserGetsTheSameAnswerAsWrongPassword) {
  TestServer server(GetParam());
  World::build(server);
  HttpClient client(server.port());
  auto wrong_password = expect_problem(client.login("instructor", "not-the-password"), 401);
  auto unknown = expect_problem(client.login("nobody-here", "not-the-password"), 401);
  EXPECT_EQ(text_at(unknown, "type"), text_at(wrong_password, "type"));
  EXPECT_EQ(text_at(unknown, "title"), text_at(wrong_password, "title"));
  EXPECT_EQ(text_at(unknown, "detail"), text_at(wrong_password, "detail"));
  std::vector<std::string> keys_unknown, keys_wrong;
  for (const auto& kv : unknown.as_object()) keys_unknown.emplace_back(kv.key());
  for (const auto& kv : wrong_password.as_object()) keys_wrong.emplace_back(kv.key());
  EXPECT_EQ(keys_unknown, keys_wrong);
}

TEST_P(AuthApi, MissingCredentialsAreFieldErrors) {
  TestServer server(GetParam());
  HttpClient client(server.port());
  auto problem = expect_problem(client.post("/api/v1/auth/login", json::object{}), 422);
  EXPECT_TRUE(has_field_error(problem, "username", "required")) << json::serialize(problem);
  EXPECT_TRUE(has_field_error(problem, "password", "required")) << json::serialize(problem);
}

TEST_P(AuthApi, FiveFailuresLockTheAccountEvenForTheRightPassword) {
  TestServer server(GetParam());
  World::build(server);
  HttpClient client(server.port());
  for (int i = 0; i < 5; ++i) expect_problem(client.login("worker", "wrong-password-" + std::to_string(i)), 401);
  auto locked = client.login("worker", testing::kTestPassword);
  auto problem = expect_problem(locked, 429);
  EXPECT_EQ(problem_code(problem), "too_many_attempts");
  const auto retry_after = locked.header("retry-after");
  ASSERT_FALSE(retry_after.empty());
  EXPECT_GE(std::stoi(retry_after), 1);
  EXPECT_LE(std::stoi(retry_after), 60);
  EXPECT_TRUE(client.cookie.empty());
  // Another account is not locked by worker's failures.
  EXPECT_EQ(HttpClient(server.port()).login("instructor", testing::kTestPassword).status, 200);
}

TEST_P(AuthApi, MeWithoutSessionIsUnauthorised) {
  TestServer server(GetParam());
  HttpClient client(server.port());
  EXPECT_EQ(problem_code(expect_problem(client.get("/api/v1/auth/me"), 401)), "unauthenticated");
  client.cookie = "not-a-real-session-token-0123456789";
  expect_problem(client.get("/api/v1/auth/me"), 401);
}

TEST_P(AuthApi, StateChangeWithoutOrWithWrongCsrfTokenIsRefusedAndChangesNothing) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const json::object change{{"currentPassword", testing::kTestPassword}, {"newPassword", "a-brand-new-passphrase"}};

  instructor.send_csrf = false;
  auto missing = expect_problem(instructor.post("/api/v1/auth/password", change), 403);
  EXPECT_EQ(problem_code(missing), "csrf_failed");

  auto wrong = expect_problem(instructor.request("POST", "/api/v1/auth/password", json::serialize(change),
                                                 {{"X-CSRF-Token", std::string(instructor.csrf_token.size(), 'x')}}),
                              403);
  EXPECT_EQ(problem_code(wrong), "csrf_failed");

  auto logout = instructor.request("POST", "/api/v1/auth/logout");
  EXPECT_EQ(problem_code(expect_problem(logout, 403)), "csrf_failed");

  // Nothing changed: the old password still works, the new does not, the session lives.
  EXPECT_EQ(instructor.get("/api/v1/auth/me").status, 200);
  EXPECT_EQ(HttpClient(server.port()).login("instructor", testing::kTestPassword).status, 200);
  EXPECT_EQ(HttpClient(server.port()).login("instructor", "a-brand-new-passphrase").status, 401);
}

TEST_P(AuthApi, LogoutEndsTheSession) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  ASSERT_EQ(instructor.get("/api/v1/auth/me").status, 200);
  auto out = instructor.request("POST", "/api/v1/auth/logout");
  EXPECT_EQ(out.status, 204) << out.body;
  const auto cleared = out.header("set-cookie");
  EXPECT_EQ(cleared.rfind("polku_session=;", 0), 0U) << cleared;
  EXPECT_NE(cleared.find("Max-Age=0"), std::string::npos) << cleared;
  // The old cookie no longer works, even if the browser kept it.
  expect_problem(instructor.get("/api/v1/auth/me"), 401);
}

TEST_P(AuthApi, PasswordChangeRefusesWrongCurrentPassword) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto problem = expect_problem(
      instructor.post("/api/v1/auth/password",
                      json::object{{"currentPassword", "not-my-password"}, {"newPassword", "a-brand-new-passphrase"}}),
      422);
  EXPECT_TRUE(has_field_error(problem, "currentPassword", "wrong_password")) << json::serialize(problem);
  EXPECT_TRUE(field_error(problem, "newPassword").is_null()) << json::serialize(problem);
  EXPECT_EQ(HttpClient(server.port()).login("instructor", testing::kTestPassword).status, 200);
}

TEST_P(AuthApi, PasswordChangeRefusesTooShortNewPassword) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto problem = expect_problem(
      instructor.post("/api/v1/auth/password",
                      json::object{{"currentPassword", testing::kTestPassword}, {"newPassword", "short"}}),
      422);
  EXPECT_TRUE(has_field_error(problem, "newPassword", "too_short")) << json::serialize(problem);
  EXPECT_TRUE(field_error(problem, "currentPassword").is_null()) << json::serialize(problem);
  EXPECT_EQ(HttpClient(server.port()).login("instructor", "short").status, 401);
}

TEST_P(AuthApi, PasswordChangeTakesEffectAndEndsTheUsersOtherSessions) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto here = w.sign_in("instructor");
  auto elsewhere = w.sign_in("instructor");
  auto colleague = w.sign_in("worker");
  ASSERT_EQ(elsewhere.get("/api/v1/auth/me").status, 200);  // the session is cached now

  auto res = here.post("/api/v1/auth/password", json::object{{"currentPassword", testing::kTestPassword},
                                                             {"newPassword", "a-brand-new-passphrase"}});
  ASSERT_EQ(res.status, 204) << res.body;
  EXPECT_TRUE(res.body.empty());

  EXPECT_EQ(here.get("/api/v1/auth/me").status, 200);
  expect_problem(elsewhere.get("/api/v1/auth/me"), 401);
  EXPECT_EQ(colleague.get("/api/v1/auth/me").status, 200);
  EXPECT_EQ(HttpClient(server.port()).login("instructor", "a-brand-new-passphrase").status, 200);
  expect_problem(HttpClient(server.port()).login("instructor", testing::kTestPassword), 401);
}

// A success clears the name's count: four mistakes, in, four more, and in again (eight would have locked it).
TEST_P(AuthApi, ASuccessClearsTheNamesCount) {
  TestServer server(GetParam());
  World::build(server);
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 4; ++i) {
      expect_problem(HttpClient(server.port()).login("worker", "typo-" + std::to_string(i)), 401);
    }
    EXPECT_EQ(HttpClient(server.port()).login("worker", testing::kTestPassword).status, 200) << "round " << round;
  }
}

// Behind a trusted proxy the client's own address counts: a stranger's failures from elsewhere lock only the
// stranger, and the worker still gets in.
TEST_P(AuthApi, AStrangerElsewhereCannotLockTheWorkerOut) {
  TestServer server(GetParam(), {}, [](config::Config& c) { c.trusted_proxies = {"127.0.0.1"}; });
  World::build(server);
  HttpClient stranger(server.port());
  stranger.forwarded_for = "203.0.113.9";
  for (int i = 0; i < 5; ++i) expect_problem(stranger.login("worker", "guess-" + std::to_string(i)), 401);
  EXPECT_EQ(problem_code(expect_problem(stranger.login("worker", testing::kTestPassword), 429)), "too_many_attempts");
  HttpClient worker(server.port());
  worker.forwarded_for = "198.51.100.7";
  EXPECT_EQ(worker.login("worker", testing::kTestPassword).status, 200);
  // The proxy's own list: a client's forged entry before the proxy's is not believed.
  HttpClient forging(server.port());
  forging.forwarded_for = "198.51.100.7, 203.0.113.9";
  expect_problem(forging.login("worker", testing::kTestPassword), 429);
}

// One source trying many names is slowed though no name reaches its own limit; another source is not.
TEST_P(AuthApi, OneAddressTryingManyNamesIsSlowed) {
  TestServer server(GetParam(), {}, [](config::Config& c) { c.trusted_proxies = {"127.0.0.1"}; });
  World::build(server);
  HttpClient prober(server.port());
  prober.forwarded_for = "203.0.113.50";
  for (int i = 0; i < auth::kAddressFailuresBeforeLock; ++i) {
    expect_problem(prober.login("name" + std::to_string(i % 10), "guess"), 401);
  }
  auto refused = prober.login("instructor", testing::kTestPassword);
  expect_problem(refused, 429);
  EXPECT_GE(std::stoi(refused.header("retry-after")), 1);
  HttpClient office(server.port());
  office.forwarded_for = "198.51.100.20";
  EXPECT_EQ(office.login("instructor", testing::kTestPassword).status, 200);
}

// Without a trusted proxy, X-Forwarded-For is anyone's to write: the peer's address counts.
TEST_P(AuthApi, AnUntrustedForwardedForIsIgnored) {
  TestServer server(GetParam());
  World::build(server);
  HttpClient stranger(server.port());
  stranger.forwarded_for = "203.0.113.9";
  for (int i = 0; i < 5; ++i) expect_problem(stranger.login("worker", "guess-" + std::to_string(i)), 401);
  HttpClient claiming(server.port());
  claiming.forwarded_for = "198.51.100.7";
  expect_problem(claiming.login("worker", testing::kTestPassword), 429);
}

// Every sign-in makes a new session id; a session the browser still carried ends.
TEST_P(AuthApi, SignInMakesANewSessionAndEndsTheOneTheBrowserHad) {
  TestServer server(GetParam());
  World::build(server);
  HttpClient browser(server.port());
  ASSERT_EQ(browser.login("instructor", testing::kTestPassword).status, 200);
  const std::string before = browser.cookie;
  ASSERT_EQ(browser.login("instructor", testing::kTestPassword).status, 200);
  EXPECT_NE(browser.cookie, before);
  EXPECT_EQ(browser.get("/api/v1/auth/me").status, 200);
  HttpClient kept(server.port());
  kept.cookie = before;
  expect_problem(kept.get("/api/v1/auth/me"), 401);
}

TEST_P(AuthApi, SigningOutEverywhereEndsEverySessionOfTheUser) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto here = w.sign_in("instructor");
  auto phone = w.sign_in("instructor");
  auto colleague = w.sign_in("worker");
  ASSERT_EQ(phone.get("/api/v1/auth/me").status, 200);
  auto out = here.request("POST", "/api/v1/auth/sessions/end-all");
  EXPECT_EQ(out.status, 204) << out.body;
  EXPECT_NE(out.header("set-cookie").find("Max-Age=0"), std::string::npos);
  expect_problem(here.get("/api/v1/auth/me"), 401);
  expect_problem(phone.get("/api/v1/auth/me"), 401);
  EXPECT_EQ(colleague.get("/api/v1/auth/me").status, 200);
}

// Many failures at once for one name: each is answered (none collides on the throttle's row), and they lock it.
TEST_P(AuthApi, FailuresAtOnceAreAllAnsweredAndLock) {
  TestServer server(GetParam());
  World::build(server);
  std::mutex m;
  std::vector<int> statuses;
  std::vector<std::thread> guessers;
  for (int t = 0; t < 8; ++t) {
    guessers.emplace_back([&, t] {
      for (int i = 0; i < 3; ++i) {
        const int status = HttpClient(server.port()).login("worker", "guess-" + std::to_string(t * 10 + i)).status;
        std::lock_guard lock(m);
        statuses.push_back(status);
      }
    });
  }
  for (auto& g : guessers) g.join();
  ASSERT_EQ(statuses.size(), 24U);
  for (int status : statuses) EXPECT_TRUE(status == 401 || status == 429) << status;
  expect_problem(HttpClient(server.port()).login("worker", testing::kTestPassword), 429);
}

POLKU_API_TEST_BACKENDS(AuthApi);

}  // namespace
}  // namespace polku::api_test
