// Decisions: who may decide, limits by validity date, decision terms against
// the service type's limits, appeal instructions by service type, language and date.
#include "decisions/decision_rules.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

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

// The appeal instructions picked by service type, language and the decision's day: a KTT decision's names the
// KTT act, every other service's only the Social Welfare Act; the municipality's body before 2023, the wellbeing
// services county's from 1.1.2023; a language of none of the three is Finnish.
struct AppealCase {
  const char* service_type;
  const char* language;
  const char* decided_on;
  std::vector<std::string> contains;
  std::vector<std::string> lacks;
};

class AppealInstructions : public ::testing::TestWithParam<AppealCase> {};

TEST_P(AppealInstructions, PickTheRowInForceForTheServiceAndLanguage) {
  const auto& c = GetParam();
  const auto text = appeal_instructions(c.service_type, c.language, c.decided_on, "Testilan yksilöasioiden jaosto");
  for (const auto& s : c.contains) EXPECT_NE(text.find(s), std::string::npos) << s << " in:\n" << text;
  for (const auto& s : c.lacks) EXPECT_EQ(text.find(s), std::string::npos) << s << " in:\n" << text;
  EXPECT_EQ(text.find("{authority}"), std::string::npos) << "the review authority is named";
  EXPECT_NE(text.find("Testilan yksilöasioiden jaosto"), std::string::npos);
}

const std::string kNbsp = "\u00a0";

INSTANTIATE_TEST_SUITE_P(
    Table, AppealInstructions,
    ::testing::Values(
        AppealCase{"ktt",
                   "fi",
                   "2026-03-01",
                   {"189/2001", "1301/2014, 48" + kNbsp + "§", "30" + kNbsp + "päivän", "434/2003",
                    "seitsemäntenä päivänä", "hyvinvointialueen toimielimelle", "hallinto-oikeuteen", "kirjallisesti",
                    "allekirjoittaa", "yhteystiedot"},
                   {"kunnan toimielimelle"}},
        AppealCase{"ktt",
                   "sv",
                   "2026-03-01",
                   {"189/2001", "1301/2014, 48" + kNbsp + "§", "30" + kNbsp + "dagar", "förvaltningslagen 434/2003",
                    "sjunde dagen", "välfärdsområdet", "förvaltningsdomstolen", "skriftligen", "undertecknas"},
                   {"kommunen"}},
        AppealCase{"ktt",
                   "en",
                   "2026-03-01",
                   {"189/2001", "section" + kNbsp + "48", "30" + kNbsp + "days", "seventh day",
                    "wellbeing services county", "administrative court"},
                   {"municipality"}},
        AppealCase{"work_activity",
                   "fi",
                   "2026-03-01",
                   {"1301/2014, 48" + kNbsp + "§", "30" + kNbsp + "päivän", "hyvinvointialueen toimielimelle"},
                   {"189/2001"}},
        AppealCase{
            "day_activity", "sv", "2023-01-01", {"48" + kNbsp + "§", "välfärdsområdet"}, {"189/2001", "kommunen"}},
        AppealCase{"work_activity",
                   "fi",
                   "2022-12-31",
                   {"kunnan toimielimelle", "30" + kNbsp + "päivän"},
                   {"hyvinvointialueen", "189/2001"}},
        AppealCase{"ktt", "sv", "2022-12-31", {"189/2001", "organ i kommunen"}, {"välfärdsområdet"}},
        AppealCase{"ktt", "fi", "2010-06-01", {"189/2001", "kunnan toimielimelle"}, {"hyvinvointialueen"}},
        AppealCase{"ktt", "de", "2026-03-01", {"Oikaisuvaatimus", "hyvinvointialueen toimielimelle"}, {"omprövning"}}));

TEST(AppealTexts, EveryLanguageHasTheSameRowsOfEachServiceType) {
  std::map<std::string, std::set<std::string>> rows;  // language -> type@valid_from
  for (const auto& r : appeal_texts()) rows[r.language].insert(r.service_type + "@" + r.valid_from);
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows["fi"], rows["sv"]);
  EXPECT_EQ(rows["fi"], rows["en"]);
  EXPECT_EQ(appeal_instructions("job_coaching", "fi", "2026-03-01", "X"),
            appeal_instructions("supported_employment", "fi", "2026-03-01", "X"))
      << "a service type without rows of its own gets the common ones";
}

}  // namespace
}  // namespace polku::decisions
