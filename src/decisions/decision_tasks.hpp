// The decisions' items on the task list (pure): a case whose plan is done and that
// has no signed decision in force waits for whoever may decide in its region.
#pragma once
#include <string>
#include <vector>

#include "platform/auth/auth_context.hpp"
#include "tasks/port.hpp"

namespace polku::decisions {

struct AwaitingDecision {
  long long case_id = 0;
  long long client_id = 0;
  std::string client_name;
  long long organisation_id = 0;
  std::string plan_date;
  std::string plan_start_date;
  bool instructors_may_decide = false;  // the region's process model
};

std::vector<tasks::Task> decision_tasks(const auth::AuthContext& user, const std::vector<AwaitingDecision>& cases);

}  // namespace polku::decisions
