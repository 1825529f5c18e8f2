#include "retention/retention_rules.hpp"

#include <map>

#include "platform/core/dates.hpp"

namespace polku::retention {

std::optional<ScheduleRule> rule_in_force(const std::vector<ScheduleRule>& schedule, std::string_view record_class,
                                          std::string_view today) {
  std::optional<ScheduleRule> found;
  for (const auto& r : schedule) {
    if (r.record_class != record_class || r.valid_from > today) continue;
    if (!found || r.valid_from > found->valid_from) found = r;
  }
  return found;
}

std::vector<DueClient> due_clients(const std::vector<Registration>& clients, const std::vector<CaseFacts>& cases,
                                   const ScheduleRule& rule, std::string_view today) {
  struct Facts {
    std::string basis;
    bool open = false;
  };
  std::map<long long, Facts> by_client;
  for (const auto& r : clients) by_client[r.client_id].basis = r.registered_on;
  for (const auto& c : cases) {
    auto found = by_client.find(c.client_id);
    if (found == by_client.end()) continue;
    if (!is_iso_date(c.closed_on)) {
      found->second.open = true;
    } else if (c.closed_on > found->second.basis) {
      found->second.basis = c.closed_on;
    }
  }
  std::vector<DueClient> due;
  for (const auto& [id, facts] : by_client) {
    if (facts.open || !is_iso_date(facts.basis)) continue;
    auto due_on = add_months(facts.basis, 12 * rule.years);
    if (due_on <= today) due.push_back({id, facts.basis, std::move(due_on)});
  }
  return due;
}

std::string access_log_cutoff(const ScheduleRule& rule, std::string_view today) {
  return add_months(today, -12 * rule.years);
}

}  // namespace polku::retention
