// Finnish public holidays (and the eves that close work activity like them), computed for any year:
// the periods' rules leave them out of the scheduled days.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace polku::periods {

struct Holiday {
  std::string date;  // YYYY-MM-DD
  std::string key;   // new_year, epiphany, good_friday, ..., boxing_day
};

// Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher).
std::string easter_sunday(int year);
// The year's 15 holidays in date order.
std::vector<Holiday> holidays(int year);
// False for text that is not a valid ISO date.
bool is_public_holiday(std::string_view iso);

}  // namespace polku::periods
