#include "platform/auth/login_throttle.hpp"

#include <algorithm>

namespace polku::auth {
namespace {

// 0 below the threshold; the doubling stops at the cap before it can overflow.
long long lock_length_ms(int failures, int threshold) {
  if (failures < threshold) return 0;
  long long lock = kFirstLockMs;
  for (int i = threshold; i < failures && lock < kMaxLockMs; ++i) lock *= 2;
  return std::min(lock, kMaxLockMs);
}

}  // namespace

ThrottleDecision check_login_allowed(const LoginThrottleState& state, long long now_ms) {
  if (now_ms >= state.locked_until_ms) return {true, 0};
  const long long remaining_ms = state.locked_until_ms - now_ms;
  return {false, static_cast<int>((remaining_ms + 999) / 1000)};
}

ThrottleDecision check_login_allowed(const LoginThrottleState& account_at_address, const LoginThrottleState& address,
                                     long long now_ms) {
  const auto a = check_login_allowed(account_at_address, now_ms);
  const auto b = check_login_allowed(address, now_ms);
  return {a.allowed && b.allowed, std::max(a.retry_after_seconds, b.retry_after_seconds)};
}

LoginThrottleState after_failure(LoginThrottleState state, long long now_ms, const ThrottlePolicy& policy) {
  const bool window_expired = now_ms - state.first_failure_ms > kFailureWindowMs;
  if (state.failures == 0 || window_expired) {
    state.failures = 0;
    state.first_failure_ms = now_ms;
  }
  ++state.failures;
  if (const long long lock = lock_length_ms(state.failures, policy.failures_before_lock); lock > 0) {
    state.locked_until_ms = std::max(state.locked_until_ms, now_ms + lock);
  }
  return state;
}

// The address (which holds no space) comes first, so that no username can spell another pair's key.
std::string account_at_address_key(const std::string& username, const std::string& address) {
  return "account " + address + " " + username;
}

std::string address_key(const std::string& address) { return "address " + address; }

}  // namespace polku::auth
