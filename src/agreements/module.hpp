// The agreements module: partnership and purchase agreements between
// organisations, the places and service products they cover, their documents,
// and the providers' service products.
#pragma once
#include "agreements/agreement_service.hpp"
#include "agreements/agreement_store.hpp"
#include "agreements/port.hpp"
#include "agreements/routes.hpp"
#include "platform/module.hpp"
#include "registry/port.hpp"

namespace polku::agreements {

class Module final : public platform::Module, public Port {
 public:
  Module(const platform::Platform& p, registry::Port& registry)
      : agreements_(p.db), service_(agreements_, p.transactor, registry) {}
  void register_routes(http::Router& router) override { agreements::register_routes(router, service_); }
  std::optional<ServiceProduct> find_product(long long id) override { return agreements_.find_product(id); }
  std::optional<ServiceProduct> find_product(work::UnitOfWork& unit, long long id) override {
    return agreements_.find_product(unit, id);
  }
  bool covers_place_on(work::UnitOfWork& unit, long long place_id, const std::string& date) override {
    return agreements_.covers_place_on(unit, place_id, date);
  }
  Port& port() { return *this; }
  AgreementService& service() { return service_; }  // for the demo data, which makes agreements as a manager would

 private:
  AgreementStore agreements_;
  AgreementService service_;
};

}  // namespace polku::agreements
