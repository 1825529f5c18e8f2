// Pure rules of periods: the days a schedule makes (public holidays and the place's closed days left
// out) and a period within the limits of its service type, product and decision.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "periods/period.hpp"
#include "platform/core/error.hpp"
#include "service_types/service_type.hpp"
#include "service_types/service_type_rules.hpp"

namespace polku::periods {

// A service product's narrower limits (agreements::ServiceProductInput holds them within its type's).
struct ProductLimits {
  int period_months_min = 0;
  int period_months_max = 0;
  int days_min = 0;  // a calendar week
  int days_max = 0;
  int hours_min = 0;  // a day
  int hours_max = 0;
};

struct PeriodLimits {
  std::vector<service_types::Limits> service_type;  // every row: each date is held to the one in force on it
  std::optional<ProductLimits> product;
  std::optional<service_types::DecisionTerms> decision;  // the period lies within it, under its maxima
};

// The ISO dates in [from, to] and in the period on which the step in force (the latest whose `from` is on
// or before the date) schedules work, less public holidays and `closed_days`. Empty when a date is invalid.
std::vector<std::string> scheduled_days(const PeriodInput& in, const std::set<std::string>& closed_days,
                                        std::string_view from, std::string_view to);

// Every field in error, each (field, code) once: dates, place, steps and their days; the length within the
// months in force on the start date; the hours of each step's days within the limits in force on every day
// the step is; in every calendar week (Monday–Sunday) the days worked, after holidays and closed days, at
// most the maximum, named on the week's latest step (a step from mid-week adds to the days of the one
// before). The minimum days a week holds only in weeks wholly inside the period, and counts the schedule's
// days there before holidays and closed days: a holiday never makes a week too short, a thin schedule does.
std::vector<FieldError> validate_period(const PeriodInput& in, const PeriodLimits& limits,
                                        const std::set<std::string>& closed_days);

}  // namespace polku::periods
