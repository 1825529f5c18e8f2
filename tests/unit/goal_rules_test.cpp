// Pure rules of goals: a goal set in a plan of the case, a revision that changes something and says why, a rating
// on the goal scale by an evaluation of the case while it is filled. Tables of cases naming every error.
#include "forms/goal_rules.hpp"

#include <gtest/gtest.h>

#include "unit/field_errors.hpp"

namespace polku::forms {
namespace {

using unit_test::all_errors;
using unit_test::FieldCodes;

FormEntry entry(const char* kind, const char* state = "draft") {
  FormEntry e;
  e.id = 9;
  e.kind = kind;
  e.state = state;
  return e;
}

TEST(GoalRules, AGoalSaysHowItWillBeSeenAndIsSetInAPlan) {
  struct Case {
    const char* name;
    GoalInput in;
    std::optional<FormEntry> plan;
    FieldCodes errors;
  };
  const std::vector<Case> cases = {
      {"a goal of its own", {"Päivärytmi", "Herää kahtena aamuna viikossa ajoissa", std::nullopt}, std::nullopt, {}},
      {"set in the implementation plan", {"Päivärytmi", "x", 9}, entry("implementation_plan"), {}},
      {"set in the work activity plan", {"Päivärytmi", "x", 9}, entry("work_activity_plan"), {}},
      {"set in an evaluation", {"Päivärytmi", "x", 9}, entry("final_evaluation"), {{"setInEntryId", "invalid_choice"}}},
      {"a plan of another case", {"Päivärytmi", "x", 9}, std::nullopt, {{"setInEntryId", "invalid_choice"}}},
      {"nothing said", {"", "", std::nullopt}, std::nullopt, {{"goal", "required"}, {"measure", "required"}}},
      {"too long", {std::string(501, 'x'), "x", std::nullopt}, std::nullopt, {{"goal", "too_long"}}},
  };
  for (const auto& c : cases) EXPECT_EQ(all_errors(validate_goal(c.in, c.plan)), c.errors) << c.name;
}

TEST(GoalRules, ARevisionChangesSomethingAndSaysWhy) {
  Goal now;
  now.goal = "Päivärytmi";
  now.measure = "Herää ajoissa";
  EXPECT_EQ(all_errors(validate_revision(now, {"Päivärytmi", "Herää ajoissa kolmena aamuna", {}}, "Tavoite kasvaa")),
            FieldCodes{});
  EXPECT_EQ(all_errors(validate_revision(now, {"Päivärytmi", "Herää ajoissa", {}}, "Ei muutosta")),
            (FieldCodes{{"goal", "unchanged"}}));
  EXPECT_EQ(all_errors(validate_revision(now, {"Työkokeilu", "Hakee", {}}, "")), (FieldCodes{{"reason", "required"}}));
  EXPECT_EQ(all_errors(validate_revision(now, {"", "", {}}, "x")),
            (FieldCodes{{"goal", "required"}, {"measure", "required"}}));
}

TEST(GoalRules, AnEvaluationRatesOnTheGoalScaleWhileItIsFilled) {
  struct Case {
    const char* name;
    int rating;
    std::optional<FormEntry> evaluation;
    FieldCodes errors;
  };
  const std::vector<Case> cases = {
      {"an intermediate evaluation", 3, entry("intermediate_evaluation"), {}},
      {"the final evaluation", 5, entry("final_evaluation"), {}},
      {"the lowest step", 1, entry("final_evaluation"), {}},
      {"below the scale", 0, entry("final_evaluation"), {{"rating", "out_of_range"}}},
      {"above the scale", kGoalScaleSteps + 1, entry("final_evaluation"), {{"rating", "out_of_range"}}},
      {"in a plan", 3, entry("implementation_plan"), {{"entryId", "not_an_evaluation"}}},
      {"in another case's evaluation", 3, std::nullopt, {{"entryId", "not_an_evaluation"}}},
      {"in a completed evaluation", 3, entry("final_evaluation", "completed"), {{"entryId", "form_completed"}}},
  };
  for (const auto& c : cases) EXPECT_EQ(all_errors(validate_rating(c.rating, "", c.evaluation)), c.errors) << c.name;
  EXPECT_EQ(all_errors(validate_rating(3, std::string(501, 'x'), entry("final_evaluation"))),
            (FieldCodes{{"note", "too_long"}}));
}

}  // namespace
}  // namespace polku::forms
