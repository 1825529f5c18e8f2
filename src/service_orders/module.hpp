// The service orders module: the purchaser orders a provider's service product
// for a client's case; the provider accepts, naming its coach, or declines.
#pragma once
#include "agreements/port.hpp"
#include "clients/port.hpp"
#include "platform/module.hpp"
#include "registry/port.hpp"
#include "service_orders/port.hpp"
#include "service_orders/routes.hpp"
#include "service_orders/service_order_store.hpp"

namespace polku::service_orders {

class Module final : public platform::Module, public Port {
 public:
  Module(const platform::Platform& p, clients::Port& clients, registry::Port& registry, agreements::Port& agreements)
      : audit_(p.audit), clients_(clients), orders_(p.db, agreements, registry) {}
  void register_routes(http::Router& router) override {
    service_orders::register_routes(router, orders_, clients_, audit_);
  }
  std::optional<long long> accepted_product(work::UnitOfWork& unit, long long case_id,
                                            long long provider_id) override {
    return orders_.accepted_product(unit, case_id, provider_id);
  }
  Port& port() { return *this; }

 private:
  audit::AuditLog& audit_;
  clients::Port& clients_;
  ServiceOrderStore orders_;
};

}  // namespace polku::service_orders
