#include "cases/case_json.hpp"

#include "decisions/decision_json.hpp"
#include "platform/http/json_body.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::cases::json_mapping {
using decisions::json_mapping::to_json;

namespace {

using http::int_field;
using http::string_field;

using http::text_or_null;
using http::int_or_null;


}  // namespace

Referral referral_from(const json::object& o) {
  return {string_field(o, "source"), string_field(o, "referrerName"), string_field(o, "orderText"),
          string_field(o, "date")};
}

Assessment assessment_from(const json::object& o) {
  Assessment a;
  a.criteria = string_field(o, "criteria");
  a.outcome = string_field(o, "outcome");
  a.date = string_field(o, "date");
  return a;
}

Plan plan_from(const json::object& o) {
  Plan p;
  p.kind = string_field(o, "kind");
  p.date = string_field(o, "date");
  p.external_reference = string_field(o, "externalReference");
  p.tasks_and_place = string_field(o, "tasksAndPlace");
  p.hours_per_day = http::count_field(o, "hoursPerDay");
  p.days_per_week = http::count_field(o, "daysPerWeek");
  p.start_date = string_field(o, "startDate");
  p.length_months = http::count_field(o, "lengthMonths");
  p.other_services = string_field(o, "otherServices");
  p.goal = string_field(o, "goal");
  p.support_and_guidance = string_field(o, "supportAndGuidance");
  p.evaluation_date = string_field(o, "evaluationDate");
  return p;
}

End end_from(const json::object& o) {
  End e;
  e.reason = string_field(o, "reason");
  e.date = string_field(o, "date");
  e.interruption_reason = string_field(o, "interruptionReason");
  e.acceptable_reason = http::bool_field(o, "acceptableReason", true);
  return e;
}

FollowUp follow_up_from(const json::object& o) {
  return {string_field(o, "category"), string_field(o, "noneReason"), string_field(o, "description")};
}

std::vector<ProcessStepInput> steps_from(const json::object& o) {
  std::vector<ProcessStepInput> out;
  const auto* steps = o.if_contains("steps");
  if (steps == nullptr || !steps->is_array()) return out;
  for (const auto& s : steps->as_array()) {
    if (!s.is_object()) {
      out.push_back({});
      continue;
    }
    out.push_back({string_field(s.as_object(), "stage"), string_field(s.as_object(), "responsibleRole")});
  }
  return out;
}

