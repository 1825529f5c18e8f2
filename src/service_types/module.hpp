// The service types module: the service types and their limits as data.
#pragma once
#include "platform/module.hpp"
#include "service_types/routes.hpp"
#include "service_types/service_type_store.hpp"

namespace polku::service_types {

class Module final : public platform::Module {
 public:
  explicit Module(const platform::Platform& p) : store_(p.db) {}
  void register_routes(http::Router& router) override { service_types::register_routes(router, store_); }
  Port& port() { return store_; }

 private:
  ServiceTypeStore store_;
};

}  // namespace polku::service_types
