// The seeded service types (migrations/0003_cases.sql, their limits in force from the dates of 0015) rebuilt in
// code for pure tests.
#pragma once
#include <vector>

#include "service_types/service_type.hpp"

namespace polku::cases_test {

inline service_types::Limits limits(int dmin, int dmax, int hmin, int hmax, int pmin, int pmax,
                                    std::optional<int> per_decision, std::string from = "2015-07-01",
                                    std::optional<std::string> to = std::nullopt) {
  return {std::move(from), std::move(to), dmin, dmax, hmin, hmax, pmin, pmax, per_decision};
}

inline std::vector<service_types::ServiceType> seeded_types() {
  using service_types::ServiceType;
  auto make = [](std::string code, bool sanction, std::vector<std::string> kinds, std::string comp,
                 service_types::Limits l) {
    ServiceType t;
    t.code = std::move(code);
    t.name = {t.code, t.code, t.code};
    t.legal_basis = {"laki", "lag", "act"};
    t.plan_required = true;
    t.accepted_plan_kinds = std::move(kinds);
    t.absence_sanctionable = sanction;
    t.compensation_kind = std::move(comp);
    t.limits = {l};
    return t;
  };
  return {make("ktt", true, {"activation_plan", "multisectoral_employment_plan"}, "expense_allowance",
               limits(1, 4, 4, 8, 3, 24, std::nullopt)),
          make("work_activity", false, {"client_plan"}, "work_activity_compensation",
               limits(1, 5, 2, 6, 1, 12, 3, "2015-04-01")),
          make("disability_work_activity", false, {"client_plan"}, "work_activity_compensation",
               limits(1, 5, 1, 7, 1, 24, std::nullopt, "2002-04-01")),
          make("day_activity", false, {"client_plan"}, "none", limits(1, 5, 1, 6, 1, 24, std::nullopt, "2015-04-01")),
          make("job_coaching", false, {"client_plan"}, "none", limits(1, 5, 1, 8, 1, 12, std::nullopt, "2002-04-01")),
          make("supported_employment", false, {"client_plan"}, "none",
               limits(1, 5, 1, 8, 1, 24, std::nullopt, "2002-04-01"))};
}

inline service_types::ServiceType seeded_type(const std::string& code) {
  for (auto& t : seeded_types())
    if (t.code == code) return t;
  throw std::runtime_error("no type " + code);
}

}  // namespace polku::cases_test
