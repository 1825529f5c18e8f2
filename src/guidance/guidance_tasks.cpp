#include "guidance/module.hpp"

namespace polku::guidance {

std::vector<tasks::Task> falling_behind_tasks(const std::vector<FollowedWindow>& followed) {
  std::vector<tasks::Task> out;
  for (const auto& f : followed) {
    if (f.window.state != "falling_behind") continue;
    auto t = tasks::task_about("guidance_falling_behind", f.period.client_id, f.period.client_name, f.window.warn_from,
                               f.window.to);
    t.case_id = f.period.case_id;
    t.period_id = f.period.period_id;
    t.missing_minutes = f.window.missing_minutes;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::guidance
