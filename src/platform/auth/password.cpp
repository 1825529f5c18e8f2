#include "platform/auth/password.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <stdexcept>

namespace polku::auth {
namespace {

std::atomic<bool> use_light_cost{false};

// sodium_init is thread-safe and idempotent; the static makes it run once.
void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

}  // namespace

std::string hash_password(std::string_view password) {
  ensure_sodium();
  const bool light = use_light_cost.load();
  const auto ops = light ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
  const auto mem = light ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), ops, mem,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("password hashing ran out of memory");
  }
  return out.data();
}

bool verify_password(std::string_view hash, std::string_view password) {
  ensure_sodium();
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  const std::string terminated(hash);  // libsodium reads a C string
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

void set_password_hash_cost_for_tests(bool light) { use_light_cost.store(light); }

std::string random_token(std::size_t bytes) {
  ensure_sodium();
  if (bytes == 0) return {};
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string out(sodium_base64_encoded_len(bytes, kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), kVariant);
  sodium_memzero(raw.data(), raw.size());
  out.resize(out.find('\0'));  // encoded_len counts the terminator
  return out;
}

std::string sha256_hex(std::string_view data) {
  ensure_sodium();
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.data()),
                     data.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return hex.data();
}

std::vector<std::string> password_policy_errors(std::string_view password) {
  const std::size_t length = utf8_length(password);
  if (length < kMinPasswordLength) return {"too_short"};
  if (length > kMaxPasswordLength) return {"too_long"};
  return {};
}

}  // namespace polku::auth
