// Who reads and keeps a case's meetings (pure): the purchaser's workers who edit the case and the provider taking
// part (its coach and managers) schedule, record and cancel them; the purchaser's managers read them.
#pragma once
#include "cases/case_access.hpp"

namespace polku::meetings {

bool may_read_meetings(cases::CaseAccess access);
bool may_keep_meetings(cases::CaseAccess access);

}  // namespace polku::meetings
