#include "periods/attendance_rules.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "periods/period_rules.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::periods {
namespace {

constexpr int kMaxMinutes = 24 * 60;
constexpr std::size_t kMaxText = 500;

template <std::size_t N>
bool one_of(const char* const (&options)[N], std::string_view value) {
  return std::any_of(std::begin(options), std::end(options), [&](const char* o) { return value == o; });
}

std::string monday_of(std::string_view date) { return add_days(date, 1 - iso_weekday(date)); }

bool expects(const std::vector<ExpectedDay>& days, std::string_view date) {
  return std::any_of(days.begin(), days.end(), [&](const ExpectedDay& d) { return d.date == date; });
}

}  // namespace

int scheduled_minutes(const PeriodInput& p, std::string_view date) {
  const ScheduleStep* in_force = nullptr;
  for (const auto& step : p.steps) {
    if (is_iso_date(step.from) && step.from <= date && (!in_force || step.from >= in_force->from)) in_force = &step;
  }
  if (!in_force || !is_iso_date(date)) return 0;
  for (const auto& d : in_force->days) {
    if (d.weekday == iso_weekday(date)) return d.hours * 60;
  }
  return 0;
}

std::vector<ExpectedDay> expected_days(const PeriodInput& p, const std::vector<DayMove>& moves,
                                       const std::vector<DayRange>& breaks, const std::set<std::string>& closed_days,
                                       std::string_view from, std::string_view to) {
  std::map<std::string, ExpectedDay> days;
  for (auto& date : scheduled_days(p, closed_days, from, to)) {
    const int minutes = scheduled_minutes(p, date);
    days[date] = {date, minutes, ""};
  }
  for (const auto& m : moves) {
    days.erase(m.from_day);
    if (m.to_day >= from && m.to_day <= to) days[m.to_day] = {m.to_day, scheduled_minutes(p, m.from_day), m.from_day};
  }
  std::vector<ExpectedDay> out;
  for (auto& [date, day] : days) {
    if (!within(breaks, date)) out.push_back(std::move(day));
  }
  return out;
}

std::vector<ExpectedDay> expected_days(const Period& p, const std::set<std::string>& closed_days, std::string_view from,
                                       std::string_view to) {
  return expected_days(p.data, p.moves, break_days(p.breaks), closed_days, from, to);
}

int days_attended(const std::vector<Attendance>& records) {
  int days = 0;
  for (const auto& r : records) days += r.status == "present" ? 1 : 0;
  return days;
}

Mark normalised(Mark m) {
  if (m.status != "absent_with_notice") m.absence_reason.clear();
  if (m.status != "present") m.minutes = 0;
  return m;
}

std::vector<FieldError> validate_mark(const Mark& m, std::string_view day, bool expected, bool record_exists,
                                      std::string_view today) {
  std::vector<FieldError> e;
  if (m.status.empty()) {
    e.push_back({"status", "required"});
  } else if (!one_of(kStatuses, m.status)) {
    e.push_back({"status", "invalid_choice"});
  }
  if (m.status == "absent_with_notice") {
    if (m.absence_reason.empty()) {
      e.push_back({"absenceReason", "required"});
    } else if (!one_of(kAbsenceReasons, m.absence_reason)) {
      e.push_back({"absenceReason", "invalid_choice"});
    }
  }
  if (m.status == "present" && (m.minutes <= 0 || m.minutes > kMaxMinutes)) e.push_back({"minutes", "out_of_range"});
  if (m.note.size() > kMaxText) e.push_back({"note", "too_long"});
  if (m.why.size() > kMaxText) e.push_back({"why", "too_long"});
  if (!is_iso_date(day)) {
    e.push_back({"day", "invalid_date"});
    return e;
  }
  if (day > today) {
    e.push_back({"day", "in_future"});
  } else if (!expected) {
    e.push_back({"day", "not_scheduled"});
  }
  if (record_exists && day < today && m.why.empty()) e.push_back({"why", "required"});
  return e;
}

