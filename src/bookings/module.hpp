// The bookings module: bookings of places within capacity, introductory visits,
// client agreements with their acknowledgements and continuations, and the
// case's guard before implementation (a client agreement in force).
#pragma once
#include "bookings/booking_service.hpp"
#include "bookings/booking_store.hpp"
#include "bookings/routes.hpp"
#include "cases/case_service.hpp"
#include "platform/module.hpp"

namespace polku::bookings {

// The case's guard before implementation: a client agreement of the client in force,
// acknowledged by the client, the purchaser and the host, whose start date has come;
// each gap names who acts (booking_rules' agreement_gaps).
cases::AgreementGuard implementation_guard(BookingStore& bookings);

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, BookingPorts ports) : bookings_(p.db), service_(bookings_, p.transactor, ports) {}
  void register_routes(http::Router& router) override { bookings::register_routes(router, service_); }
  cases::AgreementGuard implementation_guard() { return bookings::implementation_guard(bookings_); }
  BookingService& service() { return service_; }
  Port& port() { return bookings_; }  // for the demo data, which books as a worker would
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) {
      return booking_tasks(user, bookings_.task_rows(tasks::organisations_of(user), today));
    };
  }

  retention::Eraser eraser() { return &BookingStore::erase_client; }  // the client's rows, for the retention job

 private:
  BookingStore bookings_;
  BookingService service_;
};

}  // namespace polku::bookings
