// Bookings of places, introductory visits and client agreements with their
// acknowledgements and continuations.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::bookings {

struct BookingInput {
  long long place_id = 0;
  long long client_id = 0;
  std::optional<long long> case_id;
  std::string start_date;
  std::string end_date;  // optional
};

struct Booking {
  long long id = 0;
  BookingInput data;
  long long created_by = 0;
  std::string created_at;
  long long version = 1;    // ending it names the version read: a stale one is a conflict
  std::string client_name;  // for lists, read with the booking
};

struct VisitInput {
  long long place_id = 0;
  long long client_id = 0;
  std::string visit_date;
  std::string visit_time;  // HH:MM
  std::string accompanied_by;
  std::string outcome = "pending";  // pending | suitable | not_suitable | cancelled
  std::string outcome_notes;
};

struct Visit {
  long long id = 0;
  VisitInput data;
  long long version = 1;    // recording the outcome names the version read
  std::string client_name;  // for lists, read with the visit
};

struct ClientAgreementInput {
  long long client_id = 0;
  long long purchaser_organisation_id = 0;
  long long place_id = 0;
  std::optional<long long> provider_organisation_id;
  std::string start_date;
  std::string end_date;
  int days_per_week = 0;
  int hours_per_day = 0;
  std::string tasks;
  std::string responsible_persons;
};

// A continuation agreement's terms; what is left out stays as in the previous agreement.
struct ContinuationInput {
  std::string end_date;
  std::optional<int> days_per_week;
  std::optional<int> hours_per_day;
  std::optional<std::string> tasks;
};

struct Acknowledgement {
  std::string party;      // client | purchaser | host | provider
  long long user_id = 0;  // who recorded it: for the client, the worker on their behalf
  std::string name;       // who acknowledged: for the client, the client
  std::string acknowledged_at;
  std::string method;       // the client's: in_person | phone | paper; '' for the other parties
  std::string recorded_by;  // the recording user's name, for reading
};

struct ClientAgreement {
  long long id = 0;
  ClientAgreementInput data;
  std::optional<long long> previous_id;  // the agreement a continuation extends
  std::optional<long long> next_id;      // the continuation that extends this one
  std::vector<Acknowledgement> acknowledgements;
  std::vector<std::string> acknowledgeable;  // for its reader: the parties still to acknowledge they may record
  std::string client_name;                   // whom it is for: the host's and the provider's people read it too
};

}  // namespace polku::bookings
