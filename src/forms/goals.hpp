// A case's goals (tavoitteet), which live across its forms: set in a plan with how each will be seen to be
// reached, rated by every evaluation on one scale, and revised with a reason, the text before kept.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::forms {

// The goal scale every evaluation rates on: 1 (not at all) ... 5 (fully reached).
inline constexpr int kGoalScaleSteps = 5;

struct GoalInput {
  std::string goal;
  std::string measure;                    // how it will be seen to be reached
  std::optional<long long> set_in_entry;  // the plan it was set in
};

struct GoalRevision {
  std::string goal_before, measure_before, reason, revised_by_name, revised_at;
};

struct GoalRating {
  long long entry_id = 0;
  std::string entry_kind;
  int rating = 0;
  std::string note;
  std::string rated_by_name, rated_at;
};

struct Goal {
  long long id = 0;
  long long case_id = 0;
  long long client_id = 0;
  std::optional<long long> set_in_entry;
  std::string goal, measure;
  std::string created_by_name, created_at;
  long long version = 1;
  std::vector<GoalRevision> revisions;  // oldest first
  std::vector<GoalRating> ratings;      // oldest first: the goal's progress
};

}  // namespace polku::forms
