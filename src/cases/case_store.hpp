// Storage of cases, their stage records and timeline. Every change bumps the
// case version (a stale version is a conflict) and writes a timeline row in
// the same transaction.
#pragma once
#include <optional>
#include <vector>

#include "cases/case.hpp"
#include "platform/db/database.hpp"

namespace polku::cases {

struct CaseFilter {
  std::vector<long long> organisation_ids;
  std::optional<long long> client_id;
  std::string stage;
  std::optional<long long> own_worker_id;  // only clients whose own worker this is
};

class CaseStore {
 public:
  explicit CaseStore(db::Database& db) : db_(db) {}

  // The case with its decisions and notices.
  std::optional<Case> find(long long id);
  std::optional<long long> client_organisation(long long client_id);
  std::vector<CaseSummary> list(const CaseFilter& filter, int limit = 500);
  // Opens a case at referral; a second open case of the client and type is a conflict.
  Result<Case> create(long long client_id, const std::string& service_type, std::optional<long long> region_id,
                      long long user_id);

  Result<Unit> save_referral(long long id, long long version, const Referral& r, long long user_id);
  Result<Unit> save_assessment(long long id, long long version, const Assessment& a, long long user_id);
  Result<Unit> save_plan(long long id, long long version, const Plan& p, long long user_id);
  Result<Unit> save_end(long long id, long long version, const End& e, long long user_id);
  Result<Unit> save_follow_up(long long id, long long version, const FollowUp& f, long long user_id);

  Result<Unit> move_stage(long long id, long long version, const std::string& from, const std::string& to,
                          long long user_id);
  // interrupted = false resumes; the reason is kept on the case and in the timeline.
  Result<Unit> set_interrupted(long long id, long long version, bool interrupted, const std::string& reason,
                               long long user_id);

  std::vector<TimelineEntry> timeline(long long id);

 private:
  db::Database& db_;
};

// Used by the decision store too: bumps the case version and appends a timeline row.
std::optional<Error> touch_case(soci::session& sql, long long case_id, std::optional<long long> version,
                                long long user_id, const std::string& action, const std::string& detail = {},
                                const std::string& from_stage = {}, const std::string& to_stage = {});

}  // namespace polku::cases
