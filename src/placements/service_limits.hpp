// The service types' default limits (DESIGN.md §2) that products may only narrow.
// Temporary: to be replaced by the service_types module (issue 4) at merge.
#pragma once
#include <optional>
#include <string_view>

namespace polku::placements {

struct ServiceLimits {
  std::string_view code;
  int days_min, days_max;
  int hours_min, hours_max;
  int period_months_min, period_months_max;
  bool company_may_host;
};

// nullopt for an unknown service type code.
std::optional<ServiceLimits> service_limits(std::string_view code);
bool is_service_type(std::string_view code);

}  // namespace polku::placements
