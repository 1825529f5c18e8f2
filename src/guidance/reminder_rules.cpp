#include "guidance/reminder_rules.hpp"

#include "guidance/guidance_rules.hpp"

namespace polku::guidance {

const Window* window_to_remind(const std::vector<Window>& windows, std::string_view today) {
  const Window* w = current(windows, today);
  return w != nullptr && w->state == "falling_behind" ? w : nullptr;
}

notifications::Notice reminder_notice(const FollowedPeriod& period, const Window& window, long long user_id) {
  notifications::Notice n;
  n.user_id = user_id;
  n.kind = "guidance_falling_behind";
  n.client_id = period.client_id;
  n.link = "/cases/" + std::to_string(period.case_id) + "#period-" + std::to_string(period.period_id) + "-guidance";
  const bool social_missing = window.social_required && window.social_minutes == 0;
  n.params = {{"clientName", period.client_name},
              {"windowEnd", window.to},
              {"missingMinutes", std::to_string(window.missing_minutes)},
              {"socialMissing", social_missing ? "true" : "false"}};
  return n;
}

}  // namespace polku::guidance
