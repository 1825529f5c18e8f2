#include "periods/period_rules.hpp"

#include <algorithm>
#include <utility>

#include "periods/holidays.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::periods {
using service_types::limits_on;
namespace {

using Errors = std::vector<FieldError>;

std::string step_field(std::size_t i, std::string_view rest) {
  return "steps[" + std::to_string(i) + "]" + std::string(rest);
}

std::string day_field(std::size_t i, std::size_t j, std::string_view rest) {
  return step_field(i, ".days[" + std::to_string(j) + "]" + std::string(rest));
}

// The step in force on `date`: the latest valid `from` on or before it (on a tie, the one listed later).
std::optional<std::size_t> step_in_force(const std::vector<ScheduleStep>& steps, std::string_view date) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const auto& from = steps[i].from;
    if (!is_iso_date(from) || from > date) continue;
    if (!best || from >= steps[*best].from) best = i;
  }
  return best;
}

bool schedules(const ScheduleStep& step, int weekday) {
  return std::any_of(step.days.begin(), step.days.end(), [&](const DaySchedule& d) { return d.weekday == weekday; });
}

// The days no work is done: public holidays of the years in question and the place's closed days.
struct DaysOff {
  std::set<std::string> holidays;
  const std::set<std::string>& closed;

  DaysOff(std::string_view first, std::string_view last, const std::set<std::string>& closed_days)
      : closed(closed_days) {
    for (int y = std::stoi(std::string(first.substr(0, 4))); y <= std::stoi(std::string(last.substr(0, 4))); ++y) {
      for (auto& h : periods::holidays(y)) holidays.insert(std::move(h.date));
    }
  }
  bool contains(const std::string& date) const { return holidays.count(date) > 0 || closed.count(date) > 0; }
};

void check_steps(const PeriodInput& in, bool dates_ok, Errors& e) {
  if (in.steps.empty()) e.push_back({"steps", "required"});
  for (std::size_t i = 0; i < in.steps.size(); ++i) {
    const auto& step = in.steps[i];
    const std::string from = step_field(i, ".from");
    checks::require_date(e, from.c_str(), step.from);
    if (dates_ok && is_iso_date(step.from)) {
      if (i == 0 && step.from != in.start_date) {
        e.push_back({from, "must_be_start_date"});
      } else if (i > 0 && (step.from < in.start_date || step.from > in.end_date)) {
        e.push_back({from, "outside_period"});
      } else if (i > 0 && is_iso_date(in.steps[i - 1].from) && step.from <= in.steps[i - 1].from) {
        e.push_back({from, "not_after_previous_step"});
      }
    }
    if (step.days.empty()) e.push_back({step_field(i, ".days"), "required"});
    std::set<int> seen;
    for (std::size_t j = 0; j < step.days.size(); ++j) {
      const int weekday = step.days[j].weekday;
      if (weekday < 1 || weekday > 7) {
        e.push_back({day_field(i, j, ".weekday"), "out_of_range"});
      } else if (!seen.insert(weekday).second) {
        e.push_back({day_field(i, j, ".weekday"), "duplicate"});
      }
    }
  }
}

// A period of `min` months lasts to the day before the same date `min` months on; one of `max` ends before it.
bool length_within(const PeriodInput& in, int min, int max) {
  if (max > 0 && in.end_date >= add_months(in.start_date, max)) return false;
  return min <= 0 || in.end_date >= add_days(add_months(in.start_date, min), -1);
}

// Hours are held to the product's and the decision's limits on every step, to the service type's on each day.
void check_hours(const ScheduleStep& step, std::size_t i, int min, int max, const char* code, Errors& e) {
  for (std::size_t j = 0; j < step.days.size(); ++j) {
    const int hours = step.days[j].hours;
    if (hours < min || (max > 0 && hours > max)) e.push_back({day_field(i, j, ".hours"), code});
  }
}

