#include "platform/auth/login_throttle.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

namespace polku::auth {
namespace {

constexpr long long kT0 = 1'700'000'000'000;  // an arbitrary instant, ms
constexpr long long at(double seconds) { return kT0 + static_cast<long long>(seconds * 1000); }

std::vector<long long> every_second(int count, double from = 0) {
  std::vector<long long> out;
  for (int i = 0; i < count; ++i) out.push_back(at(from + i));
  return out;
}

std::vector<long long> concat(std::vector<long long> a, const std::vector<long long>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

struct Case {
  const char* name;
  std::vector<long long> failures_at;
  long long check_at;
  bool allowed;
  int retry_after_seconds;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

const Case kCases[] = {
    {"NoFailuresAllowed", {}, at(0), true, 0},
    {"FourFailuresDoNotLock", every_second(4), at(3), true, 0},
    {"FifthFailureLocksForOneMinute", every_second(5), at(4), false, 60},
    {"LockCountsDownFromTheFailure", every_second(5), at(34), false, 30},
    {"RetryAfterRoundsUp", every_second(5), at(63.5), false, 1},
    {"LockEndsAfterOneMinute", every_second(5), at(64), true, 0},
    {"SixthFailureLocksForTwoMinutes", concat(every_second(5), {at(70)}), at(70), false, 120},
    {"SeventhFailureLocksForFourMinutes", concat(every_second(5), {at(70), at(200)}), at(200), false, 240},
    {"EighthFailureLocksForEightMinutes", concat(every_second(5), {at(70), at(200), at(450)}), at(450), false, 480},
    {"NinthFailureIsCappedAtFifteenMinutes", concat(every_second(5), {at(70), at(200), at(450), at(899)}), at(899),
     false, 900},
    {"ManyFailuresStayAtFifteenMinutes", every_second(100), at(99), false, 900},
    {"FailureExactlyFifteenMinutesLaterStillCounts", concat(every_second(4), {at(900)}), at(900), false, 60},
    {"WindowOlderThanFifteenMinutesStartsOver", concat(every_second(4), {at(900.001)}), at(900.001), true, 0},
    {"SlowFailuresNeverLock", {at(0), at(300), at(600), at(901), at(1200), at(1500), at(1802)}, at(1802), true, 0},
    {"NewWindowCountsAgainFromOne", concat(every_second(4), every_second(5, 1000)), at(1004), false, 60},
    {"RestartedWindowDoesNotShortenALock", concat(every_second(12), {at(905)}), at(905), false, 6},
};

class LoginThrottleTable : public testing::TestWithParam<Case> {};

TEST_P(LoginThrottleTable, DecidesAfterTheFailures) {
  const Case& c = GetParam();
  LoginThrottleState state;
  for (long long t : c.failures_at) state = after_failure(state, t);
  const ThrottleDecision d = check_login_allowed(state, c.check_at);
  EXPECT_EQ(d.allowed, c.allowed);
  EXPECT_EQ(d.retry_after_seconds, c.retry_after_seconds);
}

INSTANTIATE_TEST_SUITE_P(LoginThrottle, LoginThrottleTable, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& p) { return p.param.name; });

// The address across usernames: an office's workers mistyping now and then do not lock it; one source trying many
// names does, from its 30th failure in the window, and then doubles as the account does.
TEST(LoginThrottle, TheAddressLocksOnlyAfterManyFailures) {
  LoginThrottleState state;
  for (long long t : every_second(29)) state = after_failure(state, t, kAddressAcrossAccounts);
  EXPECT_TRUE(check_login_allowed(state, at(29)).allowed);
  state = after_failure(state, at(29), kAddressAcrossAccounts);
  EXPECT_EQ(check_login_allowed(state, at(29)).retry_after_seconds, 60);
  state = after_failure(state, at(100), kAddressAcrossAccounts);
  EXPECT_EQ(check_login_allowed(state, at(100)).retry_after_seconds, 120);
}

TEST(LoginThrottle, BothKeysMustAllowAndTheLongerWaitIsTold) {
  LoginThrottleState account, address;
  EXPECT_TRUE(check_login_allowed(account, address, at(0)).allowed);
  for (long long t : every_second(5)) account = after_failure(account, t);
  auto d = check_login_allowed(account, address, at(4));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.retry_after_seconds, 60);
  address.locked_until_ms = at(4 + 300);
  d = check_login_allowed(account, address, at(4));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.retry_after_seconds, 300);
  EXPECT_FALSE(check_login_allowed(LoginThrottleState{}, address, at(100)).allowed) << "the address alone refuses";
}

TEST(LoginThrottle, EachPairAndEachAddressHasItsOwnKey) {
  EXPECT_NE(account_at_address_key("ville", "10.0.0.1"), account_at_address_key("ville ", "10.0.0.1"));
  EXPECT_NE(account_at_address_key("ville", "10.0.0.1"), account_at_address_key("ville", "10.0.0.2"));
  EXPECT_NE(address_key("10.0.0.1"), account_at_address_key("", "10.0.0.1"));
}

TEST(LoginThrottle, DefaultStateIsAllowed) { EXPECT_TRUE(check_login_allowed(LoginThrottleState{}, 0).allowed); }

}  // namespace
}  // namespace polku::auth
