#include "cases/my_work.hpp"

#include "cases/case_rules.hpp"
#include "platform/core/dates.hpp"

namespace polku::cases {

std::vector<DueItem> due_items(const std::vector<CaseSummary>& cases, std::string_view today) {
  std::vector<DueItem> out;
  const int ended = stage_index("end");
  for (const auto& c : cases) {
    if (c.stage == "closed") continue;
    const std::string since = c.stage_since.substr(0, 10);
    if (is_iso_date(since) && days_between(since, today) > kStageWaitingDays) {
      out.push_back({c.id, c.client_name, "stage_waiting", since, true});
    }
    if (!c.decision_end_date.empty() && stage_index(c.stage) < ended) {
      const int left = days_between(today, c.decision_end_date);
      if (left <= kDecisionEndingDays)
        out.push_back({c.id, c.client_name, "decision_ending", c.decision_end_date, left < 0});
    }
    if (stage_index(c.stage) >= ended && !c.has_follow_up) {
      out.push_back({c.id, c.client_name, "follow_up_missing", c.end_date, !c.end_date.empty() && c.end_date < today});
    }
  }
  return out;
}

}  // namespace polku::cases
