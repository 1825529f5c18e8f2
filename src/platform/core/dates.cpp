#include "platform/core/dates.hpp"

#include <date/date.h>

#include <algorithm>
#include <charconv>

namespace polku {
namespace {

date::year_month_day parse(std::string_view s) {
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(s.data(), s.data() + 4, y);
  std::from_chars(s.data() + 5, s.data() + 7, m);
  std::from_chars(s.data() + 8, s.data() + 10, d);
  return date::year{y} / date::month{m} / date::day{d};
}

std::string format(date::year_month_day ymd) { return date::format("%F", ymd); }

}  // namespace

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const auto ymd = parse(s);
  return ymd.ok() && ymd.year() >= date::year{1900};
}

std::string add_days(std::string_view iso, int days) {
  return format(date::year_month_day{date::sys_days{parse(iso)} + date::days{days}});
}

std::string add_months(std::string_view iso, int months) {
  auto ymd = parse(iso);
  auto ym = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
  return format(ym.year() / ym.month() / std::min(ymd.day(), last));
}

int days_between(std::string_view a, std::string_view b) {
  return static_cast<int>((date::sys_days{parse(b)} - date::sys_days{parse(a)}).count());
}

int iso_weekday(std::string_view iso) {
  return static_cast<int>(date::weekday{date::sys_days{parse(iso)}}.iso_encoding());
}

std::string display_date(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  auto number = [&](std::size_t at, std::size_t n) {
    const std::string part = iso.substr(at, n);
    return part.find_first_not_of("0123456789") == std::string::npos ? std::to_string(std::stoi(part)) : part;
  };
  return number(8, 2) + "." + number(5, 2) + "." + iso.substr(0, 4);
}

bool within(const std::vector<DayRange>& ranges, std::string_view day) {
  for (const auto& r : ranges) {
    if (r.from <= day && day <= r.to) return true;
  }
  return false;
}

int days_within(const std::vector<DayRange>& ranges, std::string_view from, std::string_view to) {
  int n = 0;
  for (const auto& r : ranges) {
    const std::string_view a = std::max<std::string_view>(r.from, from);
    const std::string_view b = std::min<std::string_view>(r.to, to);
    if (a <= b) n += days_between(a, b) + 1;
  }
  return n;
}

}  // namespace polku