std::vector<FieldError> validate_move(const PeriodInput& p, const std::vector<DayMove>& moves,
                                      const std::vector<DayRange>& breaks, const std::set<std::string>& closed_days,
                                      const DayMove& move, bool from_day_marked) {
  std::vector<FieldError> e;
  checks::require_date(e, "fromDay", move.from_day);
  checks::require_date(e, "toDay", move.to_day);
  if (move.reason.empty()) e.push_back({"reason", "required"});
  if (move.reason.size() > kMaxText) e.push_back({"reason", "too_long"});
  if (!is_iso_date(move.from_day) || !is_iso_date(move.to_day)) return e;
  if (monday_of(move.from_day) != monday_of(move.to_day)) e.push_back({"toDay", "not_same_week"});
  const auto week =
      expected_days(p, moves, breaks, closed_days, monday_of(move.from_day), add_days(monday_of(move.from_day), 6));
  const auto here =
      std::find_if(week.begin(), week.end(), [&](const ExpectedDay& d) { return d.date == move.from_day; });
  if (here == week.end() || !here->moved_from.empty()) {
    e.push_back({"fromDay", "not_scheduled"});
  } else if (from_day_marked) {
    e.push_back({"fromDay", "already_marked"});
  }
  // The day moved to works as a scheduled day would: inside the period, not expected already, not a day off.
  const auto open = scheduled_days(PeriodInput{p.start_date,
                                               p.end_date,
                                               p.place_id,
                                               p.coach_user_id,
                                               {ScheduleStep{p.start_date, {{iso_weekday(move.to_day), 1}}}}},
                                   closed_days, move.to_day, move.to_day);
  if (open.empty() || expects(week, move.to_day) || within(breaks, move.to_day)) {
    e.push_back({"toDay", "not_available"});
  }
  return e;
}

std::vector<FieldError> validate_break(const PeriodInput& p, const std::vector<DayRange>& others, const DayRange& days,
                                       const std::string& reason, const std::vector<std::string>& marked_days) {
  std::vector<FieldError> e;
  checks::require_date(e, "from", days.from);
  checks::require_date(e, "to", days.to);
  if (reason.empty()) e.push_back({"reason", "required"});
  if (reason.size() > kMaxText) e.push_back({"reason", "too_long"});
  if (!is_iso_date(days.from) || !is_iso_date(days.to)) return e;
  if (days.to < days.from) {
    e.push_back({"to", "end_before_start"});
    return e;
  }
  if (days.from < p.start_date || days.from > p.end_date) e.push_back({"from", "outside_period"});
  if (days.to < p.start_date || days.to > p.end_date) e.push_back({"to", "outside_period"});
  if (days_within(others, days.from, days.to) > 0) e.push_back({"from", "overlaps_break"});
  if (std::any_of(marked_days.begin(), marked_days.end(),
                  [&](const std::string& d) { return days.from <= d && d <= days.to; })) {
    e.push_back({"from", "break_has_marked_days"});
  }
  return e;
}

std::vector<FieldError> validate_break_end(const DayRange& days, std::string_view last_day, std::string_view today) {
  std::vector<FieldError> e;
  checks::require_date(e, "lastDay", std::string(last_day));
  if (!e.empty()) return e;
  if (last_day < add_days(today, -1)) {
    e.push_back({"lastDay", "break_days_gone"});
  } else if (last_day < add_days(days.from, -1) || last_day >= days.to) {
    e.push_back({"lastDay", "out_of_range"});
  }
  return e;
}

PeriodInput with_step(const PeriodInput& p, const ScheduleStep& step) {
  PeriodInput out = p;
  out.steps.clear();
  for (const auto& s : p.steps) {
    if (s.from < step.from) out.steps.push_back(s);
  }
  out.steps.push_back(step);
  return out;
}

std::vector<FieldError> validate_step_start(const PeriodInput& p, std::string_view from, std::string_view today,
                                            std::string_view last_marked_day) {
  std::vector<FieldError> e;
  checks::require_date(e, "from", std::string(from));
  if (!is_iso_date(from)) return e;
  if (from < today) {
    e.push_back({"from", "in_past"});
  } else if (!last_marked_day.empty() && from <= last_marked_day) {
    e.push_back({"from", "already_marked"});
  }
  if (from < p.start_date || from > p.end_date) e.push_back({"from", "outside_period"});
  return e;
}

