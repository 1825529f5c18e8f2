// Storage of placement bookings (within capacity, under a valid agreement),
// introductory visits and client agreements with their acknowledgements.
#pragma once
#include <optional>
#include <vector>

#include "bookings/booking.hpp"
#include "platform/db/database.hpp"

namespace polku::bookings {

class BookingStore {
 public:
  explicit BookingStore(db::Database& db) : db_(db) {}

  // The organisation whose client this is, if the client exists.
  std::optional<long long> client_organisation(long long client_id);

  // Locks the place, counts the bookings in force over the new range and adds
  // one only if the place has room: a full place is a conflict (409).
  Result<Booking> book(const BookingInput& in, long long user_id);
  std::vector<Booking> bookings_of_place(long long place_id);
  std::vector<Booking> bookings_of_client(long long client_id);  // by start date
  std::optional<Booking> find_booking(long long id);
  // Ends a booking early (or gives an open one its end), freeing the place after
  // that day; never before its start, never later than a fixed end.
  Result<Booking> end_booking(long long id, const std::string& end_date);

  Result<Visit> create_visit(const VisitInput& in);
  Result<Visit> set_visit_outcome(long long id, const std::string& outcome, const std::string& notes);
  std::optional<Visit> find_visit(long long id);
  std::vector<Visit> visits_of_client(long long client_id);

  Result<ClientAgreement> create_client_agreement(const ClientAgreementInput& in);
  // A continuation agreement from the day after the previous ends until `in.end_date`, with the
  // previous terms where `in` leaves them out. An agreement is continued once: a second is a conflict.
  Result<ClientAgreement> continue_client_agreement(long long previous_id, const ContinuationInput& in);
  std::optional<ClientAgreement> find_client_agreement(long long id);
  std::vector<ClientAgreement> client_agreements_of_client(long long client_id);  // by start date
  // Refused with a conflict when the party has already acknowledged.
  Result<ClientAgreement> acknowledge(long long id, const Acknowledgement& ack);

 private:
  db::Database& db_;
};

}  // namespace polku::bookings
