// The service orders' items on the task list (pure): an order sent to a provider
// waits for the provider's managers to answer it.
#pragma once
#include <vector>

#include "platform/auth/auth_context.hpp"
#include "service_orders/service_order.hpp"
#include "tasks/port.hpp"

namespace polku::service_orders {

// The providers whose orders the user answers: where they are a manager.
std::vector<long long> answering_providers(const auth::AuthContext& user);
std::vector<tasks::Task> service_order_tasks(const auth::AuthContext& user, const std::vector<ServiceOrder>& orders);

}  // namespace polku::service_orders
