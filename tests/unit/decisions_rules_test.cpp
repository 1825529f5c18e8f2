// Decisions: who may decide, limits by validity date, decision terms against
// the service type's limits, appeal instructions by language.
#include "decisions/decision_rules.hpp"

#include <gtest/gtest.h>

#include "service_types/service_type_rules.hpp"
#include "unit/case_test_types.hpp"
#include "unit/field_errors.hpp"

namespace polku::decisions {
namespace {

using cases_test::limits;
using service_types::limits_on;

auth::AuthContext user_with(long long organisation_id, std::string role) {
  auth::AuthContext u;
  u.user_id = 7;
  u.roles = {{organisation_id, std::move(role)}};
  return u;
}

TEST(DecisionAuthority, ByRoleAndRegion) {
  struct Row {
    const char* role;
    bool region_allows_instructors;
    bool may;
  };
  const Row rows[] = {
      {"social_worker", false, true},        {"social_worker", true, true}, {"social_instructor", false, false},
      {"social_instructor", true, true},     {"manager", true, false},      {"coach", true, false},
      {"placement_supervisor", true, false}, {"admin", true, false},        {"client", true, false},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(may_decide(user_with(1, r.role), 1, r.region_allows_instructors), r.may)
        << r.role << " allows=" << r.region_allows_instructors;
  }
}

TEST(DecisionAuthority, OnlyInTheCasesOwnOrganisation) {
  EXPECT_FALSE(may_decide(user_with(2, "social_worker"), 1, true));
}

TEST(ServiceTypeLimits, PicksTheLimitsInForceOnADate) {
  const std::vector<service_types::Limits> rows = {
      limits(1, 4, 4, 8, 3, 24, std::nullopt, "2001-09-01", "2026-12-31"),
      limits(1, 5, 4, 8, 3, 24, std::nullopt, "2027-01-01"),
  };
  EXPECT_FALSE(limits_on(rows, "2001-08-31").has_value());
  EXPECT_EQ(limits_on(rows, "2001-09-01")->days_per_week_max, 4);
  EXPECT_EQ(limits_on(rows, "2026-12-31")->days_per_week_max, 4);
  EXPECT_EQ(limits_on(rows, "2027-01-01")->days_per_week_max, 5);
  EXPECT_EQ(limits_on(rows, "2040-06-15")->days_per_week_max, 5);
}

TEST(ServiceTypeLimits, LaterRowWinsWhenRowsOverlap) {
  const std::vector<service_types::Limits> rows = {
      limits(1, 4, 4, 8, 3, 24, std::nullopt, "2001-09-01"),
      limits(1, 3, 4, 8, 3, 24, std::nullopt, "2026-01-01"),
  };
  EXPECT_EQ(limits_on(rows, "2025-12-31")->days_per_week_max, 4);
  EXPECT_EQ(limits_on(rows, "2026-01-01")->days_per_week_max, 3);
}

DecisionInput terms(std::string start, std::string end, int days, int hours) {
  DecisionInput in;
  in.start_date = std::move(start);
  in.end_date = std::move(end);
  in.days_per_week_max = days;
  in.hours_per_day_max = hours;
  in.decision_date = "2026-02-15";
  return in;
}

TEST(DecisionLimits, KttAllowsOneToFourDaysAndFourToEightHours) {
  const auto ktt = cases_test::seeded_type("ktt");
  EXPECT_TRUE(validate_decision(terms("2026-03-01", "2026-08-31", 4, 8), ktt).empty());
  EXPECT_TRUE(validate_decision(terms("2026-03-01", "2026-08-31", 1, 4), ktt).empty());
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-03-01", "2026-08-31", 5, 6), ktt)),
            (unit_test::Fields{{"daysPerWeekMax", "outside_service_type_limits"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-03-01", "2026-08-31", 3, 3), ktt)),
            (unit_test::Fields{{"hoursPerDayMax", "outside_service_type_limits"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-03-01", "2026-08-31", 3, 9), ktt)),
            (unit_test::Fields{{"hoursPerDayMax", "outside_service_type_limits"}}));
}

TEST(DecisionLimits, KttPeriodAtMostTwentyFourMonths) {
  const auto ktt = cases_test::seeded_type("ktt");
  EXPECT_TRUE(validate_decision(terms("2026-03-01", "2028-02-29", 3, 6), ktt).empty());
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-03-01", "2028-03-01", 3, 6), ktt)),
            (unit_test::Fields{{"endDate", "decision_too_long"}}));
}

TEST(DecisionLimits, WorkActivityAtMostThreeMonthsPerDecision) {
  const auto work = cases_test::seeded_type("work_activity");
  EXPECT_TRUE(validate_decision(terms("2026-01-31", "2026-04-29", 5, 6), work).empty());
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-01-01", "2026-04-01", 5, 6), work)),
            (unit_test::Fields{{"endDate", "decision_too_long"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-01-01", "2026-03-31", 5, 7), work)),
            (unit_test::Fields{{"hoursPerDayMax", "outside_service_type_limits"}}));
}

TEST(DecisionLimits, DatesAreCheckedFirst) {
  const auto ktt = cases_test::seeded_type("ktt");
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-02-30", "2026-08-31", 3, 6), ktt)),
            (unit_test::Fields{{"startDate", "invalid_date"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-08-31", "2026-03-01", 3, 6), ktt)),
            (unit_test::Fields{{"endDate", "end_before_start"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("", "2026-03-01", 3, 6), ktt)),
            (unit_test::Fields{{"startDate", "required"}}));
  auto missing_numbers = validate_decision(terms("2026-03-01", "2026-08-31", 0, 0), ktt);
  // Both are missing, and neither is also called outside the limits.
  EXPECT_EQ(unit_test::fields_in_error(missing_numbers),
            (unit_test::Fields{{"daysPerWeekMax", "required"}, {"hoursPerDayMax", "required"}}));
}

TEST(DecisionLimits, NoLimitsInForceOnTheStartDate) {
  auto ktt = cases_test::seeded_type("ktt");
  ktt.limits = {limits(1, 4, 4, 8, 3, 24, std::nullopt, "2027-01-01")};
  EXPECT_EQ(unit_test::fields_in_error(validate_decision(terms("2026-03-01", "2026-08-31", 3, 6), ktt)),
            (unit_test::Fields{{"startDate", "outside_service_type_limits"}}));
}

TEST(AppealInstructions, InTheClientsLanguage) {
  EXPECT_NE(appeal_instructions("fi").find("Oikaisuvaatimus"), std::string::npos);
  EXPECT_NE(appeal_instructions("sv").find("omprövning"), std::string::npos);
  EXPECT_NE(appeal_instructions("en").find("review"), std::string::npos);
  EXPECT_EQ(appeal_instructions("de"), appeal_instructions("fi"));
}

}  // namespace
}  // namespace polku::decisions
