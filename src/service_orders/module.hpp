// The service orders module: the purchaser orders a provider's service product
// for a client's case; the provider accepts, naming its coach, or declines.
#pragma once
#include "agreements/port.hpp"
#include "clients/port.hpp"
#include "platform/module.hpp"
#include "registry/port.hpp"
#include "service_orders/port.hpp"
#include "service_orders/routes.hpp"
#include "service_orders/service_order_service.hpp"
#include "service_orders/service_order_store.hpp"
#include "service_orders/service_order_tasks.hpp"

namespace polku::service_orders {

class Module final : public platform::Module, public Port {
 public:
  Module(const platform::Platform& p, clients::Port& clients, registry::Port& registry, agreements::Port& agreements)
      : orders_(p.db), service_(orders_, p.transactor, clients, registry, agreements) {}
  void register_routes(http::Router& router) override { service_orders::register_routes(router, service_); }
  std::optional<long long> accepted_product(work::UnitOfWork& unit, long long case_id, long long provider_id) override {
    return orders_.accepted_product(unit, case_id, provider_id);
  }
  Port& port() { return *this; }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string&) -> std::vector<tasks::Task> {
      ServiceOrderFilter waiting;
      waiting.provider_ids = answering_providers(user);
      waiting.status = "sent";
      if (waiting.provider_ids.empty()) return {};
      return service_order_tasks(user, orders_.list(waiting));
    };
  }
  ServiceOrderService& service() { return service_; }  // for the demo data

  retention::Eraser eraser() { return &ServiceOrderStore::erase_client; }  // the client's rows, for the retention job

 private:
  ServiceOrderStore orders_;
  ServiceOrderService service_;
};

}  // namespace polku::service_orders
