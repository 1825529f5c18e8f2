#include "service_types/service_type_rules.hpp"

#include "platform/core/dates.hpp"

namespace polku::service_types {

std::optional<Limits> limits_on(const std::vector<Limits>& limits, std::string_view date) {
  const Limits* best = nullptr;
  for (const auto& l : limits) {
    if (l.valid_from > date) continue;
    if (l.valid_to && *l.valid_to < date) continue;
    if (best == nullptr || l.valid_from > best->valid_from) best = &l;
  }
  return best ? std::optional<Limits>(*best) : std::nullopt;
}

std::vector<FieldError> check_decision_limits(const Limits& limits, const DecisionTerms& t) {
  std::vector<FieldError> errors;
  if (t.days_per_week_max < limits.days_per_week_min || t.days_per_week_max > limits.days_per_week_max) {
    errors.push_back({"daysPerWeekMax", "outside_service_type_limits"});
  }
  if (t.hours_per_day_max < limits.hours_per_day_min || t.hours_per_day_max > limits.hours_per_day_max) {
    errors.push_back({"hoursPerDayMax", "outside_service_type_limits"});
  }
  // The decision's last day must fall before start + max months.
  int max_months = limits.period_months_max;
  if (limits.months_per_decision_max) max_months = std::min(max_months, *limits.months_per_decision_max);
  if (max_months > 0 && t.end_date >= add_months(t.start_date, max_months)) {
    errors.push_back({"endDate", "decision_too_long"});
  }
  return errors;
}

}  // namespace polku::service_types
