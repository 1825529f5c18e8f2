// When a case's next plan update or evaluation is due (pure): the date the completed form names (a plan's
// next_update, an intermediate evaluation's next_evaluation_date), else a plan's update interval (every_N_months)
// from the day it was completed. A final evaluation has no next one.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>

namespace polku::forms {

// Shown on the task list this many days before the day.
inline constexpr int kDueWarnDays = 14;

std::optional<std::string> next_due(const std::string& kind, const boost::json::object& answers,
                                    const std::string& completed_on);
// The task kind of what is due after a completed form of `kind`: plan_update_due, evaluation_due, or ''.
std::string due_task_kind(const std::string& kind);

}  // namespace polku::forms
