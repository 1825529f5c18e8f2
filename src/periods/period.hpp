// A period (jakso) of a case's implementation: its dates, place, coach and weekly schedule, which may grow
// in steps as the client copes (DESIGN.md §3, step 5); the days moved within a week by agreement; the daily
// attendance with the history of its changes; and the alerts of absences without notice.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/core/dates.hpp"

namespace polku::periods {

struct DaySchedule {
  int weekday = 0;  // 1 = Monday ... 7 = Sunday
  int hours = 0;
};

// The weekly schedule from `from` until the next step's `from` (or the period's end).
struct ScheduleStep {
  std::string from;  // YYYY-MM-DD
  std::vector<DaySchedule> days;
};

struct PeriodInput {
  std::string start_date;  // YYYY-MM-DD
  std::string end_date;    // YYYY-MM-DD, the last day
  long long place_id = 0;
  std::optional<long long> coach_user_id;
  std::vector<ScheduleStep> steps;  // the first from the start date, each later one after the one before
};

// A scheduled day the client works on another day of the same calendar week instead.
struct DayMove {
  std::string from_day;
  std::string to_day;
  std::string reason;
};

// An agreed break (tauko) in a period, e.g. a treatment or the client's own holiday: no day in it is expected,
// Kela's notice lists its scheduled days as days the service was not arranged, and the guidance windows grow by it.
struct PeriodBreak {
  long long id = 0;
  DayRange days;
  std::string reason;
  std::string recorded_by_name;
  std::string recorded_at;
};

inline std::vector<DayRange> break_days(const std::vector<PeriodBreak>& breaks) {
  std::vector<DayRange> out;
  for (const auto& b : breaks) out.push_back(b.days);
  return out;
}

struct Period {
  long long id = 0;
  long long case_id = 0;
  long long client_id = 0;
  long long booking_id = 0;
  long long client_agreement_id = 0;
  std::optional<long long> previous_id;  // the period this one continues
  PeriodInput data;
  std::vector<DayMove> moves;
  std::vector<PeriodBreak> breaks;  // by their first day
  long long version = 1;
  std::string client_name;  // for lists
  std::string place_name;
  std::string coach_name;
  long long case_organisation_id = 0;  // the purchaser's
  long long host_organisation_id = 0;  // the place's
  std::optional<long long> supervisor_user_id;
};

// Present, absent with notice (and its reason), absent without notice, or the place closed that day.
inline constexpr const char* kStatuses[] = {"present", "absent_with_notice", "absent_without_notice", "place_closed"};
// The reasons of an absence with notice; Kela's categories are drawn from them (issue #12).
inline constexpr const char* kAbsenceReasons[] = {"illness", "child_illness", "employment", "public_office", "other"};

struct Mark {
  std::string status;
  std::string absence_reason;  // for absent_with_notice only
  int minutes = 0;             // for present only
  std::string note;
  std::string why;                   // required when a record is changed after its day
  std::optional<long long> version;  // the record's version the mark was made on; none for a new record
  std::string mark_id;               // the phone's id of the mark: one sent twice is made once
};

struct AttendanceChange {
  long long changed_by = 0;
  std::string changed_by_name;
  std::string changed_at;
  std::string status_before, reason_before;
  int minutes_before = 0;
  std::string status_after, reason_after;
  int minutes_after = 0;
  std::string why;
};

struct Attendance {
  long long id = 0;
  long long period_id = 0;
  long long client_id = 0;
  std::string day;
  std::string status;
  std::string absence_reason;
  int minutes = 0;
  std::string note;
  long long recorded_by = 0;
  std::string recorded_by_name;
  std::string recorded_at;
  long long version = 1;
  std::vector<AttendanceChange> changes;  // oldest first, the first mark included
};

// A day on which a period expects the client, with the hours of the schedule, and its record if marked.
struct ExpectedDay {
  std::string date;
  int minutes = 0;
  std::string moved_from;  // the scheduled day this one replaces, '' when none
};

struct AbsenceAlert {
  long long id = 0;
  long long attendance_id = 0;
  long long case_id = 0;
  long long organisation_id = 0;  // the case's
  long long client_id = 0;
  std::string client_name;
  std::string place_name;
  std::string day;
  std::string status;  // the day's status now: a correction may have changed it
  std::optional<long long> recipient_user_id;
  std::string created_at;
  std::optional<long long> handled_by;
  std::string handled_by_name;
  std::string handled_at;
  std::string handled_note;
  bool no_acceptable_reason = false;         // KTT: recorded by the social instructor
  std::string employment_authority_told_on;  // KTT: when the employment authority was told
  std::string service_type;                  // the case's
  long long version = 1;
};

// A supervisor's note of a day on how the client manages the tasks, and the feedback given.
struct Observation {
  long long id = 0;
  long long period_id = 0;
  std::string day;
  std::string note;
  std::string feedback;
  std::string author_name;
  std::string created_at;
};

// An item of the place's orientation checklist, and when it was done ('' when not yet).
struct OrientationItem {
  std::string item;
  std::string done_on;
  std::string done_by_name;
};

// How an alert was seen to.
struct AlertHandling {
  std::string note;
  bool no_acceptable_reason = false;
  std::string employment_authority_told_on;
  std::optional<long long> version;
};

}  // namespace polku::periods
