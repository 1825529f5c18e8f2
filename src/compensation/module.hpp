// The compensation module (korvaukset): rates as dated data, the clients' benefit payers, fares, claims and
// corrections, and the purchasers' monthly batches, whose approval freezes the month's attendance.
#pragma once
#include "compensation/compensation_service.hpp"
#include "compensation/compensation_store.hpp"
#include "compensation/routes.hpp"
#include "platform/module.hpp"

namespace polku::compensation {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, service_types::Port& types)
      : store_(p.db), service_(store_, p.transactor, types) {}
  void register_routes(http::Router& router) override { compensation::register_routes(router, service_); }
  CompensationService& service() { return service_; }
  FrozenMonths& frozen_months() { return service_; }

 private:
  CompensationStore store_;
  CompensationService service_;
};

}  // namespace polku::compensation
