#include "clients/client_tasks.hpp"

#include "platform/core/clock.hpp"

namespace polku::clients {

std::vector<tasks::Task> client_tasks(const auth::AuthContext& user, const std::vector<ClientWithoutWorker>& clients) {
  std::vector<tasks::Task> out;
  for (const auto& c : clients) {
    if (!user.has_role_in(c.organisation_id, "manager")) continue;
    auto t =
        tasks::task_about("case_without_own_worker", c.client_id, c.client_name, helsinki_date_of(c.case_opened_at));
    t.case_id = c.case_id;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::clients
