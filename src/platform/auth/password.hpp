// Passwords and secrets through libsodium: argon2id hashes, random tokens,
// SHA-256 for storing tokens, and the password policy.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace polku::auth {

inline constexpr std::size_t kMinPasswordLength = 12;   // characters
inline constexpr std::size_t kMaxPasswordLength = 200;  // characters

// argon2id in libsodium's self-describing string form (salt and cost
// included), so hashes made with another cost still verify. Throws
// std::runtime_error if libsodium cannot run or memory runs out.
std::string hash_password(std::string_view password);

// False also for a malformed hash.
bool verify_password(std::string_view hash, std::string_view password);

// The one piece of process-wide state here: light = the minimum argon2id cost,
// so that test suites that create many users stay fast. Never in production.
void set_password_hash_cost_for_tests(bool light);

// `bytes` random bytes as URL-safe base64 without padding (32 bytes -> 43 chars).
std::string random_token(std::size_t bytes = 32);

// Lower-case hex; for storing session and reset tokens, never passwords.
std::string sha256_hex(std::string_view data);

// Message keys: "too_short", "too_long". Empty when the password is acceptable.
std::vector<std::string> password_policy_errors(std::string_view password);

}  // namespace polku::auth
