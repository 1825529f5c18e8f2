// Calendar dates as ISO text (YYYY-MM-DD): validation and arithmetic.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace polku {

// True for a real calendar date written YYYY-MM-DD, from 1900 on (an earlier year
// in this work is a typing error).
bool is_iso_date(std::string_view text);
// Date arithmetic; the inputs must be valid ISO dates.
std::string add_days(std::string_view iso, int days);
// The same day `months` later, clamped to the month's last day (31.1. + 1 -> 28./29.2.).
std::string add_months(std::string_view iso, int months);
// b - a in days.
int days_between(std::string_view a, std::string_view b);
// The ISO weekday: 1 = Monday ... 7 = Sunday.
int iso_weekday(std::string_view iso);
// YYYY-MM-DD as printed in Finland, d.M.yyyy (also in Swedish and English texts); other text as it is.
std::string display_date(const std::string& iso);

// The days from `from` to `to`, both included.
struct DayRange {
  std::string from;
  std::string to;
};
// Whether `day` falls in one of the ranges.
bool within(const std::vector<DayRange>& ranges, std::string_view day);
// How many days of [from, to] fall in the ranges (which do not overlap each other).
int days_within(const std::vector<DayRange>& ranges, std::string_view from, std::string_view to);

}  // namespace polku
