// Storage of guidance sessions, and the reads of the periods and products they are counted against (through
// the owners' views): reads, and writes inside the caller's unit of work.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "guidance/guidance.hpp"
#include "periods/period.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::guidance {

class GuidanceStore {
 public:
  explicit GuidanceStore(db::Database& db) : db_(db) {}

  std::vector<Session> sessions(long long period_id);  // newest first
  std::optional<Session> find(long long id);
  std::map<long long, std::vector<SessionInput>> sessions_of(const std::vector<long long>& period_ids);
  // What the product of the case's newest accepted order promises; none without one.
  std::optional<Promise> promise(long long case_id);
  // The periods running on `today` the user coaches (the period's or the case's coach) or is the client's own
  // worker for, by client.
  std::vector<FollowedPeriod> followed(long long user_id, const std::string& today);

  bool is_professional(work::UnitOfWork& unit, long long user_id);
  long long insert(work::UnitOfWork& unit, const periods::Period& p, const SessionInput& s, long long user_id,
                   bool professional);

 private:
  std::vector<Session> where(const char* condition, long long arg);
  db::Database& db_;
};

}  // namespace polku::guidance
