#include "decisions/decision_tasks.hpp"

#include "decisions/decision_rules.hpp"

namespace polku::decisions {

std::vector<tasks::Task> decision_tasks(const auth::AuthContext& user, const std::vector<AwaitingDecision>& cases) {
  std::vector<tasks::Task> out;
  for (const auto& c : cases) {
    if (!may_decide(user, c.organisation_id, c.instructors_may_decide)) continue;
    tasks::Task t;
    t.kind = "decision_to_make";
    t.since = c.plan_date;
    t.due = c.plan_start_date;  // the work cannot start before the decision
    t.client_id = c.client_id;
    t.client_name = c.client_name;
    t.case_id = c.case_id;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::decisions
