// When sign-in is refused after repeated failures: a pure rule over a small state per key that the caller keeps
// and stores. Sign-in keeps two: the username at the source address (so that a stranger elsewhere cannot lock a
// worker out) and the address across usernames (so that one source trying many names is slowed too).
#pragma once
#include <string>

namespace polku::auth {

inline constexpr long long kFailureWindowMs = 15LL * 60 * 1000;
inline constexpr int kFailuresBeforeLock = 5;  // the 5th failure in the window locks
inline constexpr long long kFirstLockMs = 60LL * 1000;
inline constexpr long long kMaxLockMs = 15LL * 60 * 1000;
// An office behind one address has many workers: the address alone locks only after this many failures.
inline constexpr int kAddressFailuresBeforeLock = 30;

struct ThrottlePolicy {
  int failures_before_lock = kFailuresBeforeLock;
};
inline constexpr ThrottlePolicy kAccountAtAddress{kFailuresBeforeLock};
inline constexpr ThrottlePolicy kAddressAcrossAccounts{kAddressFailuresBeforeLock};

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
// Both keys must allow; the longer wait is told.
ThrottleDecision check_login_allowed(const LoginThrottleState& account_at_address, const LoginThrottleState& address,
                                     long long now_ms);

// Call for each refused password of an attempt that was allowed. The policy's nth failure within the window locks
// for 1 minute, each further one doubles the lock (from now) up to 15 minutes; a window older than 15 minutes starts
// over. A lock already in force is never shortened.
LoginThrottleState after_failure(LoginThrottleState state, long long now_ms,
                                 const ThrottlePolicy& policy = kAccountAtAddress);

// The stored keys of the two states.
std::string account_at_address_key(const std::string& username, const std::string& address);
std::string address_key(const std::string& address);

}  // namespace polku::auth