std::vector<FieldError> validate_handling(const AlertHandling& how, bool sanctionable, std::string_view today) {
  std::vector<FieldError> e;
  if (how.note.size() > 2000) e.push_back({"note", "too_long"});
  if (!how.version) e.push_back({"version", "required"});
  const auto& told = how.employment_authority_told_on;
  if (!sanctionable && how.no_acceptable_reason) e.push_back({"noAcceptableReason", "not_for_service_type"});
  if (!told.empty()) {
    if (!sanctionable) {
      e.push_back({"employmentAuthorityToldOn", "not_for_service_type"});
    } else if (!is_iso_date(told)) {
      e.push_back({"employmentAuthorityToldOn", "invalid_date"});
    } else if (told > today) {
      e.push_back({"employmentAuthorityToldOn", "in_future"});
    } else if (!how.no_acceptable_reason) {
      e.push_back({"employmentAuthorityToldOn", "needs_no_acceptable_reason"});
    }
  }
  return e;
}

namespace {
void check_day_of(const PeriodInput& p, const char* field, const std::string& day, std::string_view today,
                  std::vector<FieldError>& e) {
  if (!is_iso_date(day)) {
    e.push_back({field, day.empty() ? "required" : "invalid_date"});
  } else if (day > today) {
    e.push_back({field, "in_future"});
  } else if (day < p.start_date || day > p.end_date) {
    e.push_back({field, "outside_period"});
  }
}
}  // namespace

std::vector<FieldError> validate_observation(const PeriodInput& p, const Observation& o, std::string_view today) {
  std::vector<FieldError> e;
  check_day_of(p, "day", o.day, today, e);
  if (o.note.empty()) e.push_back({"note", "required"});
  if (o.note.size() > 1000) e.push_back({"note", "too_long"});
  if (o.feedback.size() > 1000) e.push_back({"feedback", "too_long"});
  return e;
}

std::vector<FieldError> validate_orientation(const PeriodInput& p, const std::vector<std::string>& checklist,
                                             const OrientationItem& tick, std::string_view today) {
  std::vector<FieldError> e;
  if (std::find(checklist.begin(), checklist.end(), tick.item) == checklist.end()) {
    e.push_back({"item", "invalid_choice"});
  }
  if (!tick.done_on.empty()) check_day_of(p, "doneOn", tick.done_on, today, e);
  return e;
}

std::vector<FieldError> validate_group(const GroupInput& g) {
  std::vector<FieldError> e;
  if (g.name.empty()) e.push_back({"name", "required"});
  if (g.name.size() > 100) e.push_back({"name", "too_long"});
  if (g.instructor_user_id && *g.instructor_user_id <= 0) e.push_back({"instructorUserId", "invalid_choice"});
  if (g.sessions.empty()) e.push_back({"sessions", "required"});
  std::set<int> seen;
  for (std::size_t i = 0; i < g.sessions.size(); ++i) {
    const auto& s = g.sessions[i];
    const std::string at = "sessions[" + std::to_string(i) + "]";
    if (s.weekday < 1 || s.weekday > 7) {
      e.push_back({at + ".weekday", "out_of_range"});
    } else if (!seen.insert(s.weekday).second) {
      e.push_back({at + ".weekday", "duplicate"});
    }
    const bool time_ok = s.start_time.size() == 5 && s.start_time[2] == ':' && std::isdigit(s.start_time[0]) &&
                         std::isdigit(s.start_time[1]) && std::isdigit(s.start_time[3]) &&
                         std::isdigit(s.start_time[4]) && s.start_time.substr(0, 2) < "24" &&
                         s.start_time.substr(3, 2) < "60";
    if (!time_ok) e.push_back({at + ".startTime", "invalid_format"});
    if (s.hours < 1 || s.hours > 12) e.push_back({at + ".hours", "out_of_range"});
  }
  return e;
}

std::vector<FieldError> validate_member(const Group& g, const Period& p, std::string_view today) {
  std::vector<FieldError> e;
  if (p.data.place_id != g.place_id) e.push_back({"periodId", "not_at_place"});
  if (p.data.end_date < today) e.push_back({"periodId", "period_ended"});
  for (const auto& m : g.members) {
    if (m.period_id == p.id) e.push_back({"periodId", "duplicate"});
  }
  return e;
}

int repeated_absences(const std::vector<std::string>& days_without_notice, std::string_view today, int threshold,
                      int window_days) {
  const std::string first = add_days(today, 1 - window_days);
  const auto n = std::count_if(days_without_notice.begin(), days_without_notice.end(),
                               [&](const std::string& d) { return d >= first && d <= today; });
  return n >= threshold ? static_cast<int>(n) : 0;
}

}  // namespace polku::periods
