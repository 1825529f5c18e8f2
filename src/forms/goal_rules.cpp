#include "forms/goal_rules.hpp"

namespace polku::forms {

namespace {

void text(std::vector<FieldError>& e, const char* field, const std::string& v) {
  if (v.empty()) {
    e.push_back({field, "required"});
  } else if (v.size() > kMaxGoalText) {
    e.push_back({field, "too_long"});
  }
}

}  // namespace

bool is_plan(const std::string& kind) { return kind == "work_activity_plan" || kind == "implementation_plan"; }
bool is_evaluation(const std::string& kind) { return kind == "intermediate_evaluation" || kind == "final_evaluation"; }

std::vector<FieldError> validate_goal(const GoalInput& in, const std::optional<FormEntry>& plan) {
  std::vector<FieldError> e;
  text(e, "goal", in.goal);
  text(e, "measure", in.measure);
  if (in.set_in_entry && (!plan || !is_plan(plan->kind))) e.push_back({"setInEntryId", "invalid_choice"});
  return e;
}

std::vector<FieldError> validate_revision(const Goal& now, const GoalInput& in, const std::string& reason) {
  std::vector<FieldError> e;
  text(e, "goal", in.goal);
  text(e, "measure", in.measure);
  text(e, "reason", reason);
  if (in.goal == now.goal && in.measure == now.measure) e.push_back({"goal", "unchanged"});
  return e;
}

std::vector<FieldError> validate_rating(int rating, const std::string& note,
                                        const std::optional<FormEntry>& evaluation) {
  std::vector<FieldError> e;
  if (rating < 1 || rating > kGoalScaleSteps) e.push_back({"rating", "out_of_range"});
  if (note.size() > kMaxGoalText) e.push_back({"note", "too_long"});
  if (!evaluation || !is_evaluation(evaluation->kind)) {
    e.push_back({"entryId", "not_an_evaluation"});
  } else if (evaluation->state != "draft") {
    e.push_back({"entryId", "form_completed"});
  }
  return e;
}

}  // namespace polku::forms
