#include "cases/case_tasks.hpp"

#include "platform/auth/roles.hpp"

namespace polku::cases {
namespace {

bool is_worker_in(const auth::AuthContext& user, long long organisation_id) {
  for (const auto& g : user.roles)
    if (g.organisation_id == organisation_id && auth::is_client_worker_role(g.role)) return true;
  return false;
}

}  // namespace

std::string start_date_of(const StartingCase& c) {
  return c.agreed_start_date.empty() ? c.plan_start_date : c.agreed_start_date;
}

std::vector<tasks::Task> case_tasks(const auth::AuthContext& user, const std::vector<StartingCase>& cases,
                                    const std::string& today) {
  std::vector<tasks::Task> out;
  for (const auto& c : cases) {
    if (!is_worker_in(user, c.organisation_id)) continue;
    if (c.own_worker_id && *c.own_worker_id != user.user_id) continue;
    const std::string start = start_date_of(c);
    if (start.empty() || start > today) continue;
    auto t = tasks::task_about("case_start_date_reached", c.client_id, c.client_name, start, start);
    t.case_id = c.case_id;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::cases
