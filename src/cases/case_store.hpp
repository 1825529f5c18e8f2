// Storage of cases, their stage records and timeline. Every change bumps the
// case version (a stale version is a conflict) and writes a timeline row in
// the same transaction.
#pragma once
#include <optional>
#include <vector>

#include "cases/case.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::cases {

struct CaseFilter {
  std::vector<long long> organisation_ids;
  std::optional<long long> client_id;
  std::string stage;
  std::optional<long long> own_worker_id;  // only clients whose own worker this is
  // Also the cases a provider takes part in: every one of these managers'
  // organisations, and those naming participant_user_id as the coach of these.
  std::vector<long long> participant_manager_organisations;
  std::vector<long long> participant_coach_organisations;
  long long participant_user_id = 0;
};

class CaseStore {
 public:
  // With `audit`, each change by an actor with an endpoint appends its audit record in its transaction.
  explicit CaseStore(db::Database& db, audit::AuditLog* audit = nullptr) : db_(db), audit_(audit) {}

  // The case with its decisions and notices.
  std::optional<Case> find(long long id);
  std::optional<long long> client_organisation(long long client_id);
  std::vector<CaseSummary> list(const CaseFilter& filter, int limit = 500);
  // Opens a case at referral; a second open case of the client and type is a conflict.
  Result<Case> create(long long client_id, const std::string& service_type, std::optional<long long> region_id,
                      const Actor& actor);

  Result<Unit> save_referral(long long id, long long version, const Referral& r, const Actor& actor);
  Result<Unit> save_assessment(long long id, long long version, const Assessment& a, const Actor& actor);
  Result<Unit> save_plan(long long id, long long version, const Plan& p, const Actor& actor);
  Result<Unit> save_end(long long id, long long version, const End& e, const Actor& actor);
  Result<Unit> save_follow_up(long long id, long long version, const FollowUp& f, const Actor& actor);

  Result<Unit> move_stage(long long id, long long version, const std::string& from, const std::string& to,
                          const Actor& actor);
  // interrupted = false resumes; the reason is kept on the case and in the timeline.
  Result<Unit> set_interrupted(long long id, long long version, bool interrupted, const std::string& reason,
                               const Actor& actor);

  std::vector<TimelineEntry> timeline(long long id);

  // Another module's change of the case (a decision, a notice) inside its unit of work:
  // the version moves on, the timeline gets `action`, the unit the audit entry.
  std::optional<Error> record_change(work::UnitOfWork& unit, long long case_id, const std::string& action,
                                     const std::string& detail);

 private:
  db::Database& db_;
  audit::AuditLog* audit_;
};

// Used by the decision store too: bumps the case version, appends a timeline row and,
// with `audit` and an actor's endpoint, the audit record of the client's data change.
std::optional<Error> touch_case(soci::session& sql, audit::AuditLog* audit, long long case_id,
                                std::optional<long long> version, const Actor& actor, const std::string& action,
                                const std::string& detail = {}, const std::string& from_stage = {},
                                const std::string& to_stage = {});

}  // namespace polku::cases
