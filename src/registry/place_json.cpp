#include "registry/place_json.hpp"

#include <algorithm>

#include "platform/http/json_body.hpp"

namespace polku::registry {
namespace json = boost::json;
using http::bool_field;
using http::int_field;
using http::string_field;
namespace {

json::array to_array(const std::vector<std::string>& v) {
  json::array out;
  for (const auto& s : v) out.emplace_back(s);
  return out;
}

}  // namespace

PlaceInput place_input(const json::object& o) {
  PlaceInput in;
  in.name = string_field(o, "name");
  in.work_tasks = string_field(o, "workTasks");
  in.fields = http::string_list_field(o, "fields");
  in.street_address = string_field(o, "streetAddress");
  in.municipality = string_field(o, "municipality");
  in.accessibility_notes = string_field(o, "accessibilityNotes");
  in.wheelchair_accessible = bool_field(o, "wheelchairAccessible");
  in.what_to_bring = string_field(o, "whatToBring");
  in.capacity = http::count_field(o, "capacity");
  in.weekdays = http::string_list_field(o, "weekdays");
  in.start_time = string_field(o, "startTime");
  in.end_time = string_field(o, "endTime");
  in.supervisor_user_id = int_field(o, "supervisorUserId");
  in.supervisor_name = string_field(o, "supervisorName");
  in.supervisor_phone = string_field(o, "supervisorPhone");
  in.host_instructions = string_field(o, "hostInstructions");
  in.orientation_checklist = http::string_list_field(o, "orientationChecklist");
  in.no_displacement_confirmed = bool_field(o, "noDisplacementConfirmed");
  in.service_types = http::string_list_field(o, "serviceTypes");
  in.status = string_field(o, "status");
  if (in.status.empty()) in.status = "open";
  in.version = int_field(o, "version");
  return in;
}

ClientNeeds client_needs(const json::object& o) {
  ClientNeeds n;
  n.service_type = string_field(o, "serviceType");
  n.municipality = string_field(o, "municipality");
  n.weekdays = http::string_list_field(o, "weekdays");
  n.start_time = string_field(o, "startTime");
  n.end_time = string_field(o, "endTime");
  n.interests = http::string_list_field(o, "interests");
  n.start_date = string_field(o, "startDate");
  return n;
}

json::object to_json(const Place& p) {
  const auto& d = p.data;
  return {{"id", p.id},
          {"hostOrganisationId", p.host_organisation_id},
          {"hostName", p.host_name},
          {"hostType", p.host_type},
          {"name", d.name},
          {"workTasks", d.work_tasks},
          {"fields", to_array(d.fields)},
          {"streetAddress", d.street_address},
          {"municipality", d.municipality},
          {"accessibilityNotes", d.accessibility_notes},
          {"wheelchairAccessible", d.wheelchair_accessible},
          {"whatToBring", d.what_to_bring},
          {"capacity", d.capacity},
          {"weekdays", to_array(d.weekdays)},
          {"startTime", d.start_time},
          {"endTime", d.end_time},
          {"supervisorUserId", http::nullable(d.supervisor_user_id)},
          {"supervisorName", d.supervisor_name},
          {"supervisorPhone", d.supervisor_phone},
          {"hostInstructions", d.host_instructions},
          {"orientationChecklist", to_array(d.orientation_checklist)},
          {"noDisplacementConfirmed", d.no_displacement_confirmed},
          {"serviceTypes", to_array(d.service_types)},
          {"status", d.status},
          {"version", p.version},
          {"bookedToday", p.booked_today},
          {"freeToday", std::max(0, d.capacity - p.booked_today)}};
}

json::object to_json(const RankedPlace& r) {
  json::array reasons;
  for (const auto& reason : r.reasons) reasons.push_back({{"code", reason.code}, {"met", reason.met}});
  return {{"place", to_json(r.place)}, {"score", r.score}, {"reasons", reasons}};
}

json::object to_json(const SupervisorOption& s) { return {{"userId", s.user_id}, {"displayName", s.display_name}}; }

}  // namespace polku::registry
