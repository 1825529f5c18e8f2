#include "decisions/decision_tasks.hpp"

#include "decisions/decision_rules.hpp"

namespace polku::decisions {

std::vector<tasks::Task> decision_tasks(const auth::AuthContext& user, const std::vector<AwaitingDecision>& cases) {
  std::vector<tasks::Task> out;
  for (const auto& c : cases) {
    if (!may_decide(user, c.organisation_id, c.instructors_may_decide)) continue;
    // Due by the plan's start: the work cannot start before the decision.
    auto t = tasks::task_about("decision_to_make", c.client_id, c.client_name, c.plan_date, c.plan_start_date);
    t.case_id = c.case_id;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::decisions
