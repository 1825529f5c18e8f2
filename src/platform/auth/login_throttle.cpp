#include "platform/auth/login_throttle.hpp"

#include <algorithm>

namespace polku::auth {
namespace {

// 0 below the threshold; the doubling stops at the cap before it can overflow.
long long lock_length_ms(int failures) {
  if (failures < kFailuresBeforeLock) return 0;
  long long lock = kFirstLockMs;
  for (int i = kFailuresBeforeLock; i < failures && lock < kMaxLockMs; ++i) lock *= 2;
  return std::min(lock, kMaxLockMs);
}

}  // namespace

ThrottleDecision check_login_allowed(const LoginThrottleState& state, long long now_ms) {
  if (now_ms >= state.locked_until_ms) return {true, 0};
  const long long remaining_ms = state.locked_until_ms - now_ms;
  return {false, static_cast<int>((remaining_ms + 999) / 1000)};
}

LoginThrottleState after_failure(LoginThrottleState state, long long now_ms) {
  const bool window_expired = now_ms - state.first_failure_ms > kFailureWindowMs;
  if (state.failures == 0 || window_expired) {
    state.failures = 0;
    state.first_failure_ms = now_ms;
  }
  ++state.failures;
  if (const long long lock = lock_length_ms(state.failures); lock > 0) {
    state.locked_until_ms = std::max(state.locked_until_ms, now_ms + lock);
  }
  return state;
}

LoginThrottleState after_success() { return LoginThrottleState{}; }

}  // namespace polku::auth
