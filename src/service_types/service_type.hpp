// Service types (KTT, work activity, ...) as data: legal basis, plan kinds,
// compensation and the limits in force by date (DESIGN.md §2).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polku::service_types {

struct LocalisedText {
  std::string fi, sv, en;
  const std::string& in(std::string_view language) const {
    return language == "sv" ? sv : (language == "en" ? en : fi);
  }
};

// Limits from valid_from to valid_to (inclusive; no valid_to = open-ended).
struct Limits {
  std::string valid_from;
  std::optional<std::string> valid_to;
  int days_per_week_min = 0;
  int days_per_week_max = 0;
  int hours_per_day_min = 0;
  int hours_per_day_max = 0;
  int period_months_min = 0;
  int period_months_max = 0;
  std::optional<int> months_per_decision_max;
};

struct ServiceType {
  std::string code;  // ktt, work_activity, ...
  LocalisedText name;
  LocalisedText legal_basis;
  bool plan_required = false;
  std::vector<std::string> accepted_plan_kinds;  // activation_plan, multisectoral_employment_plan, client_plan
  bool absence_sanctionable = false;
  std::string compensation_kind;  // expense_allowance, work_activity_compensation, none
  bool company_may_host = true;   // false for ktt: only public units, associations, foundations, parishes
  std::vector<Limits> limits;

  bool accepts_plan_kind(std::string_view kind) const {
    for (const auto& k : accepted_plan_kinds)
      if (k == kind) return true;
    return false;
  }
};

inline constexpr std::string_view kPlanKinds[] = {"activation_plan", "multisectoral_employment_plan", "client_plan"};

}  // namespace polku::service_types
