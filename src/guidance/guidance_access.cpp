#include "guidance/guidance_access.hpp"

namespace polku::guidance {

bool may_read_guidance(const auth::AuthContext& user, const periods::PeriodParties& p) {
  return periods::attendance_access(user, p) == periods::AttendanceAccess::kCase;
}

bool may_record_guidance(const auth::AuthContext& user, const periods::PeriodParties& p) {
  return periods::may_plan_periods(user, p);
}

}  // namespace polku::guidance
