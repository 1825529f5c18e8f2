// A service catalogue for the registry's unit tests, with the limits that
// migration 0003 seeds from the dates of 0015 (a storage test checks the seeded catalogue agrees).
#pragma once
#include "registry/service_catalogue.hpp"

namespace polku::registry::testing {

inline service_types::ServiceType type(std::string code, bool company_may_host, int days_min, int days_max,
                                       int hours_min, int hours_max, int months_min, int months_max,
                                       std::string in_force_from) {
  service_types::ServiceType t;
  t.code = std::move(code);
  t.company_may_host = company_may_host;
  service_types::Limits l;
  l.valid_from = std::move(in_force_from);
  l.days_per_week_min = days_min;
  l.days_per_week_max = days_max;
  l.hours_per_day_min = hours_min;
  l.hours_per_day_max = hours_max;
  l.period_months_min = months_min;
  l.period_months_max = months_max;
  t.limits.push_back(l);
  return t;
}

inline ServiceCatalogue catalogue(std::string today = "2026-11-25") {
  return {{type("ktt", false, 1, 4, 4, 8, 3, 24, "2015-07-01"),
           type("work_activity", true, 1, 5, 2, 6, 1, 12, "2015-04-01"),
           type("disability_work_activity", true, 1, 5, 1, 7, 1, 24, "2002-04-01"),
           type("day_activity", true, 1, 5, 1, 6, 1, 24, "2015-04-01"),
           type("job_coaching", true, 1, 5, 1, 8, 1, 12, "2002-04-01"),
           type("supported_employment", true, 1, 5, 1, 8, 1, 24, "2002-04-01")},
          std::move(today)};
}

}  // namespace polku::registry::testing
