#include "forms/forms_access.hpp"

#include <algorithm>
#include <array>

namespace polku::forms {

bool may_publish(const auth::AuthContext& user, long long organisation_id) {
  return user.has_role_in(organisation_id, "manager");
}

bool has_role_in(const auth::AuthContext& user, long long organisation_id) {
  return std::any_of(user.roles.begin(), user.roles.end(),
                     [&](const auth::RoleGrant& g) { return g.organisation_id == organisation_id; });
}

EntryAccess entry_access(cases::CaseAccess access, std::string_view kind, bool place_staff) {
  if (place_staff && kind == "placement_feedback") return EntryAccess::kWrite;
  static constexpr std::array<std::string_view, 6> kProviderKinds = {
      "work_activity_plan", "implementation_plan", "intermediate_evaluation",
      "final_evaluation",   "client_feedback",     "functional_capacity_self_assessment"};
  switch (access) {
    case cases::CaseAccess::kEdit:
      return EntryAccess::kWrite;
    case cases::CaseAccess::kRead:
      return EntryAccess::kRead;
    case cases::CaseAccess::kProvider:
      if (std::find(kProviderKinds.begin(), kProviderKinds.end(), kind) != kProviderKinds.end()) {
        return EntryAccess::kWrite;
      }
      return kind == "client_agreement" ? EntryAccess::kRead : EntryAccess::kNone;
    case cases::CaseAccess::kNone:
      break;
  }
  return EntryAccess::kNone;
}

}  // namespace polku::forms
