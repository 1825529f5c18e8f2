// The placements module: the registry (hosts, places, service products,
// matching), agreements between organisations, bookings, introductory visits,
// client agreements and service orders.
#pragma once
#include "cases/case_service.hpp"
#include "placements/routes.hpp"
#include "platform/module.hpp"

namespace polku::placements {

// The case's guard before implementation: a client agreement of the client in force,
// acknowledged by the client, the purchaser and the host.
cases::AgreementGuard implementation_guard(BookingStore& bookings);

class Module final : public platform::Module {
 public:
  explicit Module(const platform::Platform& p)
      : audit_(p.audit), places_(p.db), agreements_(p.db), bookings_(p.db), orders_(p.db) {}
  void register_routes(http::Router& router) override {
    placements::register_routes(router, {places_, agreements_, bookings_, orders_, audit_});
  }
  cases::AgreementGuard implementation_guard() { return placements::implementation_guard(bookings_); }

 private:
  audit::AuditLog& audit_;
  PlaceStore places_;
  AgreementStore agreements_;
  BookingStore bookings_;
  ServiceOrderStore orders_;
};

}  // namespace polku::placements
