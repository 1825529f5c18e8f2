// The bookings module: bookings of places within capacity, introductory visits,
// client agreements with their acknowledgements and continuations, and the
// case's guard before implementation (a client agreement in force).
#pragma once
#include "bookings/booking_store.hpp"
#include "bookings/routes.hpp"
#include "cases/case_service.hpp"
#include "platform/module.hpp"
#include "registry/port.hpp"

namespace polku::bookings {

// The case's guard before implementation: a client agreement of the client in force,
// acknowledged by the client, the purchaser and the host.
cases::AgreementGuard implementation_guard(BookingStore& bookings);

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, registry::Port& registry)
      : audit_(p.audit), registry_(registry), bookings_(p.db) {}
  void register_routes(http::Router& router) override {
    bookings::register_routes(router, bookings_, registry_, audit_);
  }
  cases::AgreementGuard implementation_guard() { return bookings::implementation_guard(bookings_); }

 private:
  audit::AuditLog& audit_;
  registry::Port& registry_;
  BookingStore bookings_;
};

}  // namespace polku::bookings
