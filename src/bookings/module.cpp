#include "bookings/module.hpp"

#include "bookings/booking_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::bookings {

cases::AgreementGuard implementation_guard(BookingStore& bookings) {
  return [&bookings](const cases::Case& c) -> std::vector<std::string> {
    if (has_client_agreement_in_force(bookings.client_agreements_of_client(c.client_id), today_helsinki())) {
      return {};
    }
    return {"agreement_missing"};
  };
}

}  // namespace polku::bookings
