// Storage of placement bookings, introductory visits and client agreements with
// their acknowledgements: reads, and writes inside the caller's unit of work.
// The service checks access and the rules first.
#pragma once
#include <optional>
#include <vector>

#include "bookings/booking.hpp"
#include "bookings/booking_tasks.hpp"
#include "bookings/port.hpp"
#include "platform/db/database.hpp"
#include "platform/documents/letterhead.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/place.hpp"
#include "retention/port.hpp"

namespace polku::bookings {

class BookingStore final : public Port {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit BookingStore(db::Database& db) : db_(db) {}

  std::vector<Booking> bookings_of_place(long long place_id);
  std::vector<Booking> bookings_of_client(long long client_id) override;  // by start date
  std::optional<Booking> find_booking(long long id);
  std::optional<Visit> find_visit(long long id);
  std::vector<Visit> visits_of_client(long long client_id);
  std::vector<Visit> visits_at_place(long long place_id);  // by date and time
  std::optional<ClientAgreement> find_client_agreement(long long id);
  std::vector<ClientAgreement> client_agreements_of_client(long long client_id);  // by start date
  // For the task list: of these organisations' clients and places, the client agreements in force
  // (the newest of a chain), visits past without an outcome, and bookings starting within kStartingDays.
  AgreementParties parties_of(long long client_agreement_id);
  // The organisation's name and logo for a printed document (the platform's letterhead).
  documents::Letterhead letterhead(long long organisation_id) {
    return documents::Letterheads(db_).of(organisation_id);
  }
  BookingTaskRows task_rows(const std::vector<long long>& organisation_ids, const std::string& today);

  // Writes and the reads that decide them, in the unit.
  std::vector<registry::DateRange> booked_ranges(work::UnitOfWork& unit, long long place_id);
  Booking insert_booking(work::UnitOfWork& unit, const BookingInput& in, long long user_id);
  std::optional<Booking> find_booking(work::UnitOfWork& unit, long long id) override;
  std::vector<ClientAgreement> acknowledged_agreements(work::UnitOfWork& unit, long long client_id,
                                                       long long place_id) override;
  // False when `version` is stale.
  bool end_booking(work::UnitOfWork& unit, const Booking& booking, long long version, const std::string& end_date);

  long long insert_visit(work::UnitOfWork& unit, const VisitInput& in);
  std::optional<Visit> find_visit(work::UnitOfWork& unit, long long id);
  bool set_visit_outcome(work::UnitOfWork& unit, const Visit& visit, long long version, const std::string& outcome,
                         const std::string& notes);

  long long insert_client_agreement(work::UnitOfWork& unit, const ClientAgreementInput& in,
                                    std::optional<long long> previous_id);
  // Locks the agreement's row (PostgreSQL; SQLite's write lock is exclusive) and tells whether it is continued.
  bool lock_and_is_continued(work::UnitOfWork& unit, long long id);
  bool has_acknowledged(work::UnitOfWork& unit, long long agreement_id, const std::string& party);
  void acknowledge(work::UnitOfWork& unit, const ClientAgreement& agreement, const Acknowledgement& ack);

 private:
  db::Database& db_;
};

}  // namespace polku::bookings
