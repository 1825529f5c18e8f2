// Who reads and records a period's guidance (pure): the case's readers and the coach read it; the case's
// editors (the purchaser's social workers and instructors) and the coach record it. The place's staff, who
// mark the days, do not see it.
#pragma once
#include "periods/period_access.hpp"

namespace polku::guidance {

bool may_read_guidance(const auth::AuthContext& user, const periods::PeriodParties& p);
bool may_record_guidance(const auth::AuthContext& user, const periods::PeriodParties& p);

}  // namespace polku::guidance
