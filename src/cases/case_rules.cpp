#include "cases/case_rules.hpp"

#include <algorithm>

#include "platform/core/dates.hpp"
#include "service_types/service_type_rules.hpp"

namespace polku::cases {
namespace {

constexpr std::size_t kMaxText = 4000;
constexpr std::size_t kMaxShortText = 200;

bool one_of(std::string_view value, std::initializer_list<std::string_view> options) {
  return std::find(options.begin(), options.end(), value) != options.end();
}

void check_date(std::vector<FieldError>& errors, const char* field, const std::string& value, bool required) {
  if (value.empty()) {
    if (required) errors.push_back({field, "required"});
  } else if (!is_iso_date(value)) {
    errors.push_back({field, "invalid_date"});
  }
}

void check_text(std::vector<FieldError>& errors, const char* field, const std::string& value, bool required,
                std::size_t max = kMaxText) {
  if (required && value.empty()) errors.push_back({field, "required"});
  if (value.size() > max) errors.push_back({field, "too_long"});
}

void check_range(std::vector<FieldError>& errors, const char* field, int value, int min, int max) {
  if (value != 0 && (value < min || value > max)) errors.push_back({field, "out_of_range"});
}

bool has_notice(const Case& c, std::string_view kind) {
  return std::any_of(c.notices.begin(), c.notices.end(), [&](const Notice& n) { return n.kind == kind; });
}

// The employment authority is told about starts and interruptions of services
// whose absences can be sanctioned (KTT).
bool reports_to_employment_authority(const service_types::ServiceType& t) { return t.absence_sanctionable; }

using Unmet = bool (*)(const Case&, const service_types::ServiceType&, const TransitionContext&);

struct Guard {
  std::string_view code;
  Unmet unmet;
};

struct StageRule {
  std::string_view target;
  std::vector<Guard> guards;  // checked when moving into `target`
};

// The transition table: what must be recorded before a case enters each stage.
const std::vector<StageRule>& rules() {
  using service_types::ServiceType;
  static const std::vector<StageRule> table = {
      {"assessment",
       {{"referral_missing",
         [](const Case& c, const ServiceType&, const TransitionContext&) { return !c.referral.has_value(); }}}},
      {"plan",
       {{"assessment_missing",
         [](const Case& c, const ServiceType&, const TransitionContext&) { return !c.assessment.has_value(); }},
        {"assessment_negative",
         [](const Case& c, const ServiceType&, const TransitionContext&) {
           return c.assessment && c.assessment->outcome == "not_needed";
         }}}},
      {"start",
       {{"plan_missing",
         [](const Case& c, const ServiceType& t, const TransitionContext&) { return t.plan_required && !c.plan; }},
        {"plan_kind_not_accepted",
         [](const Case& c, const ServiceType& t, const TransitionContext&) {
           return c.plan && !t.accepts_plan_kind(c.plan->kind);
         }},
        {"plan_ktt_content_missing",
         [](const Case& c, const ServiceType& t, const TransitionContext&) {
           return t.code == "ktt" && c.plan && !ktt_content_complete(*c.plan);
         }}}},
      {"implementation",
       {{"decision_missing",
         [](const Case& c, const ServiceType&, const TransitionContext& x) { return !has_valid_decision(c, x.today); }},
        {"shop_steward_notice_missing",
         [](const Case& c, const ServiceType&, const TransitionContext&) {
           return c.own_production && !has_notice(c, "shop_steward");
         }},
        {"employment_authority_start_notice_missing",
         [](const Case& c, const ServiceType& t, const TransitionContext&) {
           return reports_to_employment_authority(t) && !has_notice(c, "employment_authority_start");
         }}}},
      {"end",
       {{"end_missing",
         [](const Case& c, const ServiceType&, const TransitionContext&) { return !c.end.has_value(); }}}},
      {"follow_up",
       {{"end_missing",
         [](const Case& c, const ServiceType&, const TransitionContext&) { return !c.end.has_value(); }}}},
      {"closed",
       {{"follow_up_missing",
         [](const Case& c, const ServiceType&, const TransitionContext&) { return !c.follow_up.has_value(); }}}},
  };
  return table;
}

// Forward one stage; from start straight to end when the case was interrupted; from
// assessment straight to closed when the assessment found no need (with a follow-up path).
bool allowed_move(const Case& c, std::string_view target) {
  if (next_stage(c.stage) == target) return true;
  if (c.stage == "assessment" && target == "closed") return c.assessment && c.assessment->outcome == "not_needed";
  const bool interrupted = c.status == "interrupted" || (c.end && c.end->reason == "interrupted");
  return c.stage == "start" && target == "end" && interrupted;
}

}  // namespace

int stage_index(std::string_view stage) {
  for (std::size_t i = 0; i < kStages.size(); ++i)
    if (kStages[i] == stage) return static_cast<int>(i);
  return -1;
}

std::string next_stage(std::string_view stage) {
  const int i = stage_index(stage);
  if (i < 0 || i + 1 >= static_cast<int>(kStages.size())) return {};
  return std::string(kStages[static_cast<std::size_t>(i) + 1]);
}

std::vector<FieldError> validate_referral(const Referral& r) {
  std::vector<FieldError> e;
  if (r.source.empty()) {
    e.push_back({"source", "required"});
  } else if (!one_of(r.source, {"employment_services", "social_services", "health_care", "multisectoral_service_typ",
                                "client_self", "other"})) {
    e.push_back({"source", "invalid_choice"});
  }
  check_text(e, "referrerName", r.referrer_name, false, kMaxShortText);
  check_text(e, "orderText", r.order_text, false);
  check_date(e, "date", r.date, true);
  return e;
}

std::vector<FieldError> validate_assessment(const Assessment& a) {
  std::vector<FieldError> e;
  check_text(e, "criteria", a.criteria, true);
  if (a.outcome.empty()) {
    e.push_back({"outcome", "required"});
  } else if (!one_of(a.outcome, {"service_needed", "not_needed"})) {
    e.push_back({"outcome", "invalid_choice"});
  }
  check_date(e, "date", a.date, true);
  return e;
}

std::vector<FieldError> validate_plan(const Plan& p, const service_types::ServiceType& type) {
  std::vector<FieldError> e;
  if (p.kind.empty()) {
    e.push_back({"kind", "required"});
  } else if (std::find(std::begin(service_types::kPlanKinds), std::end(service_types::kPlanKinds), p.kind) ==
             std::end(service_types::kPlanKinds)) {
    e.push_back({"kind", "invalid_choice"});
  }
  check_date(e, "date", p.date, true);
  check_text(e, "externalReference", p.external_reference, false, kMaxShortText);
  check_text(e, "tasksAndPlace", p.tasks_and_place, false);
  check_range(e, "hoursPerDay", p.hours_per_day, 1, 24);
  check_range(e, "daysPerWeek", p.days_per_week, 1, 7);
  check_range(e, "lengthMonths", p.length_months, 1, 60);
  check_date(e, "startDate", p.start_date, false);
  check_date(e, "evaluationDate", p.evaluation_date, false);
  check_text(e, "otherServices", p.other_services, false);
  check_text(e, "goal", p.goal, false);
  check_text(e, "supportAndGuidance", p.support_and_guidance, false);
  if (!e.empty()) return e;
  // Hours, days and length stay inside the service type's limits in force when the plan starts.
  const auto limits = service_types::limits_on(type.limits, p.start_date.empty() ? p.date : p.start_date);
  if (!limits) return e;
  auto within = [&](const char* field, int value, int min, int max) {
    if (value != 0 && (value < min || value > max)) e.push_back({field, "outside_service_type_limits"});
  };
  within("hoursPerDay", p.hours_per_day, limits->hours_per_day_min, limits->hours_per_day_max);
  within("daysPerWeek", p.days_per_week, limits->days_per_week_min, limits->days_per_week_max);
  within("lengthMonths", p.length_months, limits->period_months_min, limits->period_months_max);
  return e;
}

std::vector<FieldError> validate_end(const End& x) {
  std::vector<FieldError> e;
  if (x.reason.empty()) {
    e.push_back({"reason", "required"});
  } else if (!one_of(x.reason, {"period_ended", "purchaser_decision", "client_request", "interrupted"})) {
    e.push_back({"reason", "invalid_choice"});
  }
  check_date(e, "date", x.date, true);
  check_text(e, "interruptionReason", x.interruption_reason, x.reason == "interrupted");
  return e;
}

std::vector<FieldError> validate_follow_up(const FollowUp& f) {
  std::vector<FieldError> e;
  if (f.category.empty()) {
    e.push_back({"category", "required"});
  } else if (!one_of(f.category,
                     {"open_labour_market", "subsidised_work", "education", "employment_services", "rehabilitation",
                      "new_period", "work_or_day_activity", "pension", "other", "none"})) {
    e.push_back({"category", "invalid_choice"});
  }
  check_text(e, "noneReason", f.none_reason, f.category == "none");
  check_text(e, "description", f.description, false);
  return e;
}

Error case_closed_error() {
  return Error{ErrorCode::kInvalidInput, "case_closed", {{"stage", "case_closed"}}, {}, 0};
}

std::vector<FieldError> validate_notice(const Notice& n) {
  std::vector<FieldError> e;
  const bool start = n.kind == "shop_steward" || n.kind == "employment_authority_start";
  if (n.kind.empty()) {
    e.push_back({"kind", "required"});
  } else if (!start && n.kind != "employment_authority_interruption") {
    e.push_back({"kind", "invalid_choice"});
  }
  check_date(e, "sentOn", n.sent_on, true);
  check_text(e, "recipient", n.recipient, true, kMaxShortText);
  if (start) {
    check_date(e, "startDate", n.start_date, true);
    if (n.length_months == 0) e.push_back({"lengthMonths", "required"});
    check_range(e, "lengthMonths", n.length_months, 1, 60);
    check_text(e, "place", n.place, true, kMaxShortText);
    if (n.hours_per_day == 0) e.push_back({"hoursPerDay", "required"});
    check_range(e, "hoursPerDay", n.hours_per_day, 1, 24);
    check_range(e, "daysPerWeek", n.days_per_week, 1, 7);
    check_text(e, "description", n.description, false);
  } else if (n.kind == "employment_authority_interruption") {
    const bool known = std::find_if(std::begin(decisions::kInterruptionCodes), std::end(decisions::kInterruptionCodes),
                                    [&](const char* c) { return n.interruption_code == c; }) !=
                       std::end(decisions::kInterruptionCodes);
    if (n.interruption_code.empty()) {
      e.push_back({"interruptionCode", "required"});
    } else if (!known) {
      e.push_back({"interruptionCode", "invalid_choice"});
    }
    // The code says why; free text is needed only for "other", and is kept short either way.
    check_text(e, "interruptionReason", n.interruption_reason, n.interruption_code == "other");
    check_date(e, "interruptionDate", n.interruption_date, true);
  }
  return e;
}

bool ktt_content_complete(const Plan& p) {
  return !p.tasks_and_place.empty() && p.hours_per_day > 0 && p.days_per_week > 0 && !p.start_date.empty() &&
         p.length_months > 0 && !p.goal.empty() && !p.support_and_guidance.empty() && !p.evaluation_date.empty();
}

bool notifies_employment_authority(const service_types::ServiceType& type, const End& e) {
  return reports_to_employment_authority(type) && e.reason == "interrupted" && !e.acceptable_reason;
}

bool has_valid_decision(const Case& c, std::string_view today) {
  return std::any_of(c.decisions.begin(), c.decisions.end(),
                     [&](const Decision& d) { return d.status == "signed" && d.data.end_date >= today; });
}

std::vector<std::string> evaluate_transition(const Case& c, std::string_view target,
                                             const service_types::ServiceType& type, const TransitionContext& context) {
  if (c.stage == "closed") return {"case_closed"};
  if (stage_index(target) < 0 || !allowed_move(c, target)) return {"transition_not_allowed"};
  std::vector<std::string> unmet;
  if (c.status == "interrupted" && target != "end") unmet.emplace_back("case_interrupted");
  for (const auto& rule : rules()) {
    if (rule.target != target) continue;
    for (const auto& guard : rule.guards)
      if (guard.unmet(c, type, context)) unmet.emplace_back(guard.code);
  }
  if (target == "implementation") {
    unmet.insert(unmet.end(), context.extra_guards.begin(), context.extra_guards.end());
  }
  return unmet;
}

std::vector<std::string> missing_notices(const Case& c, const service_types::ServiceType& type) {
  std::vector<std::string> out;
  if (stage_index(c.stage) < stage_index("start")) return out;
  if (c.own_production && !has_notice(c, "shop_steward")) out.emplace_back("shop_steward");
  if (reports_to_employment_authority(type) && !has_notice(c, "employment_authority_start")) {
    out.emplace_back("employment_authority_start");
  }
  // The employment authority hears of any interruption of a service it follows (KTT), and of one
  // without an acceptable reason recorded at the end.
  const bool interrupted = reports_to_employment_authority(type) && c.status == "interrupted";
  const bool notify = interrupted || (c.end && c.end->notify_employment_authority);
  if (notify && !has_notice(c, "employment_authority_interruption")) {
    out.emplace_back("employment_authority_interruption");
  }
  return out;
}

}  // namespace polku::cases
