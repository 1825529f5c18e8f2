// The placement registry's records: host places, service products, agreements
// between organisations, bookings, introductory visits and client agreements.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::placements {

struct PlaceInput {
  std::string name;
  std::string work_tasks;
  std::vector<std::string> fields;  // property_and_yard_care, youth_work, pet_care, ...
  std::string street_address;
  std::string municipality;
  std::string accessibility_notes;
  bool wheelchair_accessible = false;
  std::string what_to_bring;
  int capacity = 0;                   // clients at once
  std::vector<std::string> weekdays;  // mon .. sun
  std::string start_time;             // HH:MM
  std::string end_time;               // HH:MM
  std::optional<long long> supervisor_user_id;
  std::string supervisor_name;
  std::string supervisor_phone;
  std::string host_instructions;
  std::vector<std::string> orientation_checklist;
  bool no_displacement_confirmed = false;  // the tasks do not displace paid employees
  std::vector<std::string> service_types;
  std::string status = "open";  // open | full | paused | closed
  std::optional<long long> version;
};

struct Place {
  long long id = 0;
  long long host_organisation_id = 0;
  std::string host_name;
  std::string host_type;  // association, municipal_unit, foundation, parish, company, provider
  PlaceInput data;
  long long version = 1;
  int booked_today = 0;  // bookings in force today (Helsinki); the free places are capacity minus these
};

// A host's user who may be named as a place's supervisor.
struct SupervisorOption {
  long long user_id = 0;
  std::string display_name;
};

struct ServiceProductInput {
  std::string name;
  std::string service_type;
  bool includes_place = false;
  bool includes_support = false;
  bool includes_social_guidance = false;
  int period_months_min = 0;
  int period_months_max = 0;
  int days_min = 0;
  int days_max = 0;
  int hours_min = 0;
  int hours_max = 0;
  int min_guidance_hours_per_3_months = 0;
  long long price_cents = 0;
  std::string price_unit = "day";  // day | month
};

struct ServiceProduct {
  long long id = 0;
  long long provider_organisation_id = 0;
  std::string provider_name;
  ServiceProductInput data;
  long long version = 1;  // optimistic concurrency: an update names the version it read
};

struct AgreementInput {
  std::string kind;  // partnership (purchaser–association) | purchase (purchaser–provider)
  long long purchaser_organisation_id = 0;
  long long partner_organisation_id = 0;
  std::string title;
  std::string valid_from;   // YYYY-MM-DD
  std::string valid_until;  // YYYY-MM-DD
  std::vector<long long> place_ids;
  std::vector<long long> product_ids;
};

struct DocumentInfo {
  long long id = 0;
  std::string file_name;
  std::string content_type;
  long long size_bytes = 0;
};

struct Agreement {
  long long id = 0;
  AgreementInput data;
  std::string purchaser_name;
  std::string partner_name;
  std::vector<DocumentInfo> documents;
  long long version = 1;
};

// An organisation an agreement can be made with: a host (partnership) or a provider (purchase).
struct Partner {
  long long id = 0;
  std::string name;
  bool is_host = false;
  bool is_provider = false;
};

struct DateRange {
  std::string start;  // YYYY-MM-DD
  std::string end;    // YYYY-MM-DD, empty = open-ended
};

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
  std::string party;  // client | purchaser | host | provider
  long long user_id = 0;
  std::string name;
  std::string acknowledged_at;
};

struct ClientAgreement {
  long long id = 0;
  ClientAgreementInput data;
  std::optional<long long> previous_id;  // the agreement a continuation extends
  std::optional<long long> next_id;      // the continuation that extends this one
  std::vector<Acknowledgement> acknowledgements;
};

}  // namespace polku::placements