json::object to_json(const CaseView& v, std::string_view language) {
  const Case& c = v.c;
  // Hidden parts are null or empty, as if not recorded; "access" tells the reader which view this is.
  const CaseVisibility see = visibility_for(v.access);
  json::value referral = nullptr, assessment = nullptr, plan = nullptr, end = nullptr, follow_up = nullptr;
  if (c.referral && see.referral) {
    const auto& r = *c.referral;
    referral = json::object{
        {"source", r.source}, {"referrerName", r.referrer_name}, {"orderText", r.order_text}, {"date", r.date}};
  }
  if (c.assessment && see.assessment) {
    const auto& a = *c.assessment;
    assessment = json::object{{"criteria", a.criteria},
                              {"outcome", a.outcome},
                              {"authorId", a.author_id},
                              {"authorName", a.author_name},
                              {"date", a.date}};
  }
  if (c.plan) {
    const auto& p = *c.plan;
    const bool all = see.plan_purchaser_fields;
    plan = json::object{{"kind", p.kind},
                        {"date", p.date},
                        {"externalReference", all ? p.external_reference : ""},
                        {"tasksAndPlace", p.tasks_and_place},
                        {"hoursPerDay", int_or_null(p.hours_per_day)},
                        {"daysPerWeek", int_or_null(p.days_per_week)},
                        {"startDate", text_or_null(p.start_date)},
                        {"lengthMonths", int_or_null(p.length_months)},
                        {"otherServices", all ? p.other_services : ""},
                        {"goal", p.goal},
                        {"supportAndGuidance", p.support_and_guidance},
                        {"evaluationDate", text_or_null(p.evaluation_date)}};
  }
  if (c.end) {
    const auto& e = *c.end;
    end = json::object{{"reason", e.reason},
                       {"date", e.date},
                       {"interruptionReason", see.reasons ? e.interruption_reason : ""},
                       {"acceptableReason", e.acceptable_reason},
                       {"employmentAuthorityToBeNotified", see.reasons && e.notify_employment_authority}};
  }
  if (c.follow_up && see.follow_up) {
    const auto& f = *c.follow_up;
    follow_up = json::object{{"category", f.category}, {"noneReason", f.none_reason}, {"description", f.description}};
  }
  json::array decisions, notices, missing_notices, missing, participants;
  for (const auto& d : c.decisions) {
    if (!see.decisions) break;
    decisions.push_back({{"id", d.id},
                         {"status", d.status},
                         {"startDate", d.data.start_date},
                         {"endDate", d.data.end_date},
                         {"decisionDate", d.data.decision_date}});
  }
  if (see.notices) {
    for (const auto& n : c.notices) notices.push_back(to_json(n));
  }
  if (see.guards) {
    for (const auto& k : v.missing_notices) missing_notices.push_back(json::string(k));
    for (const auto& code : v.missing) {
      json::object item{{"code", code}, {"message", i18n::message(code, language)}};
      for (const auto& g : v.guard_details) {
        if (g.code != code) continue;
        item["party"] = http::text_or_null(g.party);
        item["organisationName"] = http::text_or_null(g.organisation_name);
        item["personName"] = http::text_or_null(g.person_name);
        item["clientAgreementId"] = http::nullable(g.client_agreement_id);
        item["date"] = http::text_or_null(g.date);
      }
      missing.push_back(std::move(item));
    }
  }
  for (const auto& p : c.participants) {
    participants.push_back({{"providerOrganisationId", p.provider_organisation_id},
                            {"providerName", p.provider_name},
                            {"coachUserId", p.coach_user_id},
                            {"coachName", p.coach_name},
                            {"since", p.since}});
  }
  return {{"id", c.id},
          {"clientId", c.client_id},
          {"clientName", c.client_name},
          {"clientLanguage", c.client_language},
          {"organisationId", c.organisation_id},
          {"regionId", http::nullable(c.region_id)},
          {"serviceType", c.service_type},
          {"stage", c.stage},
          {"status", c.status},
          {"stageSince", c.stage_since},
          {"interruptionReason", see.reasons ? c.interruption_reason : ""},
          {"referral", referral},
          {"assessment", assessment},
          {"plan", plan},
          {"end", end},
          {"followUp", follow_up},
          {"decisions", decisions},
          {"notices", notices},
          {"missingNotices", missing_notices},
          {"participants", participants},
          {"access", access_name(v.access)},
          {"nextStage", http::text_or_null(see.guards ? v.next_stage : "")},
          {"missing", missing},
          {"responsibleRole", http::text_or_null(v.responsible_role)},
          {"responsibleName",
           http::text_or_null(responsible_person(v.responsible_role, c.own_worker_name,
                                                 c.participants.empty() ? "" : c.participants.front().coach_name))},
          {"version", c.version},
          {"createdAt", c.created_at},
          {"updatedAt", c.updated_at}};
}

json::object to_json(const CaseSummary& s, const std::string& responsible_role) {
  return {{"id", s.id},
          {"clientId", s.client_id},
          {"clientName", s.client_name},
          {"organisationId", s.organisation_id},
          {"regionId", http::nullable(s.region_id)},
          {"serviceType", s.service_type},
          {"stage", s.stage},
          {"status", s.status},
          {"stageSince", s.stage_since},
          {"responsibleRole", http::text_or_null(responsible_role)},
          {"responsibleName", http::text_or_null(responsible_person(responsible_role, s.own_worker_name, s.coach_name))},
          {"version", s.version},
          {"updatedAt", s.updated_at}};
}

json::object to_json(const TimelineEntry& t, bool details) {
  return {{"id", t.id},
          {"at", t.at},
          {"userId", t.user_id},
          {"userName", t.user_name},
          {"action", t.action},
          {"fromStage", http::text_or_null(t.from_stage)},
          {"toStage", http::text_or_null(t.to_stage)},
          {"detail", details ? t.detail : ""}};
}

json::object to_json(const ProcessModel& m) {
  json::array steps;
  for (std::size_t i = 0; i < kProcessStages.size(); ++i) {
    steps.push_back({{"stage", kProcessStages[i]}, {"responsibleRole", m.roles[i]}});
  }
  return {{"regionId", m.region_id},
          {"regionName", m.region_name},
          {"organisationId", m.organisation_id},
          {"instructorsMayDecide", m.instructors_may_decide},
          {"steps", steps},
          {"version", m.version}};
}

}  // namespace polku::cases::json_mapping
