#include "placements/service_limits.hpp"

#include <array>

namespace polku::placements {
namespace {

// Replace with the service_types module's table at merge.
constexpr std::array<ServiceLimits, 6> kLimits = {{
    {"ktt", 1, 4, 4, 8, 3, 24, false},
    {"work_activity", 1, 5, 2, 6, 1, 3, true},
    {"disability_work_activity", 1, 5, 1, 8, 1, 24, true},
    {"day_activity", 1, 5, 1, 8, 1, 24, true},
    {"job_coaching", 1, 5, 1, 8, 1, 24, true},
    {"supported_employment", 1, 5, 1, 8, 1, 24, true},
}};

}  // namespace

std::optional<ServiceLimits> service_limits(std::string_view code) {
  for (const auto& l : kLimits)
    if (l.code == code) return l;
  return std::nullopt;
}

bool is_service_type(std::string_view code) { return service_limits(code).has_value(); }

}  // namespace polku::placements
