// What other modules may ask of bookings: a booking read in the caller's unit, and a client's agreements
// that every party has acknowledged (a period starts only under one).
#pragma once
#include <optional>
#include <vector>

#include "bookings/booking.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::bookings {

class Port {
 public:
  virtual ~Port() = default;
  virtual std::optional<Booking> find_booking(work::UnitOfWork& unit, long long id) = 0;
  virtual std::vector<Booking> bookings_of_client(long long client_id) = 0;  // by start date
  // The client's agreements at the place acknowledged by the client, the purchaser and the host, by start date;
  // read in the caller's unit (a read on another connection while the unit holds the write lock could wait
  // for a connection that writers queued behind it hold).
  virtual std::vector<ClientAgreement> acknowledged_agreements(work::UnitOfWork& unit, long long client_id,
                                                               long long place_id) = 0;
};

}  // namespace polku::bookings
