// A period (jakso) of a case's implementation as it is entered: its dates, place, coach and weekly
// schedule, which may grow in steps as the client copes (DESIGN.md §3, step 5).
#pragma once
#include <optional>
#include <string>
#include <vector>

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

}  // namespace polku::periods
