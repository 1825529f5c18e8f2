// Finnish public holidays, 2024–2030 against the calendar (dates checked with python-dateutil's easter and
// datetime), the computus over known Easters, and the ISO weekday they rest on.
#include "periods/holidays.hpp"

#include <gtest/gtest.h>

#include <map>

#include "platform/core/dates.hpp"

namespace polku::periods {
namespace {

struct MovableDates {
  int year;
  const char *good_friday, *easter, *easter_monday, *ascension, *whitsun, *midsummer_eve, *midsummer_day, *all_saints;
};

// Written from the calendar, not from the code under test.
constexpr MovableDates kYears[] = {
    {2024, "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-06-21", "2024-06-22",
     "2024-11-02"},
    {2025, "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-08", "2025-06-20", "2025-06-21",
     "2025-11-01"},
    {2026, "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24", "2026-06-19", "2026-06-20",
     "2026-10-31"},
    {2027, "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-16", "2027-06-25", "2027-06-26",
     "2027-11-06"},
    {2028, "2028-04-14", "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-04", "2028-06-23", "2028-06-24",
     "2028-11-04"},
    {2029, "2029-03-30", "2029-04-01", "2029-04-02", "2029-05-10", "2029-05-20", "2029-06-22", "2029-06-23",
     "2029-11-03"},
    {2030, "2030-04-19", "2030-04-21", "2030-04-22", "2030-05-30", "2030-06-09", "2030-06-21", "2030-06-22",
     "2030-11-02"},
};

class PublicHolidaysOfAYear : public ::testing::TestWithParam<MovableDates> {};

TEST_P(PublicHolidaysOfAYear, AreTheFifteenOfTheCalendarInDateOrder) {
  const auto& y = GetParam();
  const std::string year = std::to_string(y.year);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {year + "-01-01", "new_year"},      {year + "-01-06", "epiphany"},      {y.good_friday, "good_friday"},
      {y.easter, "easter_sunday"},        {y.easter_monday, "easter_monday"}, {year + "-05-01", "may_day"},
      {y.ascension, "ascension_day"},     {y.whitsun, "whit_sunday"},         {y.midsummer_eve, "midsummer_eve"},
      {y.midsummer_day, "midsummer_day"}, {y.all_saints, "all_saints_day"},   {year + "-12-06", "independence_day"},
      {year + "-12-24", "christmas_eve"}, {year + "-12-25", "christmas_day"}, {year + "-12-26", "boxing_day"},
  };
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& h : holidays(y.year)) got.emplace_back(h.date, h.key);
  EXPECT_EQ(got, expected);
  EXPECT_EQ(easter_sunday(y.year), y.easter);
  for (const auto& [date, key] : expected) EXPECT_TRUE(is_public_holiday(date)) << key << " " << date;
}

INSTANTIATE_TEST_SUITE_P(Calendar, PublicHolidaysOfAYear, ::testing::ValuesIn(kYears),
                         [](const auto& info) { return std::to_string(info.param.year); });

TEST(PublicHolidays, EasterByTheComputusInEarlyLateAndCenturyYears) {
  const std::pair<int, const char*> known[] = {{1900, "1900-04-15"}, {2000, "2000-04-23"}, {2008, "2008-03-23"},
                                               {2011, "2011-04-24"}, {2038, "2038-04-25"}, {2099, "2099-04-12"},
                                               {2285, "2285-03-22"}};
  for (const auto& [year, easter] : known) EXPECT_EQ(easter_sunday(year), easter) << year;
}

TEST(PublicHolidays, FallOnTheirWeekdaysEveryYear) {
  const std::map<std::string, int> weekday_of = {{"good_friday", 5},   {"easter_sunday", 7}, {"easter_monday", 1},
                                                 {"ascension_day", 4}, {"whit_sunday", 7},   {"midsummer_eve", 5},
                                                 {"midsummer_day", 6}, {"all_saints_day", 6}};
  for (int year = 1950; year <= 2150; ++year) {
    for (const auto& h : holidays(year)) {
      if (const auto it = weekday_of.find(h.key); it != weekday_of.end()) {
        EXPECT_EQ(iso_weekday(h.date), it->second) << h.key << " " << h.date;
      }
    }
    const std::string easter = easter_sunday(year);
    EXPECT_GE(easter, std::to_string(year) + "-03-22");
    EXPECT_LE(easter, std::to_string(year) + "-04-25");
  }
}

TEST(PublicHolidays, AscensionOnTheLastOfAprilStaysInDateOrder) {
  // Easter on 22 March (2285) puts Ascension Day before May Day.
  const auto days = holidays(2285);
  ASSERT_EQ(days.size(), 15u);
  EXPECT_EQ(days[5].key, "ascension_day");
  EXPECT_EQ(days[5].date, "2285-04-30");
  EXPECT_EQ(days[6].key, "may_day");
}

TEST(PublicHolidays, OrdinaryDaysAndBadTextAreNotHolidays) {
  for (const char* day : {"2026-04-02", "2026-04-07", "2026-06-18", "2026-06-21", "2026-12-23", "2026-12-27",
                          "2026-12-31", "2027-01-02", "2026-05-02", "2026-11-01"}) {
    EXPECT_FALSE(is_public_holiday(day)) << day;
  }
  for (const char* text : {"", "2026-02-30", "2026-1-1", "1.1.2026", "0001-01-01"})
    EXPECT_FALSE(is_public_holiday(text));
}

TEST(HolidayCalendarWeekday, IsIsoMondayOneToSundaySeven) {
  const std::pair<const char*, int> known[] = {{"2026-03-02", 1}, {"2026-03-31", 2}, {"2026-04-01", 3},
                                               {"2026-12-31", 4}, {"2027-01-01", 5}, {"2028-01-01", 6},
                                               {"2028-02-29", 2}, {"2026-04-05", 7}};
  for (const auto& [date, weekday] : known) EXPECT_EQ(iso_weekday(date), weekday) << date;
}

}  // namespace
}  // namespace polku::periods
