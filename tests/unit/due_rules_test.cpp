// When the next plan update or evaluation is due (due_rules): the date a completed form names, else a plan's
// update interval from the day it was completed. A table of cases.
#include "forms/due_rules.hpp"

#include <gtest/gtest.h>

namespace polku::forms {
namespace {

namespace json = boost::json;

TEST(DueRules, TheNextPlanUpdateAndEvaluation) {
  struct Case {
    const char* name;
    const char* kind;
    const char* answers;
    std::optional<std::string> due;
  };
  const std::vector<Case> cases = {
      {"a plan's named date", "implementation_plan",
       R"({"next_update": "2027-06-01", "update_interval": "every_3_months"})", "2027-06-01"},
      {"a plan's interval of 3 months", "implementation_plan", R"({"update_interval": "every_3_months"})",
       "2027-04-30"},
      {"a plan's interval of 6 months", "implementation_plan", R"({"update_interval": "every_6_months"})",
       "2027-07-31"},
      {"an interval not understood", "implementation_plan", R"({"update_interval": "yearly"})", std::nullopt},
      {"an interval of no months", "implementation_plan", R"({"update_interval": "every_0_months"})", std::nullopt},
      {"a bad named date", "implementation_plan", R"({"next_update": "31.6.2027"})", std::nullopt},
      {"a plan saying nothing", "implementation_plan", "{}", std::nullopt},
      {"an evaluation's next one", "intermediate_evaluation", R"({"next_evaluation_date": "2027-03-15"})",
       "2027-03-15"},
      {"an evaluation without", "intermediate_evaluation", "{}", std::nullopt},
      {"a final evaluation has no next", "final_evaluation", R"({"next_evaluation_date": "2027-03-15"})", std::nullopt},
      {"other forms", "client_feedback", R"({"next_update": "2027-06-01"})", std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(next_due(c.kind, json::parse(c.answers).as_object(), "2027-01-31"), c.due) << c.name;
  }
  EXPECT_EQ(due_task_kind("implementation_plan"), "plan_update_due");
  EXPECT_EQ(due_task_kind("intermediate_evaluation"), "evaluation_due");
  EXPECT_EQ(due_task_kind("final_evaluation"), "");
}

}  // namespace
}  // namespace polku::forms
