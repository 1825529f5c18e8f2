// The registry's records: hosts' places and who supervises them.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::registry {

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

// A day the place is closed (a summer break, a day off): never a scheduled day of a period there.
struct ClosedDay {
  std::string day;  // YYYY-MM-DD
  std::string reason;
};

struct DateRange {
  std::string start;  // YYYY-MM-DD
  std::string end;    // YYYY-MM-DD, empty = open-ended
};

}  // namespace polku::registry
