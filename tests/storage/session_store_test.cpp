#include "platform/auth/session_store.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "platform/auth/password.hpp"
#include "platform/core/clock.hpp"
#include "storage/store_fixtures.hpp"

namespace polku {
namespace {

using storage_test::count_rows;

constexpr int kSessionHours = 8;
constexpr long long kHourMs = 3600LL * 1000;

class SessionStoreTest : public storage_test::StoreTest {
 protected:
  storage_test::Organisations orgs_{db()};
  long long org_a_ = storage_test::make_organisation(orgs_, "A");
  long long org_b_ = storage_test::make_organisation(orgs_, "B");
  long long user_ = storage_test::make_user(orgs_, "sanna", {{org_a_, "social_worker"}, {org_b_, "manager"}});
  long long other_user_ = storage_test::make_user(orgs_, "leena", {{org_a_, "coach"}});
  auth::SessionStore sessions_{db(), kSessionHours};

  // Runs test-controlled SQL that takes the session id as :i.
  void exec(const std::string& text, const std::string& session_id) {
    db().write([&](soci::session& sql) { sql << text, soci::use(session_id); });
  }
  long long expires_ms(const std::string& session_id) {
    long long ms = 0;
    db().read([&](soci::session& sql) {
      sql << "SELECT expires_ms FROM auth_sessions WHERE id = :i", soci::use(session_id), soci::into(ms);
    });
    return ms;
  }
};

TEST_P(SessionStoreTest, AuthenticateGivesTheUserWithRolesAndCsrfToken) {
  const auto created = sessions_.create(user_);
  EXPECT_GE(created.token.size(), 40U);
  EXPECT_FALSE(created.csrf_token.empty());
  EXPECT_NE(created.token, created.csrf_token);
  auto ctx = sessions_.authenticate(created.token);
  ASSERT_TRUE(ctx);
  EXPECT_EQ(ctx->user_id, user_);
  EXPECT_EQ(ctx->username, "sanna");
  EXPECT_EQ(ctx->display_name, "Käyttäjä sanna");
  EXPECT_EQ(ctx->language, "fi");
  EXPECT_EQ(ctx->csrf_token, created.csrf_token);
  EXPECT_EQ(ctx->session_id, auth::sha256_hex(created.token));
  EXPECT_TRUE(ctx->has_role_in(org_a_, "social_worker"));
  EXPECT_TRUE(ctx->has_role_in(org_b_, "manager"));
  EXPECT_EQ(ctx->roles.size(), 2U);
  // Only the hash of the cookie token is stored.
  EXPECT_EQ(count_rows(db(), "auth_sessions", "id = '" + ctx->session_id + "'"), 1);
  EXPECT_EQ(count_rows(db(), "auth_sessions", "id = '" + created.token + "'"), 0);

  auth::SessionStore other_node(db(), kSessionHours);  // nothing cached there
  auto again = other_node.authenticate(created.token);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->user_id, user_);
  EXPECT_EQ(again->csrf_token, created.csrf_token);
}

TEST_P(SessionStoreTest, WrongOrMalformedTokensAreRefused) {
  const auto created = sessions_.create(user_);
  std::string altered = created.token;
  altered.back() = altered.back() == 'A' ? 'B' : 'A';
  struct Case {
    std::string what;
    std::string token;
  };
  const std::vector<Case> cases = {
      {"empty", ""},
      {"short", created.token.substr(0, 19)},
      {"one character changed", altered},
      {"never issued", auth::random_token(32)},
      {"the csrf token", created.csrf_token},
      {"the stored hash", auth::sha256_hex(created.token)},
      {"too long", created.token + std::string(100, 'x')},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_FALSE(sessions_.authenticate(c.token));
  }
  EXPECT_TRUE(sessions_.authenticate(created.token));
}

TEST_P(SessionStoreTest, DestroyEndsTheSessionEvenWhenItIsCached) {
  const auto created = sessions_.create(user_);
  const auto kept = sessions_.create(user_);
  auto ctx = sessions_.authenticate(created.token);  // now cached
  ASSERT_TRUE(ctx);
  ASSERT_TRUE(sessions_.authenticate(created.token));
  sessions_.destroy(ctx->session_id);
  EXPECT_FALSE(sessions_.authenticate(created.token));
  EXPECT_EQ(count_rows(db(), "auth_sessions", "id = '" + ctx->session_id + "'"), 0);
  EXPECT_TRUE(sessions_.authenticate(kept.token));
}

TEST_P(SessionStoreTest, AnExpiredSessionIsRefused) {
  const auto created = sessions_.create(user_);
  const std::string id = auth::sha256_hex(created.token);
  db().write([&](soci::session& sql) {
    long long past = now_ms() - 1000;
    sql << "UPDATE auth_sessions SET expires_ms = :e WHERE id = :i", soci::use(past), soci::use(id);
  });
  auth::SessionStore fresh(db(), kSessionHours);
  EXPECT_FALSE(fresh.authenticate(created.token));
  // A new sign-in clears the user's expired sessions away.
  fresh.create(user_);
  EXPECT_EQ(count_rows(db(), "auth_sessions", "id = '" + id + "'"), 0);
  EXPECT_EQ(count_rows(db(), "auth_sessions", "user_id = " + std::to_string(user_)), 1);
}

TEST_P(SessionStoreTest, ASessionInUseSlidesItsExpiry) {
  const auto created = sessions_.create(user_);
  const std::string id = auth::sha256_hex(created.token);
  exec("UPDATE auth_sessions SET expires_ms = expires_ms - " + std::to_string(6 * kHourMs) + " WHERE id = :i", id);
  const long long before = now_ms();
  auth::SessionStore fresh(db(), kSessionHours);
  ASSERT_TRUE(fresh.authenticate(created.token));
  EXPECT_GE(expires_ms(id), before + kSessionHours * kHourMs);
}

// However busy, a session ends 12 hours after its sign-in: in use it slides only up to then, and then it is refused
// though its idle expiry is still ahead.
TEST_P(SessionStoreTest, ASessionEndsAtItsAbsoluteLifetimeHoweverBusy) {
  constexpr int kAbsoluteHours = 12;
  const auto created = sessions_.create(user_);
  const std::string id = auth::sha256_hex(created.token);
  // Signed in 11 hours ago and in use since: its expiry half an hour ahead.
  exec("UPDATE auth_sessions SET created_ms = created_ms - " + std::to_string(11 * kHourMs) +
           ", expires_ms = created_ms + " + std::to_string(kHourMs / 2) + " WHERE id = :i",
       id);
  const long long before = expires_ms(id);
  auth::SessionStore fresh(db(), kSessionHours, kAbsoluteHours);
  ASSERT_TRUE(fresh.authenticate(created.token));
  long long created_ms = 0;
  db().read([&](soci::session& sql) {
    sql << "SELECT created_ms FROM auth_sessions WHERE id = :i", soci::use(id), soci::into(created_ms);
  });
  EXPECT_GT(expires_ms(id), before) << "in use, it slid";
  EXPECT_EQ(expires_ms(id), created_ms + kAbsoluteHours * kHourMs) << "but no further than the absolute lifetime";
  exec("UPDATE auth_sessions SET created_ms = created_ms - " + std::to_string(kHourMs) +
           ", expires_ms = " + std::to_string(now_ms() + kHourMs) + " WHERE id = :i",
       id);
  auth::SessionStore later(db(), kSessionHours, kAbsoluteHours);
  EXPECT_FALSE(later.authenticate(created.token));
}

TEST_P(SessionStoreTest, DestroyAllEndsEverySessionOfTheUserOnly) {
  const auto one = sessions_.create(user_);
  const auto two = sessions_.create(user_);
  const auto theirs = sessions_.create(other_user_);
  ASSERT_TRUE(sessions_.authenticate(one.token));
  sessions_.destroy_all(user_);
  EXPECT_FALSE(sessions_.authenticate(one.token)) << "not served from the cache";
  EXPECT_FALSE(sessions_.authenticate(two.token));
  EXPECT_TRUE(sessions_.authenticate(theirs.token));
  EXPECT_EQ(count_rows(db(), "auth_sessions", "user_id = " + std::to_string(user_)), 0);
}

TEST_P(SessionStoreTest, ADeactivatedUsersSessionIsRefused) {
  const auto created = sessions_.create(user_);
  ASSERT_TRUE(sessions_.authenticate(created.token));
  // Directly in the table, so that the session row itself survives.
  db().write([&](soci::session& sql) { sql << "UPDATE users SET active = 0 WHERE id = :u", soci::use(user_); });
  auth::SessionStore fresh(db(), kSessionHours);
  EXPECT_FALSE(fresh.authenticate(created.token));
  sessions_.forget_cached_user(user_);
  EXPECT_FALSE(sessions_.authenticate(created.token));
  EXPECT_EQ(count_rows(db(), "auth_sessions", "user_id = " + std::to_string(user_)), 1);
}

TEST_P(SessionStoreTest, DestroyOthersKeepsOnlyTheGivenSession) {
  const auto keep = sessions_.create(user_);
  const auto second = sessions_.create(user_);
  const auto third = sessions_.create(user_);
  const auto someone_else = sessions_.create(other_user_);
  for (const auto* s : {&keep, &second, &third, &someone_else}) ASSERT_TRUE(sessions_.authenticate(s->token));

  sessions_.destroy_others(user_, auth::sha256_hex(keep.token));
  EXPECT_TRUE(sessions_.authenticate(keep.token));
  EXPECT_FALSE(sessions_.authenticate(second.token));
  EXPECT_FALSE(sessions_.authenticate(third.token));
  EXPECT_TRUE(sessions_.authenticate(someone_else.token));
  EXPECT_EQ(count_rows(db(), "auth_sessions", "user_id = " + std::to_string(user_)), 1);
  EXPECT_EQ(count_rows(db(), "auth_sessions"), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
