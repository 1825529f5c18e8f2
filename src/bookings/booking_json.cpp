#include "bookings/booking_json.hpp"

#include <algorithm>

#include "platform/http/json_body.hpp"

namespace polku::bookings {
namespace json = boost::json;
using http::bool_field;
using http::int_field;
using http::string_field;

BookingInput booking_input(const json::object& o) {
  BookingInput in;
  in.place_id = int_field(o, "placeId").value_or(0);
  in.client_id = int_field(o, "clientId").value_or(0);
  in.case_id = int_field(o, "caseId");
  in.start_date = string_field(o, "startDate");
  in.end_date = string_field(o, "endDate");
  return in;
}

VisitInput visit_input(const json::object& o) {
  VisitInput in;
  in.place_id = int_field(o, "placeId").value_or(0);
  in.client_id = int_field(o, "clientId").value_or(0);
  in.visit_date = string_field(o, "visitDate");
  in.visit_time = string_field(o, "visitTime");
  in.accompanied_by = string_field(o, "accompaniedBy");
  in.outcome = string_field(o, "outcome");
  if (in.outcome.empty()) in.outcome = "pending";
  in.outcome_notes = string_field(o, "outcomeNotes");
  return in;
}

ClientAgreementInput client_agreement_input(const json::object& o) {
  ClientAgreementInput in;
  in.client_id = int_field(o, "clientId").value_or(0);
  in.place_id = int_field(o, "placeId").value_or(0);
  in.provider_organisation_id = int_field(o, "providerOrganisationId");
  in.start_date = string_field(o, "startDate");
  in.end_date = string_field(o, "endDate");
  in.days_per_week = http::count_field(o, "daysPerWeek");
  in.hours_per_day = http::count_field(o, "hoursPerDay");
  in.tasks = string_field(o, "tasks");
  in.responsible_persons = string_field(o, "responsiblePersons");
  return in;
}

ContinuationInput continuation_input(const json::object& o) {
  ContinuationInput in;
  in.end_date = string_field(o, "endDate");
  if (o.contains("daysPerWeek")) in.days_per_week = http::count_field(o, "daysPerWeek");
  if (o.contains("hoursPerDay")) in.hours_per_day = http::count_field(o, "hoursPerDay");
  if (o.contains("tasks")) in.tasks = string_field(o, "tasks");
  return in;
}

json::object to_json(const Booking& b) {
  const auto& d = b.data;
  return {{"id", b.id},
          {"placeId", d.place_id},
          {"clientId", d.client_id},
          {"caseId", http::nullable(d.case_id)},
          {"startDate", d.start_date},
          {"endDate", http::text_or_null(d.end_date)},
          {"createdBy", b.created_by},
          {"createdAt", b.created_at},
          {"version", b.version},
          {"clientName", b.client_name}};
}

json::object to_json(const Visit& v) {
  const auto& d = v.data;
  return {{"id", v.id},
          {"placeId", d.place_id},
          {"clientId", d.client_id},
          {"visitDate", d.visit_date},
          {"visitTime", d.visit_time},
          {"accompaniedBy", d.accompanied_by},
          {"outcome", d.outcome},
          {"outcomeNotes", d.outcome_notes},
          {"version", v.version},
          {"clientName", v.client_name}};
}

json::object to_json(const ClientAgreement& a) {
  const auto& d = a.data;
  json::array acks;
  for (const auto& k : a.acknowledgements) {
    acks.push_back({{"party", k.party},
                    {"userId", k.user_id},
                    {"name", k.name},
                    {"acknowledgedAt", k.acknowledged_at},
                    {"method", http::text_or_null(k.method)},
                    {"recordedBy", k.recorded_by}});
  }
  json::array acknowledgeable;
  for (const auto& p : a.acknowledgeable) acknowledgeable.push_back(json::string(p));
  return {{"id", a.id},
          {"mayAcknowledge", acknowledgeable},
          {"clientName", a.client_name},
          {"clientId", d.client_id},
          {"purchaserOrganisationId", d.purchaser_organisation_id},
          {"placeId", d.place_id},
          {"providerOrganisationId", http::nullable(d.provider_organisation_id)},
          {"startDate", d.start_date},
          {"endDate", d.end_date},
          {"daysPerWeek", d.days_per_week},
          {"hoursPerDay", d.hours_per_day},
          {"tasks", d.tasks},
          {"responsiblePersons", d.responsible_persons},
          {"previousId", http::nullable(a.previous_id)},
          {"nextId", http::nullable(a.next_id)},
          {"acknowledgements", acks}};
}

}  // namespace polku::bookings
