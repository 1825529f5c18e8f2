#include "service_orders/service_order_tasks.hpp"

namespace polku::service_orders {

std::vector<long long> answering_providers(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles)
    if (g.role == "manager") out.push_back(g.organisation_id);
  return out;
}

std::vector<tasks::Task> service_order_tasks(const auth::AuthContext& user, const std::vector<ServiceOrder>& orders) {
  std::vector<tasks::Task> out;
  for (const auto& o : orders) {
    if (o.status != "sent" || !user.has_role_in(o.provider_organisation_id, "manager")) continue;
    // Due by the order's start: the provider answers before the service starts.
    auto t = tasks::task_about("service_order_to_answer", o.data.client_id, o.client_name, o.created_at.substr(0, 10),
                               o.data.start_date);
    t.case_id = o.data.case_id;
    t.service_order_id = o.id;
    t.place_name = o.place_name;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::service_orders
