#include "meetings/meeting_access.hpp"

namespace polku::meetings {

bool may_read_meetings(cases::CaseAccess access) { return access != cases::CaseAccess::kNone; }

bool may_keep_meetings(cases::CaseAccess access) {
  return access == cases::CaseAccess::kEdit || access == cases::CaseAccess::kProvider;
}

}  // namespace polku::meetings
