// Storage of decisions and notices. A signed decision never changes; signing
// one that replaces another marks the old one replaced. Each write also bumps
// the case and lands on its timeline.
#pragma once
#include <optional>
#include <vector>

#include "cases/case.hpp"
#include "platform/db/database.hpp"

namespace polku::cases {

class DecisionStore {
 public:
  explicit DecisionStore(db::Database& db) : db_(db) {}

  std::vector<Decision> for_case(long long case_id);  // newest first
  std::optional<Decision> find(long long id);
  // `d` carries the validated input, maker, language and appeal text.
  Result<Decision> create(const Decision& d, long long user_id);
  // Refuses a signed or replaced decision (decision_signed) and a stale version.
  Result<Decision> update(long long id, const DecisionInput& in, long long maker_id, long long user_id);
  Result<Decision> sign(long long id, long long version, long long user_id);

  std::vector<Notice> notices(long long case_id);
  Result<Notice> add_notice(const Notice& n, long long user_id);

 private:
  db::Database& db_;
};

// 422 with code decision_signed: a signed decision is changed only by a new one that replaces it.
Error decision_signed_error();

}  // namespace polku::cases
