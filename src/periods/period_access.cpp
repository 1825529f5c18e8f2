#include "periods/period_access.hpp"

namespace polku::periods {
using cases::CaseAccess;

bool is_place_staff(const auth::AuthContext& user, long long host_id, std::optional<long long> supervisor_user_id) {
  if (user.has_role_in(host_id, "manager")) return true;
  if (supervisor_user_id)
    return *supervisor_user_id == user.user_id && user.has_role_in(host_id, "placement_supervisor");
  return user.has_role_in(host_id, "placement_supervisor");
}

namespace {
bool is_coach(const auth::AuthContext& user, const PeriodParties& p) {
  if (p.coach_user_id && *p.coach_user_id == user.user_id) return true;
  for (long long c : p.case_coaches)
    if (c == user.user_id) return true;
  return false;
}
}  // namespace

bool may_plan_periods(const auth::AuthContext& user, const PeriodParties& p) {
  return p.case_access == CaseAccess::kEdit || is_coach(user, p);
}

bool may_issue_certificate(const auth::AuthContext& user, const PeriodParties& p) { return may_plan_periods(user, p); }

AttendanceAccess attendance_access(const auth::AuthContext& user, const PeriodParties& p) {
  if (p.case_access != CaseAccess::kNone || is_coach(user, p)) return AttendanceAccess::kCase;
  if (is_place_staff(user, p.host_id, p.supervisor_user_id)) return AttendanceAccess::kPlace;
  return AttendanceAccess::kNone;
}

bool may_mark(const auth::AuthContext& user, const PeriodParties& p) {
  return p.case_access == CaseAccess::kEdit || is_coach(user, p) ||
         is_place_staff(user, p.host_id, p.supervisor_user_id);
}

}  // namespace polku::periods
