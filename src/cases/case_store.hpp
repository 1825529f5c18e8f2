// Storage of cases, their stage records and timeline. Writes run inside the
// caller's unit of work: each moves the case's version on (a stale version is a
// conflict), writes its timeline row and gives the unit the client's audit entry.
#pragma once
#include <optional>
#include <vector>

#include "cases/case.hpp"
#include "cases/case_tasks.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"
#include "retention/retention_rules.hpp"

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
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  // Every case with the day it closed ("" while open), for the retention job.
  std::vector<retention::CaseFacts> retention_facts();
  explicit CaseStore(db::Database& db) : db_(db) {}

  // The case and its participants (its decisions and notices are the decisions module's).
  std::optional<Case> find(long long id);
  std::vector<CaseSummary> list(const CaseFilter& filter, int limit = 500);
  // Cases of these organisations at their start, with their planned and agreed start dates.
  std::vector<StartingCase> starting(const std::vector<long long>& organisation_ids, const std::string& today);
  // Opens a case at referral; a second open case of the client and type is a conflict.
  // Returns the new case's id.
  Result<long long> create(work::UnitOfWork& unit, long long client_id, const std::string& service_type,
                           std::optional<long long> region_id);

  Result<Unit> save_referral(work::UnitOfWork& unit, long long id, long long version, const Referral& r);
  Result<Unit> save_assessment(work::UnitOfWork& unit, long long id, long long version, const Assessment& a);
  Result<Unit> save_plan(work::UnitOfWork& unit, long long id, long long version, const Plan& p);
  Result<Unit> save_end(work::UnitOfWork& unit, long long id, long long version, const End& e);
  Result<Unit> save_follow_up(work::UnitOfWork& unit, long long id, long long version, const FollowUp& f);

  Result<Unit> move_stage(work::UnitOfWork& unit, long long id, long long version, const std::string& from,
                          const std::string& to);
  // interrupted = false resumes; the reason is kept on the case and in the timeline.
  Result<Unit> set_interrupted(work::UnitOfWork& unit, long long id, long long version, bool interrupted,
                               const std::string& reason);

  std::vector<TimelineEntry> timeline(long long id);

  // Another module's change of the case (a decision, a notice) inside its unit of work:
  // the version moves on, the timeline gets `action`, the unit the audit entry.
  std::optional<Error> record_change(work::UnitOfWork& unit, long long case_id, const std::string& action,
                                     const std::string& detail);

 private:
  db::Database& db_;
};

// A change of the case inside `unit`: bumps its version (checked against `version` when
// given), appends a timeline row and the client's audit entry.
std::optional<Error> touch_case(work::UnitOfWork& unit, long long case_id, std::optional<long long> version,
                                const std::string& action, const std::string& detail = {},
                                const std::string& from_stage = {}, const std::string& to_stage = {});

}  // namespace polku::cases
