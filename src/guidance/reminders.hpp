// The reminders of guidance falling behind: each follower of a window in its last kWarnDays is told once (the
// in-app notification and its e-mail), never after the window ended. The sweep of `polku serve` runs remind()
// now and then; tests call it with the day they choose.
#pragma once
#include <string>

#include "guidance/guidance_store.hpp"
#include "notifications/port.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::guidance {

class Reminders {
 public:
  Reminders(GuidanceStore& store, work::Transactor& transactor, notifications::Port& notifications)
      : store_(store), transactor_(transactor), notifications_(notifications) {}

  // Writes the notices due on `today` (YYYY-MM-DD, Helsinki); returns how many. A window's rows that keep it
  // once and its notices commit together in one unit, so a failure leaves the window to the next sweep.
  int remind(const std::string& today);

 private:
  GuidanceStore& store_;
  work::Transactor& transactor_;
  notifications::Port& notifications_;
};

}  // namespace polku::guidance
