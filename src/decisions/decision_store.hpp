// Storage of decisions and notices. A signed decision never changes; signing one
// that replaces another marks the old one replaced. Writes run inside the unit of
// work of the decision service, which records them on the case too.
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "decisions/decision.hpp"
#include "decisions/decision_tasks.hpp"
#include "decisions/port.hpp"
#include "platform/core/error.hpp"
#include "platform/db/database.hpp"
#include "platform/documents/letterhead.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"

namespace polku::decisions {

class DecisionStore final : public Port {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit DecisionStore(db::Database& db) : db_(db) {}

  std::vector<Decision> for_case(long long case_id) override;  // newest first
  std::optional<Decision> find(long long id);
  std::vector<Notice> notices(long long case_id) override;

  // `d` carries the validated input, maker, language and appeal text; returns the new id.
  Result<long long> insert(work::UnitOfWork& unit, const Decision& d);
  // Refuses a signed or replaced decision (decision_signed) and a stale version.
  std::optional<Error> update(work::UnitOfWork& unit, long long id, const DecisionInput& in, long long maker_id);
  // Signs a draft of `version` as `signer`; returns the case of the decision.
  Result<long long> sign(work::UnitOfWork& unit, long long id, long long version, long long signer);
  Result<long long> insert_notice(work::UnitOfWork& unit, const Notice& n);
  std::optional<Notice> notice(long long id);
  // Who a printed notice names: the purchaser and the client with the identity code.
  // The organisation's name and logo for a printed document (the platform's letterhead).
  documents::Letterhead letterhead(long long organisation_id);
  std::string identity_code(long long client_id);
  // Cases of these organisations with a plan and no signed decision in force on `today`.
  std::vector<AwaitingDecision> awaiting_decision(const std::vector<long long>& organisation_ids,
                                                  const std::string& today);

 private:
  db::Database& db_;
};

// The days a week and hours a day of the case's newest signed decision, when there is
// one; read inside another module's unit (a client agreement checks its terms with it).
std::optional<std::pair<int, int>> decided_days_and_hours(soci::session& sql, long long case_id);

// 422 with code decision_signed: a signed decision is changed only by a new one that replaces it.
Error decision_signed_error();

}  // namespace polku::decisions
