#include "decisions/decision_json.hpp"

#include "platform/http/json_body.hpp"

namespace polku::decisions::json_mapping {
namespace {

using http::int_field;
using http::string_field;

using http::int_or_null;
using http::text_or_null;

}  // namespace

Notice notice_from(const json::object& o) {
  Notice n;
  n.kind = string_field(o, "kind");
  n.sent_on = string_field(o, "sentOn");
  n.recipient = string_field(o, "recipient");
  n.start_date = string_field(o, "startDate");
  n.length_months = http::count_field(o, "lengthMonths");
  n.place = string_field(o, "place");
  n.hours_per_day = http::count_field(o, "hoursPerDay");
  n.days_per_week = http::count_field(o, "daysPerWeek");
  n.description = string_field(o, "description");
  n.interruption_code = string_field(o, "interruptionCode");
  n.interruption_reason = string_field(o, "interruptionReason");
  n.interruption_date = string_field(o, "interruptionDate");
  return n;
}

DecisionInput decision_from(const json::object& o) {
  DecisionInput d;
  d.legal_basis = string_field(o, "legalBasis");
  d.start_date = string_field(o, "startDate");
  d.end_date = string_field(o, "endDate");
  d.days_per_week_max = http::count_field(o, "daysPerWeekMax");
  d.hours_per_day_max = http::count_field(o, "hoursPerDayMax");
  d.decision_date = string_field(o, "decisionDate");
  d.replaces_decision_id = int_field(o, "replacesDecisionId");
  d.version = int_field(o, "version");
  return d;
}

json::object to_json(const Notice& n) {
  return {{"id", n.id},
          {"caseId", n.case_id},
          {"kind", n.kind},
          {"sentOn", n.sent_on},
          {"recipient", n.recipient},
          {"startDate", text_or_null(n.start_date)},
          {"lengthMonths", int_or_null(n.length_months)},
          {"place", n.place},
          {"hoursPerDay", int_or_null(n.hours_per_day)},
          {"daysPerWeek", int_or_null(n.days_per_week)},
          {"description", n.description},
          {"interruptionCode", n.interruption_code},
          {"interruptionReason", n.interruption_reason},
          {"interruptionDate", text_or_null(n.interruption_date)},
          {"createdBy", n.created_by},
          {"createdAt", n.created_at}};
}

json::object to_json(const Decision& d) {
  return {{"id", d.id},
          {"caseId", d.case_id},
          {"serviceType", d.service_type},
          {"legalBasis", d.data.legal_basis},
          {"startDate", d.data.start_date},
          {"endDate", d.data.end_date},
          {"daysPerWeekMax", d.data.days_per_week_max},
          {"hoursPerDayMax", d.data.hours_per_day_max},
          {"decisionMakerId", d.decision_maker_id},
          {"decisionMakerName", d.decision_maker_name},
          {"decisionDate", d.data.decision_date},
          {"language", d.language},
          {"appealInstructions", d.appeal_instructions},
          {"status", d.status},
          {"replacesDecisionId", http::nullable(d.data.replaces_decision_id)},
          {"signedAt", text_or_null(d.signed_at)},
          {"version", d.version},
          {"createdAt", d.created_at},
          {"updatedAt", d.updated_at}};
}

}  // namespace polku::decisions::json_mapping