void check_week(const PeriodInput& in, const PeriodLimits& limits, const DaysOff& off, const std::string& monday,
                Errors& e) {
  int planned = 0, worked = 0;
  bool whole = true;  // every day of the week inside the period
  std::optional<std::size_t> last_step;
  std::string first_day;
  for (int k = 0; k < 7; ++k) {
    const std::string date = add_days(monday, k);
    if (date < in.start_date || date > in.end_date) {
      whole = false;
      continue;
    }
    if (first_day.empty()) first_day = date;
    const auto s = step_in_force(in.steps, date);
    if (!s) continue;
    last_step = s;
    if (const auto l = limits_on(limits.service_type, date)) {
      check_hours(in.steps[*s], *s, l->hours_per_day_min, l->hours_per_day_max, "outside_service_type_limits", e);
    } else {
      e.push_back({"endDate", "no_limits_in_force"});
    }
    if (!schedules(in.steps[*s], k + 1)) continue;
    ++planned;
    if (!off.contains(date)) ++worked;
  }
  if (!last_step) return;
  const std::string field = step_field(*last_step, ".days");
  auto outside = [&](int min, int max) { return worked > max || (whole && planned < min); };
  if (const auto l = limits_on(limits.service_type, first_day)) {
    if (outside(l->days_per_week_min, l->days_per_week_max)) e.push_back({field, "outside_service_type_limits"});
  }
  if (limits.product && outside(limits.product->days_min, limits.product->days_max)) {
    e.push_back({field, "outside_product_limits"});
  }
  if (limits.decision && limits.decision->days_per_week_max > 0 && worked > limits.decision->days_per_week_max) {
    e.push_back({field, "outside_decision_limits"});
  }
}

void check_limits(const PeriodInput& in, const PeriodLimits& limits, const std::set<std::string>& closed_days,
                  Errors& e) {
  const auto on_start = limits_on(limits.service_type, in.start_date);
  if (!on_start) {
    e.push_back({"startDate", "no_limits_in_force"});
    return;
  }
  if (!length_within(in, on_start->period_months_min, on_start->period_months_max)) {
    e.push_back({"endDate", "outside_service_type_limits"});
  }
  if (const auto& p = limits.product) {
    if (!length_within(in, p->period_months_min, p->period_months_max)) {
      e.push_back({"endDate", "outside_product_limits"});
    }
    for (std::size_t i = 0; i < in.steps.size(); ++i) {
      check_hours(in.steps[i], i, p->hours_min, p->hours_max, "outside_product_limits", e);
    }
  }
  if (const auto& d = limits.decision) {
    if (in.start_date < d->start_date) e.push_back({"startDate", "outside_decision_limits"});
    if (in.end_date > d->end_date) e.push_back({"endDate", "outside_decision_limits"});
    for (std::size_t i = 0; i < in.steps.size(); ++i) {
      check_hours(in.steps[i], i, 0, d->hours_per_day_max, "outside_decision_limits", e);
    }
  }
  const DaysOff off(in.start_date, in.end_date, closed_days);
  for (std::string monday = add_days(in.start_date, 1 - iso_weekday(in.start_date)); monday <= in.end_date;
       monday = add_days(monday, 7)) {
    check_week(in, limits, off, monday, e);
  }
}

// Each (field, code) once, in the order first found: a rule broken in many weeks is one error.
std::vector<FieldError> once_each(Errors errors) {
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<FieldError> out;
  for (auto& error : errors) {
    if (seen.emplace(error.field, error.code).second) out.push_back(std::move(error));
  }
  return out;
}

}  // namespace

std::vector<std::string> scheduled_days(const PeriodInput& in, const std::set<std::string>& closed_days,
                                        std::string_view from, std::string_view to) {
  for (std::string_view date : {std::string_view(in.start_date), std::string_view(in.end_date), from, to}) {
    if (!is_iso_date(date)) return {};
  }
  const std::string first = std::max(in.start_date, std::string(from));
  const std::string last = std::min(in.end_date, std::string(to));
  if (first > last) return {};
  const DaysOff off(first, last, closed_days);
  std::vector<std::string> out;
  for (std::string date = first; date <= last; date = add_days(date, 1)) {
    const auto s = step_in_force(in.steps, date);
    if (s && schedules(in.steps[*s], iso_weekday(date)) && !off.contains(date)) out.push_back(date);
  }
  return out;
}

std::vector<FieldError> validate_period(const PeriodInput& in, const PeriodLimits& limits,
                                        const std::set<std::string>& closed_days) {
  Errors e;
  checks::require_date(e, "startDate", in.start_date);
  checks::require_date(e, "endDate", in.end_date);
  const bool dates_ok = is_iso_date(in.start_date) && is_iso_date(in.end_date) && in.start_date <= in.end_date;
  if (is_iso_date(in.start_date) && is_iso_date(in.end_date) && !dates_ok) e.push_back({"endDate", "end_before_start"});
  if (in.place_id <= 0) e.push_back({"placeId", "required"});
  if (in.coach_user_id && *in.coach_user_id <= 0) e.push_back({"coachUserId", "invalid_choice"});
  check_steps(in, dates_ok, e);
  if (dates_ok) check_limits(in, limits, closed_days, e);
  return once_each(std::move(e));
}

}  // namespace polku::periods
