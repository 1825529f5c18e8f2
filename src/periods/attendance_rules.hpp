// Pure rules of the daily work: the days a period expects the client (moves applied), a mark of a day,
// a day moved within its week, and a new schedule step of a running period.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "periods/group.hpp"
#include "periods/period.hpp"
#include "platform/core/error.hpp"

namespace polku::periods {

// The hours of the step in force on `date` for its weekday, in minutes; 0 when it schedules none.
int scheduled_minutes(const PeriodInput& p, std::string_view date);

// The days in [from, to] the period expects the client: its scheduled days (public holidays and
// `closed_days` left out) less the days moved away, plus the days moved to, with the moved day's hours; no day
// of a break.
std::vector<ExpectedDay> expected_days(const PeriodInput& p, const std::vector<DayMove>& moves,
                                       const std::vector<DayRange>& breaks, const std::set<std::string>& closed_days,
                                       std::string_view from, std::string_view to);
// The same of a stored period, its moves and breaks.
std::vector<ExpectedDay> expected_days(const Period& p, const std::set<std::string>& closed_days, std::string_view from,
                                       std::string_view to);

// The days marked present among `records`: what a certificate of participation counts as attended.
int days_attended(const std::vector<Attendance>& records);

// A mark as stored: a reason only for an absence with notice, minutes only for a present day.
Mark normalised(Mark m);

// Every field in error of a (normalised) mark of `day`: a known status and reason, the minutes of a present
// day, a day not in the future and expected by the period (`expected`), and why when a record is changed after
// its day. (A change without the version read is the service's conflict, not a field error.)
std::vector<FieldError> validate_mark(const Mark& m, std::string_view day, bool expected, bool record_exists,
                                      std::string_view today);

// A move within one calendar week, from a day the period expects to one inside it that it does not (not a
// holiday or a closed day); a day already marked stays where it is.
std::vector<FieldError> validate_move(const PeriodInput& p, const std::vector<DayMove>& moves,
                                      const std::vector<DayRange>& breaks, const std::set<std::string>& closed_days,
                                      const DayMove& move, bool from_day_marked);

// A break: its days inside the period, from first to last, not overlapping another break and with no day marked
// (`marked_days` of the period), and its reason.
std::vector<FieldError> validate_break(const PeriodInput& p, const std::vector<DayRange>& others, const DayRange& days,
                                       const std::string& reason, const std::vector<std::string>& marked_days);

// A break ended early: its new last day no earlier than yesterday (the days gone by stay a break) and before its
// present last day; the day before its first cancels a break not yet begun.
std::vector<FieldError> validate_break_end(const DayRange& days, std::string_view last_day, std::string_view today);

// The period's steps with `step` in force from its date: the steps from that date on give way to it.
PeriodInput with_step(const PeriodInput& p, const ScheduleStep& step);

// A change of the schedule is never a rewrite of the past: it starts today or later, after the last
// marked day, inside the period.
std::vector<FieldError> validate_step_start(const PeriodInput& p, std::string_view from, std::string_view today,
                                            std::string_view last_marked_day);

// How an alert is seen to: a short note; for a service type whose absences are sanctioned (KTT), whether the
// absence had no acceptable reason and, only then, the day (not to come) the employment authority was told.
std::vector<FieldError> validate_handling(const AlertHandling& how, bool sanctionable, std::string_view today);

// A supervisor's observation: a day of the period not to come, a note (at most 1,000 characters) and the feedback.
std::vector<FieldError> validate_observation(const PeriodInput& p, const Observation& o, std::string_view today);

// An orientation item ticked: one of the place's checklist, done on a day of the period not to come ('' untick).
std::vector<FieldError> validate_orientation(const PeriodInput& p, const std::vector<std::string>& checklist,
                                             const OrientationItem& tick, std::string_view today);

// A group: a name, its weekly sessions (each weekday once, a start time, 1–12 hours).
std::vector<FieldError> validate_group(const GroupInput& g);

// A period joins a group at its own place, while it runs (not ended before `today`), once.
std::vector<FieldError> validate_member(const Group& g, const Period& p, std::string_view today);

// Absences without notice in the `window_days` up to `today`, when at least `threshold` (a warning on the
// case); 0 when fewer.
int repeated_absences(const std::vector<std::string>& days_without_notice, std::string_view today, int threshold,
                      int window_days);

}  // namespace polku::periods
