#include "guidance/reminders.hpp"

#include <spdlog/spdlog.h>

#include "guidance/guidance_rules.hpp"
#include "guidance/reminder_rules.hpp"

namespace polku::guidance {
namespace {

const work::Actor kActor{0, "guidance reminders", "sweep"};

}  // namespace

int Reminders::remind(const std::string& today) {
  const auto periods = store_.running(today);
  std::vector<long long> ids;
  for (const auto& p : periods) {
    if (p.promise) ids.push_back(p.period_id);
  }
  const auto sessions = store_.sessions_of(ids);
  int written = 0;
  for (const auto& p : periods) {
    // A period without a promise (no accepted order) has nothing to fall behind of.
    if (!p.promise) continue;
    const auto it = sessions.find(p.period_id);
    const auto all = windows(p.start_date, p.end_date, p.breaks, *p.promise,
                             it == sessions.end() ? std::vector<SessionInput>{} : it->second, today);
    const Window* w = window_to_remind(all, today);
    if (w == nullptr) continue;
    auto done = transactor_.run(kActor, [&](work::UnitOfWork& unit) -> Result<int> {
      int n = 0;
      for (const long long user : store_.followers(unit, p.period_id)) {
        // Another node's sweep may have told them first: its row stands, and this one writes nothing.
        if (!store_.first_reminder(unit, p.period_id, w->to, user)) continue;
        notifications_.notify(unit, reminder_notice(p, *w, user));
        ++n;
      }
      return n;
    });
    if (!done) {
      spdlog::warn("guidance reminders of period {}: {}", p.period_id, done.error().log_detail);
      continue;
    }
    written += *done;
  }
  return written;
}

}  // namespace polku::guidance
