// Pure rules of periods: the days a schedule makes, and a period's dates, steps, weeks and hours against
// the limits of its service type (KTT: 1–4 days a calendar week, 4–8 h a day, 3–24 months), its product
// and its decision. Every case names all the errors it expects, each (field, code) once.
#include <gtest/gtest.h>

#include "periods/period_rules.hpp"
#include "platform/core/dates.hpp"
#include "unit/field_errors.hpp"

namespace polku::periods {
namespace {

using service_types::DecisionTerms;
using service_types::Limits;
using unit_test::all_errors;
using unit_test::FieldCodes;

const std::vector<int> kMonToThu = {1, 2, 3, 4};
const std::vector<int> kMonToFri = {1, 2, 3, 4, 5};

Limits ktt(std::string from = "2015-07-01", std::optional<std::string> to = std::nullopt) {
  Limits l;
  l.valid_from = std::move(from);
  l.valid_to = std::move(to);
  l.days_per_week_min = 1;
  l.days_per_week_max = 4;
  l.hours_per_day_min = 4;
  l.hours_per_day_max = 8;
  l.period_months_min = 3;
  l.period_months_max = 24;
  return l;
}

ScheduleStep step(std::string from, const std::vector<int>& weekdays, std::vector<int> hours) {
  ScheduleStep s{std::move(from), {}};
  for (std::size_t i = 0; i < weekdays.size(); ++i) s.days.push_back({weekdays[i], hours[i % hours.size()]});
  return s;
}

ScheduleStep step(std::string from, const std::vector<int>& weekdays, int hours = 6) {
  return step(std::move(from), weekdays, std::vector<int>{hours});
}

PeriodInput period(std::string start, std::string end, std::vector<ScheduleStep> steps) {
  return {std::move(start), std::move(end), 5, 12, std::move(steps)};
}

// Spring and summer 2026: Easter (3.4.–6.4.), May Day, Ascension Day (14.5.) and Midsummer (19.–20.6.).
PeriodInput spring(std::vector<ScheduleStep> steps) { return period("2026-03-02", "2026-08-31", std::move(steps)); }
PeriodInput spring_four_days() { return spring({step("2026-03-02", kMonToThu)}); }

ProductLimits product(int days_min, int days_max, int hours_min, int hours_max, int months_min = 3,
                      int months_max = 24) {
  return {months_min, months_max, days_min, days_max, hours_min, hours_max};
}

DecisionTerms decision(std::string start, std::string end, int days_max = 4, int hours_max = 8) {
  return {std::move(start), std::move(end), days_max, hours_max};
}

std::set<std::string> dates_from(std::string first, int count, int every = 1) {
  std::set<std::string> out;
  for (int i = 0; i < count; ++i) out.insert(add_days(first, i * every));
  return out;
}

FieldCodes hours_errors(std::size_t step, std::vector<std::size_t> days, const std::string& code) {
  FieldCodes out;
  for (auto d : days)
    out.emplace_back("steps[" + std::to_string(step) + "].days[" + std::to_string(d) + "].hours", code);
  return out;
}

FieldCodes operator+(FieldCodes a, const FieldCodes& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

struct PeriodCase {
  std::string name;
  PeriodInput in;
  FieldCodes expected;
  std::optional<ProductLimits> product = std::nullopt;
  std::optional<DecisionTerms> decision = std::nullopt;
  std::set<std::string> closed = {};
  std::vector<Limits> limits = {ktt()};
};

void PrintTo(const PeriodCase& c, std::ostream* os) { *os << c.name; }

class PeriodRules : public ::testing::TestWithParam<PeriodCase> {};

TEST_P(PeriodRules, NameEveryBrokenLimitAndNoOtherField) {
  const auto& c = GetParam();
  const PeriodLimits limits{c.limits, c.product, c.decision};
  auto expected = c.expected;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(all_errors(validate_period(c.in, limits, c.closed)), expected);
}

const std::string kStepDays0 = "steps[0].days", kStepDays1 = "steps[1].days";
const std::string kTypeLimits = "outside_service_type_limits", kProductLimits = "outside_product_limits",
                  kDecisionLimits = "outside_decision_limits";

std::vector<PeriodCase> week_cases() {
  return {
      {"four_days_a_week", spring_four_days(), {}},
      // 30.3.–2.4.: Monday and Tuesday of the first step, Wednesday and Thursday of the second.
      {"growth_step_in_mid_week_fits", spring({step("2026-03-02", {1, 2}, 4), step("2026-04-01", kMonToThu)}), {}},
      // 16.–20.3.: three days of the first step and two of the second make five.
      {"growth_step_in_mid_week_makes_five",
       spring({step("2026-03-02", kMonToThu, 5), step("2026-03-19", {4, 5}, 5)}),
       {{kStepDays1, kTypeLimits}}},
      // 29.6.–3.7.: a week split by the month's end is one week.
      {"week_across_a_month_end_counts_once",
       spring({step("2026-03-02", {1, 2}), step("2026-07-01", {3, 4, 5})}),
       {{kStepDays1, kTypeLimits}}},
      {"growth_step_on_a_monday_fits", spring({step("2026-03-02", {1, 2}), step("2026-07-06", {3, 4, 5})}), {}},
      // 27.–31.12.2027: no holiday on a weekday; the week across the year's end is one week.
      {"week_across_a_year_end_counts_once",
       period("2027-10-04", "2028-03-31", {step("2027-10-04", {1, 2}), step("2027-12-29", {3, 4, 5})}),
       {{kStepDays1, kTypeLimits}}},
      // 28.12.2026–1.1.2027: New Year's Day on the Friday leaves four.
      {"new_year_leaves_four_in_the_week_across_the_year_end",
       period("2026-11-02", "2027-04-30", {step("2026-11-02", {1, 2}), step("2026-12-30", {3, 4, 5})}),
       {}},
      // 30.3.–3.4.2026: Good Friday leaves four of five; Easter Monday one of four.
      {"easter_week_holidays_leave_four_of_five",
       spring({step("2026-03-02", kMonToThu), step("2026-03-30", kMonToFri), step("2026-04-06", kMonToThu)}),
       {}},
      {"five_days_in_a_week_without_holidays",
       spring({step("2026-03-02", kMonToThu), step("2026-03-23", kMonToFri), step("2026-03-30", kMonToThu)}),
       {{kStepDays1, kTypeLimits}}},
      // 21.–25.12.2026: Christmas Eve and Christmas Day on Thursday and Friday.
      {"christmas_week_leaves_three_of_five",
       period("2026-11-02", "2027-04-30",
              {step("2026-11-02", kMonToThu), step("2026-12-21", kMonToFri), step("2026-12-28", kMonToThu)}),
       {}},
      {"christmas_closure_leaves_weeks_empty",
       period("2026-11-02", "2027-04-30", {step("2026-11-02", kMonToThu)}),
       {},
       std::nullopt,
       std::nullopt,
       dates_from("2026-12-21", 11)},
      {"closed_fridays_leave_four_of_five",
       period("2026-03-02", "2026-06-01", {step("2026-03-02", kMonToFri)}),
       {},
       std::nullopt,
       std::nullopt,
       dates_from("2026-03-06", 13, 7)},
      {"a_friday_open_makes_five",
       period("2026-03-02", "2026-06-01", {step("2026-03-02", kMonToFri)}),
       {{kStepDays0, kTypeLimits}},
       std::nullopt,
       std::nullopt,
       dates_from("2026-03-06", 12, 7)},
      {"five_days_every_week", spring({step("2026-03-02", kMonToFri)}), {{kStepDays0, kTypeLimits}}},
      // The minimum counts the schedule, not the holidays: Easter Monday leaves the week of 6.4. empty.
      {"easter_monday_empties_a_week_of_mondays", spring({step("2026-03-02", {1})}), {}},
      {"two_days_under_the_products_three",
       spring({step("2026-03-02", {1, 2})}),
       {{kStepDays0, kProductLimits}},
       product(3, 4, 4, 8)},
      // The first week (from Thursday) and the last (a Monday) are cut by the period: one day each.
      {"weeks_cut_by_start_and_end_not_held_to_the_minimum",
       period("2026-03-05", "2026-08-31", {step("2026-03-05", kMonToThu)}),
       {},
       product(3, 4, 4, 8)},
      // A thin step confined to the Easter Monday week is still too thin.
      {"holiday_week_held_to_the_minimum_by_its_schedule",
       spring({step("2026-03-02", kMonToThu), step("2026-04-06", {1, 2}), step("2026-04-13", kMonToThu)}),
       {{kStepDays1, kProductLimits}},
       product(3, 4, 4, 8)},
      {"a_step_without_days",
       spring({step("2026-03-02", kMonToThu), ScheduleStep{"2026-04-13", {}}, step("2026-04-20", kMonToThu)}),
       {{kStepDays1, "required"}, {kStepDays1, kTypeLimits}}},
  };
}

std::vector<PeriodCase> hours_and_length_cases() {
  // A reform from 2027: at most 6 hours a day.
  Limits reform = ktt("2027-01-01");
  reform.hours_per_day_max = 6;
  return {
      {"three_hours_on_tuesdays", spring({step("2026-03-02", kMonToThu, {4, 3, 8, 4})}),
       hours_errors(0, {1}, kTypeLimits)},
      {"nine_hours_on_thursdays", spring({step("2026-03-02", kMonToThu, {4, 4, 8, 9})}),
       hours_errors(0, {3}, kTypeLimits)},
      {"eight_hours_after_the_limit_falls_to_six",
       period("2026-09-01", "2027-08-31", {step("2026-09-01", kMonToThu, 8)}),
       hours_errors(0, {0, 1, 2, 3}, kTypeLimits),
       std::nullopt,
       std::nullopt,
       {},
       {ktt(), reform}},
      {"a_step_down_to_six_when_the_limit_falls",
       period("2026-09-01", "2027-08-31", {step("2026-09-01", kMonToThu, 8), step("2027-01-01", kMonToThu, 6)}),
       {},
       std::nullopt,
       std::nullopt,
       {},
       {ktt(), reform}},
      {"the_longest_ktt_period", period("2026-03-02", "2028-03-01", {step("2026-03-02", kMonToThu)}), {}},
      {"a_day_longer_than_24_months",
       period("2026-03-02", "2028-03-02", {step("2026-03-02", kMonToThu)}),
       {{"endDate", kTypeLimits}}},
      {"the_shortest_ktt_period", period("2026-03-02", "2026-06-01", {step("2026-03-02", kMonToThu)}), {}},
      {"a_day_shorter_than_3_months",
       period("2026-03-02", "2026-05-31", {step("2026-03-02", kMonToThu)}),
       {{"endDate", kTypeLimits}}},
      {"shorter_than_the_products_6_months",
       spring_four_days(),
       {{"endDate", kProductLimits}},
       product(1, 4, 4, 8, 6, 12)},
      {"more_days_and_fewer_hours_than_the_product", spring({step("2026-03-02", kMonToThu, 4)}),
       FieldCodes{{kStepDays0, kProductLimits}} + hours_errors(0, {0, 1, 2, 3}, kProductLimits), product(2, 3, 5, 6)},
      {"no_limits_in_force_on_the_start",
       spring_four_days(),
       {{"startDate", "no_limits_in_force"}},
       std::nullopt,
       std::nullopt,
       {},
       {ktt("2027-01-01")}},
      {"limits_end_within_the_period",
       spring_four_days(),
       {{"endDate", "no_limits_in_force"}},
       std::nullopt,
       std::nullopt,
       {},
       {ktt("2015-07-01", "2026-06-30")}},
  };
}

std::vector<PeriodCase> decision_cases() {
  return {
      {"ends_on_the_decisions_end", spring_four_days(), {}, std::nullopt, decision("2026-03-02", "2026-08-31")},
      {"beyond_the_decisions_end",
       spring_four_days(),
       {{"endDate", kDecisionLimits}},
       std::nullopt,
       decision("2026-03-02", "2026-06-30")},
      {"before_the_decisions_start",
       spring_four_days(),
       {{"startDate", kDecisionLimits}},
       std::nullopt,
       decision("2026-03-09", "2026-12-31")},
      {"more_days_and_hours_than_decided", spring({step("2026-03-02", kMonToThu, {5, 6, 5, 5})}),
       FieldCodes{{kStepDays0, kDecisionLimits}} + hours_errors(0, {1}, kDecisionLimits), std::nullopt,
       decision("2026-03-02", "2026-12-31", 3, 5)},
      // Thirty months of five nine-hour days beyond the decision: every limit of the three is named.
      {"breaks_every_limit_at_once", period("2026-03-02", "2028-09-01", {step("2026-03-02", kMonToFri, 9)}),
       FieldCodes{{"endDate", kTypeLimits},
                  {"endDate", kProductLimits},
                  {"endDate", kDecisionLimits},
                  {kStepDays0, kTypeLimits},
                  {kStepDays0, kProductLimits},
                  {kStepDays0, kDecisionLimits}} +
           hours_errors(0, {0, 1, 2, 3, 4}, kTypeLimits) + hours_errors(0, {0, 1, 2, 3, 4}, kProductLimits) +
           hours_errors(0, {0, 1, 2, 3, 4}, kDecisionLimits),
       product(1, 4, 4, 8), decision("2026-03-02", "2027-03-01", 4, 8)},
  };
}

std::vector<PeriodCase> field_cases() {
  PeriodInput no_place = spring_four_days();
  no_place.place_id = 0;
  no_place.coach_user_id = 0;
  PeriodInput no_coach = spring_four_days();
  no_coach.coach_user_id.reset();
  return {
      {"place_and_coach", no_place, {{"placeId", "required"}, {"coachUserId", "invalid_choice"}}},
      {"no_coach_yet", no_coach, {}},
      {"dates_missing",
       period("", "", {step("2026-03-02", kMonToThu)}),
       {{"startDate", "required"}, {"endDate", "required"}}},
      {"dates_not_real",
       period("2026-02-30", "2026-08-31", {step("2026-02-30", kMonToThu)}),
       {{"startDate", "invalid_date"}, {"steps[0].from", "invalid_date"}}},
      {"end_before_start",
       period("2026-03-02", "2026-03-01", {step("2026-03-02", kMonToThu)}),
       {{"endDate", "end_before_start"}}},
      {"no_steps", spring({}), {{"steps", "required"}}},
      {"first_step_before_the_start",
       spring({step("2026-03-01", kMonToThu)}),
       {{"steps[0].from", "must_be_start_date"}}},
      {"first_step_after_the_start",
       spring({step("2026-03-04", kMonToThu)}),
       {{"steps[0].from", "must_be_start_date"}}},
      {"later_step_before_the_start",
       spring({step("2026-03-02", kMonToThu), step("2026-02-01", {1})}),
       {{"steps[1].from", "outside_period"}}},
      {"later_step_after_the_end",
       spring({step("2026-03-02", kMonToThu), step("2026-09-07", {1})}),
       {{"steps[1].from", "outside_period"}}},
      {"steps_out_of_order",
       spring({step("2026-03-02", kMonToThu), step("2026-05-04", kMonToThu), step("2026-04-06", kMonToThu)}),
       {{"steps[2].from", "not_after_previous_step"}}},
      {"two_steps_on_one_day",
       spring({step("2026-03-02", kMonToThu), step("2026-03-02", {1, 2})}),
       {{"steps[1].from", "not_after_previous_step"}}},
      {"step_dates_not_real",
       spring({step("2026-03-02", kMonToThu), step("2026-04-31", {1}), step("", {1})}),
       {{"steps[1].from", "invalid_date"}, {"steps[2].from", "required"}}},
      {"weekdays_out_of_range_and_twice",
       spring({ScheduleStep{"2026-03-02", {{0, 6}, {1, 6}, {1, 6}, {8, 6}}}}),
       {{"steps[0].days[0].weekday", "out_of_range"},
        {"steps[0].days[2].weekday", "duplicate"},
        {"steps[0].days[3].weekday", "out_of_range"}}},
  };
}

auto case_name = [](const auto& info) { return info.param.name; };
INSTANTIATE_TEST_SUITE_P(Weeks, PeriodRules, ::testing::ValuesIn(week_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(HoursAndLength, PeriodRules, ::testing::ValuesIn(hours_and_length_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(Decision, PeriodRules, ::testing::ValuesIn(decision_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(Fields, PeriodRules, ::testing::ValuesIn(field_cases()), case_name);

struct DaysCase {
  std::string name;
  PeriodInput in;
  std::string from, to;
  std::vector<std::string> expected;
  std::set<std::string> closed = {};
};

void PrintTo(const DaysCase& c, std::ostream* os) { *os << c.name; }

class PeriodScheduledDays : public ::testing::TestWithParam<DaysCase> {};

TEST_P(PeriodScheduledDays, AreTheStepsWeekdaysLessHolidaysAndClosedDays) {
  const auto& c = GetParam();
  EXPECT_EQ(scheduled_days(c.in, c.closed, c.from, c.to), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PeriodScheduledDays,
    ::testing::Values(DaysCase{"easter_week_2026",
                               spring({step("2026-03-02", kMonToFri)}),
                               "2026-03-30",
                               "2026-04-10",
                               {"2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-07", "2026-04-08",
                                "2026-04-09", "2026-04-10"}},
                      DaysCase{"cut_to_the_period",
                               period("2026-03-04", "2026-06-09", {step("2026-03-04", {1, 3})}),
                               "2026-02-23",
                               "2026-03-10",
                               {"2026-03-04", "2026-03-09"}},
                      DaysCase{"cut_to_the_end",
                               spring({step("2026-03-02", {1, 3})}),
                               "2026-08-24",
                               "2026-09-30",
                               {"2026-08-24", "2026-08-26", "2026-08-31"}},
                      DaysCase{"growth_step_from_its_day",
                               spring({step("2026-03-02", {1, 2}), step("2026-03-04", {3, 4})}),
                               "2026-03-02",
                               "2026-03-12",
                               {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-11", "2026-03-12"}},
                      DaysCase{"across_the_year_end_new_year_and_epiphany",
                               period("2026-11-02", "2027-04-30", {step("2026-11-02", kMonToFri)}),
                               "2026-12-28",
                               "2027-01-08",
                               {"2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-04", "2027-01-05",
                                "2027-01-07", "2027-01-08"}},
                      DaysCase{"christmas_closure",
                               period("2026-11-02", "2027-04-30", {step("2026-11-02", kMonToThu)}),
                               "2026-12-14",
                               "2027-01-07",
                               {"2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2027-01-04", "2027-01-05",
                                "2027-01-07"},
                               dates_from("2026-12-21", 11)},
                      DaysCase{"midsummer_saturday",
                               spring({step("2026-03-02", {5, 6})}),
                               "2026-06-12",
                               "2026-06-27",
                               {"2026-06-12", "2026-06-13", "2026-06-26", "2026-06-27"}},
                      DaysCase{"to_before_from", spring_four_days(), "2026-03-10", "2026-03-09", {}},
                      DaysCase{"outside_the_period", spring_four_days(), "2026-09-01", "2026-09-30", {}},
                      DaysCase{"not_a_date", spring_four_days(), "2026-02-30", "2026-03-09", {}},
                      DaysCase{"period_dates_not_real",
                               period("2026-03-02", "2026-13-01", {step("2026-03-02", kMonToThu)}),
                               "2026-03-02",
                               "2026-03-09",
                               {}}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace polku::periods
