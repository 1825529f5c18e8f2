// The bookings service: who may book, visit and agree for a client
// (booking_access), the pure rules (booking_rules, registry's capacity and
// place rules), and one unit of work per change with its audit entry. Reads of
// a client's bookings, visits and agreements are logged, refused ones too.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "agreements/port.hpp"
#include "bookings/booking_store.hpp"
#include "case_documents/port.hpp"
#include "clients/port.hpp"
#include "platform/documents/file.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/port.hpp"
#include "service_orders/port.hpp"

namespace polku::bookings {

struct BookingPorts {
  clients::Port& clients;
  registry::Port& registry;
  agreements::Port& agreements;
  service_orders::Port& orders;
  case_documents::Port* documents = nullptr;  // keeps an agreement acknowledged by all on its case; none: not kept
};

class BookingService {
 public:
  BookingService(BookingStore& store, work::Transactor& transactor, BookingPorts ports)
      : store_(store), transactor_(transactor), ports_(ports) {}

  // Within the place's capacity and, between organisations, under a valid agreement: a full place is a conflict.
  Result<Booking> book(const work::Caller& caller, const BookingInput& in);
  Result<std::vector<Booking>> bookings_of_client(const work::Caller& caller, std::optional<long long> client_id);
  Result<std::vector<Booking>> bookings_of_place(const work::Caller& caller, long long place_id);
  // Ends a booking early (or gives an open one its end), freeing the place after that day; never
  // before its start, never later than a fixed end. `version` is the one read: a stale one is a conflict.
  Result<Booking> end_booking(const work::Caller& caller, long long id, const std::string& end_date,
                              std::optional<long long> version);

  Result<Visit> create_visit(const work::Caller& caller, const VisitInput& in);
  Result<std::vector<Visit>> visits_of_client(const work::Caller& caller, std::optional<long long> client_id);
  // The host's staff and the purchaser's workers see who visits a place.
  Result<std::vector<Visit>> visits_at_place(const work::Caller& caller, long long place_id);
  Result<Visit> read_visit(const work::Caller& caller, long long id);
  Result<Visit> record_outcome(const work::Caller& caller, long long id, const std::string& outcome,
                               const std::string& notes, std::optional<long long> version);

  Result<ClientAgreement> create_client_agreement(const work::Caller& caller, ClientAgreementInput in);
  Result<std::vector<ClientAgreement>> client_agreements_of_client(const work::Caller& caller,
                                                                   std::optional<long long> client_id);
  Result<ClientAgreement> read_client_agreement(const work::Caller& caller, long long id);
  // The agreement as a PDF in `lang` for those who read it. Once every party has acknowledged it, it is kept on its
  // case's documents as first printed in each language and given the same ever after.
  Result<documents::File> client_agreement_pdf(const work::Caller& caller, long long id, const std::string& lang);
  // Refused with a conflict when the party has already acknowledged.
  Result<ClientAgreement> acknowledge(const work::Caller& caller, long long id, Acknowledgement ack);
  // From the day after the previous ends until `in.end_date`, with the previous terms where `in` leaves
  // them out. An agreement is continued once: a second is a conflict.
  Result<ClientAgreement> continue_client_agreement(const work::Caller& caller, long long id,
                                                    const ContinuationInput& in);

 private:
  // The items of a place's list whose client the caller sees there (sees_client_at_place), each access logged.
  template <typename Item>
  std::vector<Item> seen_at_place(const work::Caller& caller, std::vector<Item> items, long long host_id,
                                  const char* detail);
  // The client's organisation if the caller acts for the client; a refusal of an existing client is logged.
  Result<long long> acting_for(const work::Caller& caller, long long client_id, const char* detail,
                               bool refused_is_404);
  Result<ClientAgreement> readable_agreement(const work::Caller& caller, long long id);
  // `host_id` when the caller already knows it (a list of one client's agreements at few places).
  ClientAgreement for_reader(const work::Caller& caller, ClientAgreement a, std::optional<long long> host_id = {});
  Result<long long> insert_agreement(work::UnitOfWork& unit, const ClientAgreementInput& in,
                                     std::optional<long long> previous_id, const registry::Place& place,
                                     const registry::ServiceCatalogue& catalogue);

  BookingStore& store_;
  work::Transactor& transactor_;
  BookingPorts ports_;
};

}  // namespace polku::bookings
