#include "decisions/decision_rules.hpp"

#include "platform/core/dates.hpp"
#include "service_types/service_type_rules.hpp"

namespace polku::decisions {

bool may_decide(const auth::AuthContext& user, long long organisation_id, bool instructors_may_decide) {
  if (user.has_role_in(organisation_id, "social_worker")) return true;
  return instructors_may_decide && user.has_role_in(organisation_id, "social_instructor");
}

std::vector<FieldError> validate_decision(const DecisionInput& in, const service_types::ServiceType& type) {
  std::vector<FieldError> e;
  auto date = [&](const char* field, const std::string& v) {
    if (v.empty()) {
      e.push_back({field, "required"});
      return false;
    }
    if (!is_iso_date(v)) {
      e.push_back({field, "invalid_date"});
      return false;
    }
    return true;
  };
  const bool start_ok = date("startDate", in.start_date);
  const bool end_ok = date("endDate", in.end_date);
  date("decisionDate", in.decision_date);
  if (in.days_per_week_max == 0) e.push_back({"daysPerWeekMax", "required"});
  if (in.hours_per_day_max == 0) e.push_back({"hoursPerDayMax", "required"});
  if (in.legal_basis.size() > 500) e.push_back({"legalBasis", "too_long"});
  if (!start_ok || !end_ok) return e;
  if (in.end_date < in.start_date) {
    e.push_back({"endDate", "end_before_start"});
    return e;
  }
  auto limits = service_types::limits_on(type.limits, in.start_date);
  if (!limits) {
    e.push_back({"startDate", "outside_service_type_limits"});
    return e;
  }
  service_types::DecisionTerms terms{in.start_date, in.end_date, in.days_per_week_max, in.hours_per_day_max};
  for (auto& f : service_types::check_decision_limits(*limits, terms)) {
    // A field already reported as missing is not also out of limits.
    bool reported = false;
    for (const auto& x : e) reported = reported || x.field == f.field;
    if (!reported) e.push_back(std::move(f));
  }
  return e;
}

std::string appeal_instructions(std::string_view service_type, std::string_view language, std::string_view decided_on,
                                std::string_view authority) {
  const std::string_view lang = language == "sv" || language == "en" ? language : "fi";
  const auto& rows = appeal_texts();
  bool own_rows = false;
  for (const auto& r : rows) own_rows = own_rows || (r.service_type == service_type && !r.service_type.empty());
  const std::string_view type = own_rows ? service_type : "";
  // The row in force on the day: the latest from it or before; before every row, the first.
  const AppealText* first = nullptr;
  const AppealText* in_force = nullptr;
  for (const auto& r : rows) {
    if (r.language != lang || r.service_type != type) continue;
    if (!first || r.valid_from < first->valid_from) first = &r;
    if (r.valid_from <= decided_on && (!in_force || r.valid_from > in_force->valid_from)) in_force = &r;
  }
  if (!in_force) in_force = first;
  if (!in_force) return "";
  std::string text = in_force->text;
  const std::string key = "{authority}";
  if (auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), authority);
  return text;
}

}  // namespace polku::decisions
