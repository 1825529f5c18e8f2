// Storage of guidance sessions, and the reads of the periods and products they are counted against (through
// the owners' views): reads, and writes inside the caller's unit of work.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "guidance/guidance.hpp"
#include "periods/period.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"

namespace polku::guidance {

class GuidanceStore {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit GuidanceStore(db::Database& db) : db_(db) {}

  std::vector<Session> sessions(long long period_id);  // newest first
  std::optional<Session> find(long long id);
  std::map<long long, std::vector<SessionInput>> sessions_of(const std::vector<long long>& period_ids);
  // What the product of the case's newest accepted order promises; none without one.
  std::optional<Promise> promise(long long case_id);
  // The periods running on `today` the user coaches (the period's or the case's coach) or is the client's own
  // worker for, by client.
  std::vector<FollowedPeriod> followed(long long user_id, const std::string& today);
  // Every period running on `today`, for the reminders' sweep.
  std::vector<FollowedPeriod> running(const std::string& today);
  // Who follows the period now: its coach, the case's coaches and the client's own worker, active users only.
  std::vector<long long> followers(work::UnitOfWork& unit, long long period_id);
  // Records that the user is reminded of the window; false when they already were (by this node or another).
  bool first_reminder(work::UnitOfWork& unit, long long period_id, const std::string& window_end, long long user_id);

  bool is_professional(work::UnitOfWork& unit, long long user_id);
  long long insert(work::UnitOfWork& unit, const periods::Period& p, const SessionInput& s, long long user_id,
                   bool professional);

 private:
  std::vector<Session> where(const char* condition, long long arg);
  // The periods running on the day bound as :t1 and :t2 with their client and promise, narrowed by `condition` (with
  // its order).
  std::vector<FollowedPeriod> periods(const std::string& condition, const std::function<void(soci::statement&)>& bind);
  db::Database& db_;
};

}  // namespace polku::guidance
