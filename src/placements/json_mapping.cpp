#include "placements/json_mapping.hpp"

#include <algorithm>

#include "platform/http/json_body.hpp"

namespace polku::placements {
namespace json = boost::json;
using http::bool_field;
using http::int_field;
using http::string_field;

namespace {

std::vector<long long> ids_field(const json::object& o, std::string_view key) {
  std::vector<long long> out;
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_array()) return out;
  for (const auto& v : it->value().as_array())
    if (v.is_int64()) out.push_back(v.as_int64());
  return out;
}

json::array to_array(const std::vector<std::string>& v) {
  json::array out;
  for (const auto& s : v) out.emplace_back(s);
  return out;
}

json::array to_array(const std::vector<long long>& v) {
  json::array out;
  for (auto i : v) out.emplace_back(i);
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

ServiceProductInput product_input(const json::object& o) {
  ServiceProductInput in;
  in.name = string_field(o, "name");
  in.service_type = string_field(o, "serviceType");
  in.includes_place = bool_field(o, "includesPlace");
  in.includes_support = bool_field(o, "includesSupport");
  in.includes_social_guidance = bool_field(o, "includesSocialGuidance");
  in.period_months_min = http::count_field(o, "periodMonthsMin");
  in.period_months_max = http::count_field(o, "periodMonthsMax");
  in.days_min = http::count_field(o, "daysMin");
  in.days_max = http::count_field(o, "daysMax");
  in.hours_min = http::count_field(o, "hoursMin");
  in.hours_max = http::count_field(o, "hoursMax");
  in.min_guidance_hours_per_3_months = http::count_field(o, "minGuidanceHoursPer3Months");
  in.price_cents = int_field(o, "priceCents").value_or(-1);
  in.price_unit = string_field(o, "priceUnit");
  return in;
}

AgreementInput agreement_input(const json::object& o) {
  AgreementInput in;
  in.kind = string_field(o, "kind");
  in.purchaser_organisation_id = int_field(o, "purchaserOrganisationId").value_or(0);
  in.partner_organisation_id = int_field(o, "partnerOrganisationId").value_or(0);
  in.title = string_field(o, "title");
  in.valid_from = string_field(o, "validFrom");
  in.valid_until = string_field(o, "validUntil");
  in.place_ids = ids_field(o, "placeIds");
  in.product_ids = ids_field(o, "productIds");
  return in;
}

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

json::object to_json(const ServiceProduct& p) {
  const auto& d = p.data;
  return {{"id", p.id},
          {"providerOrganisationId", p.provider_organisation_id},
          {"providerName", p.provider_name},
          {"name", d.name},
          {"serviceType", d.service_type},
          {"includesPlace", d.includes_place},
          {"includesSupport", d.includes_support},
          {"includesSocialGuidance", d.includes_social_guidance},
          {"periodMonthsMin", d.period_months_min},
          {"periodMonthsMax", d.period_months_max},
          {"daysMin", d.days_min},
          {"daysMax", d.days_max},
          {"hoursMin", d.hours_min},
          {"hoursMax", d.hours_max},
          {"minGuidanceHoursPer3Months", d.min_guidance_hours_per_3_months},
          {"priceCents", d.price_cents},
          {"priceUnit", d.price_unit},
          {"version", p.version}};
}

json::object to_json(const Partner& p) {
  return {{"id", p.id}, {"name", p.name}, {"isHost", p.is_host}, {"isProvider", p.is_provider}};
}

json::object to_json(const DocumentInfo& d) {
  return {{"id", d.id}, {"fileName", d.file_name}, {"contentType", d.content_type}, {"sizeBytes", d.size_bytes}};
}

json::object to_json(const Agreement& a) {
  const auto& d = a.data;
  json::array documents;
  for (const auto& doc : a.documents) documents.push_back(to_json(doc));
  return {{"id", a.id},
          {"kind", d.kind},
          {"purchaserOrganisationId", d.purchaser_organisation_id},
          {"purchaserName", a.purchaser_name},
          {"partnerOrganisationId", d.partner_organisation_id},
          {"partnerName", a.partner_name},
          {"title", d.title},
          {"validFrom", d.valid_from},
          {"validUntil", d.valid_until},
          {"placeIds", to_array(d.place_ids)},
          {"productIds", to_array(d.product_ids)},
          {"documents", documents},
          {"version", a.version}};
}

json::object to_json(const Booking& b) {
  const auto& d = b.data;
  return {{"id", b.id},
          {"placeId", d.place_id},
          {"clientId", d.client_id},
          {"caseId", http::nullable(d.case_id)},
          {"startDate", d.start_date},
          {"endDate", d.end_date.empty() ? json::value(nullptr) : json::value(d.end_date)},
          {"createdBy", b.created_by},
          {"createdAt", b.created_at}};
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
          {"outcomeNotes", d.outcome_notes}};
}

json::object to_json(const ClientAgreement& a) {
  const auto& d = a.data;
  json::array acks;
  for (const auto& k : a.acknowledgements) {
    acks.push_back({{"party", k.party}, {"userId", k.user_id}, {"name", k.name}, {"acknowledgedAt", k.acknowledged_at}});
  }
  return {{"id", a.id},
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

json::object to_json(const RankedPlace& r) {
  json::array reasons;
  for (const auto& reason : r.reasons) reasons.push_back({{"code", reason.code}, {"met", reason.met}});
  return {{"place", to_json(r.place)}, {"score", r.score}, {"reasons", reasons}};
}

json::object to_json(const SupervisorOption& s) { return {{"userId", s.user_id}, {"displayName", s.display_name}}; }

}  // namespace polku::placements
