// HTTP routes of service orders: the purchaser orders, the provider answers.
#pragma once
#include "clients/port.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/router.hpp"
#include "service_orders/service_order_store.hpp"

namespace polku::service_orders {

void register_routes(http::Router& router, ServiceOrderStore& orders, clients::Port& clients, audit::AuditLog& audit);

}  // namespace polku::service_orders
