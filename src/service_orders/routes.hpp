// HTTP routes of service orders: the purchaser orders, the provider answers.
#pragma once
#include "platform/http/router.hpp"
#include "service_orders/service_order_service.hpp"

namespace polku::service_orders {

void register_routes(http::Router& router, ServiceOrderService& service);

}  // namespace polku::service_orders
