#include "periods/holidays.hpp"

#include <algorithm>
#include <cstdio>

#include "platform/core/dates.hpp"

namespace polku::periods {
namespace {

std::string iso(int year, int month, int day) {
  char text[11];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

// The first day on or after `from` that falls on `weekday` (1 = Monday).
std::string first_on_or_after(const std::string& from, int weekday) {
  return add_days(from, (weekday - iso_weekday(from) + 7) % 7);
}

}  // namespace

std::string easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return iso(year, month, day);
}

std::vector<Holiday> holidays(int year) {
  const std::string easter = easter_sunday(year);
  std::vector<Holiday> out = {
      {iso(year, 1, 1), "new_year"},
      {iso(year, 1, 6), "epiphany"},
      {add_days(easter, -2), "good_friday"},
      {easter, "easter_sunday"},
      {add_days(easter, 1), "easter_monday"},
      {iso(year, 5, 1), "may_day"},
      {add_days(easter, 39), "ascension_day"},
      {add_days(easter, 49), "whit_sunday"},
      {first_on_or_after(iso(year, 6, 19), 5), "midsummer_eve"},
      {first_on_or_after(iso(year, 6, 20), 6), "midsummer_day"},
      {first_on_or_after(iso(year, 10, 31), 6), "all_saints_day"},
      {iso(year, 12, 6), "independence_day"},
      {iso(year, 12, 24), "christmas_eve"},
      {iso(year, 12, 25), "christmas_day"},
      {iso(year, 12, 26), "boxing_day"},
  };
  // Ascension Day falls on 30 April in the years of the earliest Easter.
  std::stable_sort(out.begin(), out.end(), [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
  return out;
}

bool is_public_holiday(std::string_view date) {
  if (!is_iso_date(date)) return false;
  const auto all = holidays(std::stoi(std::string(date.substr(0, 4))));
  return std::any_of(all.begin(), all.end(), [&](const Holiday& h) { return h.date == date; });
}

}  // namespace polku::periods
