#include "platform/audit/hash_chain.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace polku::audit {
namespace {

constexpr std::string_view kEncodingTag = "polku-audit-v1";

void append_field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
}

void append_field(std::string& out, long long value) { append_field(out, std::to_string(value)); }

// Straight to libsodium rather than through auth: the audit log should not
// depend on the sign-in code.
std::string sha256_hex(std::string_view data) {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.data()),
                     data.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return hex.data();
}

}  // namespace

std::string compute_hash(const AuditRecord& record) {
  std::string encoded;
  append_field(encoded, kEncodingTag);
  append_field(encoded, record.prev_hash);
  append_field(encoded, record.id);
  append_field(encoded, record.at);
  append_field(encoded, record.user_id);
  append_field(encoded, record.client_id);
  append_field(encoded, record.action);
  append_field(encoded, record.endpoint);
  append_field(encoded, record.request_id);
  append_field(encoded, record.detail);
  return sha256_hex(encoded);
}

ChainVerdict verify_chain(const std::vector<AuditRecord>& records_in_id_order,
                          std::string_view expected_first_prev) {
  std::string_view expected_prev = expected_first_prev;
  for (const AuditRecord& record : records_in_id_order) {
    if (record.prev_hash != expected_prev) return {false, record.id, "prev_hash_mismatch"};
    if (compute_hash(record) != record.hash) return {false, record.id, "hash_mismatch"};
    expected_prev = record.hash;
  }
  return {true, 0, ""};
}

}  // namespace polku::audit
