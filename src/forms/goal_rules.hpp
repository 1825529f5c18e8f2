// The pure rules of goals: a goal and how it will be seen to be reached, set in a plan of the same case; a
// revision with its reason that changes something; a rating on the goal scale by an evaluation of the same case
// while it is being filled.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "forms/form.hpp"
#include "forms/goals.hpp"
#include "platform/core/error.hpp"

namespace polku::forms {

inline constexpr std::size_t kMaxGoalText = 500;

// `plan`: the entry named by set_in_entry, if it was found in the same case.
std::vector<FieldError> validate_goal(const GoalInput& in, const std::optional<FormEntry>& plan);
std::vector<FieldError> validate_revision(const Goal& now, const GoalInput& in, const std::string& reason);
// `evaluation`: the entry rated in, if it was found in the same case.
std::vector<FieldError> validate_rating(int rating, const std::string& note,
                                        const std::optional<FormEntry>& evaluation);

bool is_plan(const std::string& kind);
bool is_evaluation(const std::string& kind);

}  // namespace polku::forms
