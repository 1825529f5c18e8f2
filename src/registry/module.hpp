// The registry module: hosts and their places, the service types' catalogue the
// rules read, and searching and matching places for a client.
#pragma once
#include "platform/module.hpp"
#include "registry/place_store.hpp"
#include "registry/port.hpp"
#include "registry/registry_service.hpp"
#include "registry/routes.hpp"

namespace polku::registry {

class Module final : public platform::Module, public Port {
 public:
  explicit Module(const platform::Platform& p) : places_(p.db), service_(places_, p.transactor) {}
  void register_routes(http::Router& router) override { registry::register_routes(router, service_); }
  std::optional<Place> find_place(long long id) override { return places_.find(id); }
  std::optional<Place> lock_place(work::UnitOfWork& unit, long long id) override { return places_.lock(unit, id); }
  std::set<long long> purchaser_ids() override { return places_.purchaser_ids(); }
  ServiceCatalogue catalogue() override { return places_.catalogue(); }
  Port& port() { return *this; }
  RegistryService& service() { return service_; }  // for the demo data, which keeps the registry as a manager would

 private:
  PlaceStore places_;
  RegistryService service_;
};

}  // namespace polku::registry
