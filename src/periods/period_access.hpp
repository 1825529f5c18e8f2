// Who plans periods and who marks and reads attendance (pure). The purchaser's workers and the coach the
// provider named plan a client's periods; the place's staff (its named supervisor, else the host's
// placement supervisors, and the host's managers) mark the days of the clients at their places and see
// what the work needs; the coach and the purchaser's workers see and correct the same record.
#pragma once
#include <optional>
#include <vector>

#include "cases/case_access.hpp"
#include "platform/auth/auth_context.hpp"

namespace polku::periods {

struct PeriodParties {
  cases::CaseAccess case_access = cases::CaseAccess::kNone;  // the user's to the period's case
  std::optional<long long> coach_user_id;                    // the period's coach
  std::vector<long long> case_coaches;                       // the coaches the case's providers named
  long long host_id = 0;                                     // the place's host
  std::optional<long long> supervisor_user_id;               // the place's named supervisor
};

bool is_place_staff(const auth::AuthContext& user, long long host_id, std::optional<long long> supervisor_user_id);

// The case's editors and the coach (the period's, or the provider's named coach: provider access).
bool may_plan_periods(const auth::AuthContext& user, const PeriodParties& p);

// A certificate of participation is issued by those who plan the period: the case's editors and the coach, who
// know the client's work there; the place's staff and the purchaser's managers only read.
bool may_issue_certificate(const auth::AuthContext& user, const PeriodParties& p);

enum class AttendanceAccess { kNone, kPlace, kCase };
// kCase: the case's readers (notes and history of changes, the alerts); kPlace: the place's staff.
AttendanceAccess attendance_access(const auth::AuthContext& user, const PeriodParties& p);
// The place's staff, the coach and the case's editors; the purchaser's managers and the provider's only read.
bool may_mark(const auth::AuthContext& user, const PeriodParties& p);

}  // namespace polku::periods
