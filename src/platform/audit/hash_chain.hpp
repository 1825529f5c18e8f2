// The audit log's hash chain: each record's hash covers its fields and the
// previous record's hash, so editing, deleting or reordering records shows.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace polku::audit {

struct AuditRecord {
  long long id = 0;
  std::string at;
  long long user_id = 0;
  long long client_id = 0;
  std::string action;
  std::string endpoint;
  std::string request_id;
  std::string detail;
  std::string prev_hash;
  std::string hash;
};

inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Lower-case hex SHA-256 of the canonical encoding: the tag "polku-audit-v1",
// then prev_hash, id, at, user_id, client_id, action, endpoint, request_id and
// detail, each written as <byte length in decimal>:<bytes> (integers as
// decimal text). Length prefixes make the encoding unambiguous. Stored hashes
// depend on this: change it only with a new tag and a migration.
std::string compute_hash(const AuditRecord& record);

struct ChainVerdict {
  bool ok;
  long long first_broken_id;  // 0 when ok
  std::string reason;         // "" when ok, else "prev_hash_mismatch" or "hash_mismatch"
};

// A deleted or reordered record shows as a prev_hash mismatch at the record
// that follows the gap; an edited one as a hash mismatch at itself. Deleting
// the newest records is not visible here: compare the last hash with one kept
// elsewhere. `expected_first_prev` lets a later segment of the chain be checked.
ChainVerdict verify_chain(const std::vector<AuditRecord>& records_in_id_order,
                          std::string_view expected_first_prev = kGenesisHash);

}  // namespace polku::audit
