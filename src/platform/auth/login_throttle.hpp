// When sign-in is refused after repeated failures: a pure rule over a small
// per-account (or per-address) state that the caller keeps and stores.
#pragma once

namespace polku::auth {

inline constexpr long long kFailureWindowMs = 15LL * 60 * 1000;
inline constexpr int kFailuresBeforeLock = 5;  // the 5th failure in the window locks
inline constexpr long long kFirstLockMs = 60LL * 1000;
inline constexpr long long kMaxLockMs = 15LL * 60 * 1000;

struct LoginThrottleState {
  int failures = 0;                // within the current window
  long long first_failure_ms = 0;  // start of the current window
  long long locked_until_ms = 0;   // 0 or an instant; no attempts before it
};

struct ThrottleDecision {
  bool allowed;
  int retry_after_seconds;  // 0 when allowed, else at least 1 (rounded up)
};

ThrottleDecision check_login_allowed(const LoginThrottleState& state, long long now_ms);

// Call for each refused password of an attempt that was allowed. The 5th
// failure within the window locks for 1 minute, each further one doubles the
// lock (from now) up to 15 minutes; a window older than 15 minutes starts over.
// A lock already in force is never shortened.
LoginThrottleState after_failure(LoginThrottleState state, long long now_ms);

LoginThrottleState after_success();

}  // namespace polku::auth
