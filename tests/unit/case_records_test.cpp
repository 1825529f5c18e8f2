// Validation of the stage records and notices, the process model, and what
// my work lists as due or overdue.
#include <gtest/gtest.h>

#include "cases/case_rules.hpp"
#include "cases/my_work.hpp"
#include "cases/process_model.hpp"
#include "platform/core/dates.hpp"
#include "unit/case_test_types.hpp"
#include "unit/field_errors.hpp"

namespace polku::cases {
namespace {

TEST(CaseRecords, ReferralNeedsAKnownSourceAndARealDate) {
  EXPECT_TRUE(validate_referral({"multisectoral_service_typ", "TYP", "", "2026-01-05"}).empty());
  EXPECT_EQ(unit_test::fields_in_error(validate_referral({"", "", "", "2026-01-05"})),
            (unit_test::Fields{{"source", "required"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_referral({"neighbour", "", "", "2026-01-05"})),
            (unit_test::Fields{{"source", "invalid_choice"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_referral({"client_self", "", "", "2026-02-30"})),
            (unit_test::Fields{{"date", "invalid_date"}}));
}

TEST(CaseRecords, AssessmentNeedsCriteriaOutcomeAndDate) {
  auto errors = validate_assessment({});
  EXPECT_EQ(unit_test::fields_in_error(errors),
            (unit_test::Fields{{"criteria", "required"}, {"outcome", "required"}, {"date", "required"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_assessment({"x", "maybe", 0, "", "2026-01-01"})),
            (unit_test::Fields{{"outcome", "invalid_choice"}}));
}

TEST(CaseRecords, PlanKindMustBeKnownAndNumbersInRange) {
  const auto ktt = cases_test::seeded_type("ktt");
  Plan p;
  p.kind = "activation_plan";
  p.date = "2026-02-01";
  EXPECT_TRUE(validate_plan(p, ktt).empty());
  p.kind = "wish_list";
  p.hours_per_day = 25;
  p.days_per_week = -1;
  p.evaluation_date = "2026-13-01";
  auto errors = validate_plan(p, ktt);
  EXPECT_EQ(unit_test::fields_in_error(errors), (unit_test::Fields{{"kind", "invalid_choice"},
                                                                   {"hoursPerDay", "out_of_range"},
                                                                   {"daysPerWeek", "out_of_range"},
                                                                   {"evaluationDate", "invalid_date"}}));
}

TEST(CaseRecords, PlanStaysInsideTheServiceTypesLimits) {
  const auto ktt = cases_test::seeded_type("ktt");
  Plan p;
  p.kind = "activation_plan";
  p.date = "2026-02-01";
  p.start_date = "2026-03-01";
  p.hours_per_day = 4;
  p.days_per_week = 4;
  p.length_months = 24;
  EXPECT_TRUE(validate_plan(p, ktt).empty());
  p.hours_per_day = 3;
  p.days_per_week = 5;
  p.length_months = 2;
  auto errors = validate_plan(p, ktt);
  EXPECT_EQ(unit_test::fields_in_error(errors), (unit_test::Fields{{"hoursPerDay", "outside_service_type_limits"},
                                                                   {"daysPerWeek", "outside_service_type_limits"},
                                                                   {"lengthMonths", "outside_service_type_limits"}}));
  const auto work = cases_test::seeded_type("work_activity");
  EXPECT_TRUE(validate_plan(p, work).empty());  // 3 h, 5 days and 2 months fit work activity
}

TEST(CaseRecords, InterruptionNeedsItsReason) {
  EXPECT_EQ(unit_test::fields_in_error(validate_end({"interrupted", "2026-05-01", "", true, false})),
            (unit_test::Fields{{"interruptionReason", "required"}}));
  EXPECT_TRUE(validate_end({"period_ended", "2026-05-01", "", true, false}).empty());
  EXPECT_EQ(unit_test::fields_in_error(validate_end({"vanished", "2026-05-01", "", true, false})),
            (unit_test::Fields{{"reason", "invalid_choice"}}));
}

TEST(CaseRecords, FollowUpNoneNeedsAReason) {
  EXPECT_EQ(unit_test::fields_in_error(validate_follow_up({"none", "", ""})),
            (unit_test::Fields{{"noneReason", "required"}}));
  EXPECT_TRUE(validate_follow_up({"none", "Eläköityy pian", ""}).empty());
  EXPECT_TRUE(validate_follow_up({"open_labour_market", "", ""}).empty());
  EXPECT_EQ(unit_test::fields_in_error(validate_follow_up({"moon", "", ""})),
            (unit_test::Fields{{"category", "invalid_choice"}}));
}

TEST(CaseRecords, StartNoticeNeedsStartLengthPlaceAndHours) {
  Notice n;
  n.kind = "employment_authority_start";
  n.sent_on = "2026-03-01";
  n.recipient = "TE-palvelut";
  auto errors = validate_notice(n);
  EXPECT_EQ(unit_test::fields_in_error(errors), (unit_test::Fields{{"startDate", "required"},
                                                                   {"lengthMonths", "required"},
                                                                   {"place", "required"},
                                                                   {"hoursPerDay", "required"}}));
  n.kind = "employment_authority_interruption";
  errors = validate_notice(n);
  EXPECT_EQ(unit_test::fields_in_error(errors),
            (unit_test::Fields{{"interruptionCode", "required"}, {"interruptionDate", "required"}}));
  // The reason is a code reports can count; the free text is needed only beside "other".
  n.interruption_date = "2026-03-10";
  n.interruption_code = "employment";
  EXPECT_TRUE(validate_notice(n).empty());
  n.interruption_code = "other";
  EXPECT_EQ(unit_test::fields_in_error(validate_notice(n)), (unit_test::Fields{{"interruptionReason", "required"}}));
  n.interruption_reason = "Asiakas aloitti omassa yrityksessään";
  EXPECT_TRUE(validate_notice(n).empty());
  n.interruption_code = "holiday";
  EXPECT_EQ(unit_test::fields_in_error(validate_notice(n)), (unit_test::Fields{{"interruptionCode", "invalid_choice"}}));
  n.kind = "postcard";
  EXPECT_EQ(unit_test::fields_in_error(validate_notice(n)), (unit_test::Fields{{"kind", "invalid_choice"}}));
}

TEST(ProcessModels, DefaultsNameTheResponsibleRoles) {
  auto m = default_process_model(3, 1);
  EXPECT_EQ(responsible_role(m, "referral"), "social_instructor");
  EXPECT_EQ(responsible_role(m, "assessment"), "social_worker");
  EXPECT_EQ(responsible_role(m, "plan"), "social_worker");
  EXPECT_EQ(responsible_role(m, "start"), "social_instructor");
  EXPECT_EQ(responsible_role(m, "implementation"), "coach");
  EXPECT_EQ(responsible_role(m, "end"), "social_instructor");
  EXPECT_EQ(responsible_role(m, "follow_up"), "social_instructor");
  EXPECT_EQ(responsible_role(m, "closed"), "");
  EXPECT_FALSE(m.instructors_may_decide);
}

TEST(ProcessModels, TheResponsibleIsANamedPersonOrNobodyYet) {
  struct Case {
    const char* role;
    const char* own_worker;
    const char* coach;
    const char* expected;
  };
  for (const auto& c : std::vector<Case>{{"coach", "Sanna", "Tuomas", "Tuomas"},
                                         {"coach", "Sanna", "", ""},  // the provider has not named one yet
                                         {"social_instructor", "Sanna", "Tuomas", "Sanna"},
                                         {"social_worker", "", "Tuomas", ""},
                                         {"manager", "Sanna", "Tuomas", ""},
                                         {"", "Sanna", "Tuomas", ""}}) {
    EXPECT_EQ(responsible_person(c.role, c.own_worker, c.coach), c.expected) << c.role;
  }
}

TEST(ProcessModels, StepsNameEveryStageOnceWithAPurchasersRole) {
  std::vector<ProcessStepInput> steps;
  for (auto s : kProcessStages) steps.push_back({std::string(s), "social_worker"});
  EXPECT_TRUE(validate_process_steps(steps).empty());
  steps[1].role = "placement_supervisor";
  EXPECT_EQ(unit_test::fields_in_error(validate_process_steps(steps)),
            (unit_test::Fields{{"steps[1].responsibleRole", "invalid_choice"}}));
  steps[1] = {"referral", "social_worker"};
  auto errors = validate_process_steps(steps);
  EXPECT_EQ(unit_test::fields_in_error(errors),
            (unit_test::Fields{{"steps[1].stage", "invalid_choice"}, {"steps", "required"}}));
}

CaseSummary summary(std::string stage, std::string since, std::string decision_end = "", std::string end = "",
                    bool follow_up = false) {
  CaseSummary s;
  s.id = 1;
  s.client_name = "Matti";
  s.stage = std::move(stage);
  s.stage_since = std::move(since) + "T08:00:00Z";
  s.decision_end_date = std::move(decision_end);
  s.end_date = std::move(end);
  s.has_follow_up = follow_up;
  return s;
}

TEST(MyWork, StageWaitingLongerThanThirtyDays) {
  EXPECT_TRUE(due_items({summary("assessment", "2026-10-26")}, "2026-11-25").empty());
  auto due = due_items({summary("assessment", "2026-10-25")}, "2026-11-25");
  ASSERT_EQ(due.size(), 1U);
  EXPECT_EQ(due[0].kind, "stage_waiting");
  EXPECT_TRUE(due[0].overdue);
}

TEST(MyWork, DecisionEndingWithinThirtyDays) {
  auto due = due_items({summary("implementation", "2026-11-20", "2026-12-25")}, "2026-11-25");
  ASSERT_EQ(due.size(), 1U);
  EXPECT_EQ(due[0].kind, "decision_ending");
  EXPECT_FALSE(due[0].overdue);
  EXPECT_TRUE(due_items({summary("implementation", "2026-11-20", "2026-12-26")}, "2026-11-25").empty());
}

TEST(MyWork, EndedWithoutFollowUpPath) {
  auto due = due_items({summary("end", "2026-11-20", "", "2026-11-01")}, "2026-11-25");
  ASSERT_EQ(due.size(), 1U);
  EXPECT_EQ(due[0].kind, "follow_up_missing");
  EXPECT_TRUE(due[0].overdue);
  EXPECT_TRUE(due_items({summary("follow_up", "2026-11-20", "", "2026-11-01", true)}, "2026-11-25").empty());
  EXPECT_TRUE(due_items({summary("closed", "2020-01-01", "", "2020-01-01")}, "2026-11-25").empty());
}

TEST(Dates, MonthArithmeticClampsToTheMonthEnd) {
  EXPECT_EQ(add_months("2026-01-31", 1), "2026-02-28");
  EXPECT_EQ(add_months("2028-01-31", 1), "2028-02-29");
  EXPECT_EQ(add_months("2026-11-15", 3), "2027-02-15");
  EXPECT_EQ(add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(days_between("2026-11-25", "2026-12-25"), 30);
  EXPECT_TRUE(is_iso_date("2028-02-29"));
  EXPECT_FALSE(is_iso_date("2026-02-29"));
  EXPECT_FALSE(is_iso_date("26-02-01"));
  EXPECT_FALSE(is_iso_date("1899-12-31"));  // a typing error in this work
  EXPECT_TRUE(is_iso_date("1900-01-01"));
}

}  // namespace
}  // namespace polku::cases
