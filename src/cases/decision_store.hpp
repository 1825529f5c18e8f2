// Storage of decisions and notices. A signed decision never changes; signing
// one that replaces another marks the old one replaced. Each write also bumps
// the case and lands on its timeline.
#pragma once
#include <optional>
#include <vector>

#include "cases/case.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"

namespace polku::cases {

class DecisionStore {
 public:
  explicit DecisionStore(db::Database& db, audit::AuditLog* audit = nullptr) : db_(db), audit_(audit) {}

  std::vector<Decision> for_case(long long case_id);  // newest first
  std::optional<Decision> find(long long id);
  // `d` carries the validated input, maker, language and appeal text.
  Result<Decision> create(const Decision& d, const Actor& actor);
  // Refuses a signed or replaced decision (decision_signed) and a stale version.
  Result<Decision> update(long long id, const DecisionInput& in, long long maker_id, const Actor& actor);
  Result<Decision> sign(long long id, long long version, const Actor& actor);

  std::vector<Notice> notices(long long case_id);
  Result<Notice> add_notice(const Notice& n, const Actor& actor);

 private:
  db::Database& db_;
  audit::AuditLog* audit_;
};

// 422 with code decision_signed: a signed decision is changed only by a new one that replaces it.
Error decision_signed_error();

}  // namespace polku::cases
