// Pure rules over service types: which limits are in force on a date, and
// whether days a week, hours a day and a decision's length stay inside them.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "platform/core/error.hpp"
#include "service_types/service_type.hpp"

namespace polku::service_types {

// The limits in force on `date` (YYYY-MM-DD); the latest valid_from wins when rows overlap.
std::optional<Limits> limits_on(const std::vector<Limits>& limits, std::string_view date);

struct DecisionTerms {
  std::string start_date;
  std::string end_date;
  int days_per_week_max = 0;
  int hours_per_day_max = 0;
};

// Field errors (daysPerWeekMax, hoursPerDayMax, endDate) for terms outside the limits.
// Dates must already be valid, with start <= end.
std::vector<FieldError> check_decision_limits(const Limits& limits, const DecisionTerms& terms);

}  // namespace polku::service_types
