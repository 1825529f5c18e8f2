// The guidance service: a period's guidance log and its 3-month windows for those who may read it
// (guidance_access), a session recorded in one unit of work with its audit entry, and the windows of the periods
// a user follows (their start page and task list).
#pragma once
#include <vector>

#include "guidance/guidance_rules.hpp"
#include "guidance/guidance_store.hpp"
#include "periods/port.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::guidance {

struct GuidanceLog {
  std::vector<Session> sessions;  // newest first
  std::vector<Window> windows;
  std::optional<Promise> promise;
  bool may_record = false;
};

// A followed period and its window today.
struct FollowedWindow {
  FollowedPeriod period;
  Window window;
};

class GuidanceService {
 public:
  GuidanceService(GuidanceStore& store, work::Transactor& transactor, periods::Port& periods)
      : store_(store), transactor_(transactor), periods_(periods) {}

  Result<GuidanceLog> log(const work::Caller& caller, long long period_id);
  Result<Session> record(const work::Caller& caller, long long period_id, const SessionInput& input);
  // The current windows of the periods the user coaches or is the own worker for, each client's read logged.
  std::vector<FollowedWindow> followed(const work::Caller& caller);
  // The same without the access log, for the task list (which logs what it shows).
  std::vector<FollowedWindow> followed(long long user_id, const std::string& today);

 private:
  // The period if the user may read its guidance; a refusal of an existing one is logged, and answers not found.
  Result<std::pair<periods::Period, periods::PeriodParties>> readable(const work::Caller& caller, long long period_id);

  GuidanceStore& store_;
  work::Transactor& transactor_;
  periods::Port& periods_;
};

}  // namespace polku::guidance
