#include "cases/case_access.hpp"

#include <algorithm>

namespace polku::cases {
namespace {

bool is_case_worker(std::string_view role) { return role == "social_worker" || role == "social_instructor"; }

void add_once(std::vector<long long>& v, long long id) {
  if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
}

}  // namespace

std::string_view access_name(CaseAccess access) {
  switch (access) {
    case CaseAccess::kEdit: return "edit";
    case CaseAccess::kRead: return "read";
    case CaseAccess::kProvider: return "provider";
    case CaseAccess::kNone: break;
  }
  return "none";
}

CaseAccess case_access(const auth::AuthContext& user, long long organisation_id,
                       const std::vector<Participant>& participants) {
  if (can_edit_case(user, organisation_id)) return CaseAccess::kEdit;
  if (can_read_case(user, organisation_id)) return CaseAccess::kRead;
  for (const auto& p : participants) {
    if (user.has_role_in(p.provider_organisation_id, "manager")) return CaseAccess::kProvider;
    // A coach who has left the provider no longer sees its cases.
    if (p.coach_user_id == user.user_id && user.has_role_in(p.provider_organisation_id, "coach")) {
      return CaseAccess::kProvider;
    }
  }
  return CaseAccess::kNone;
}

CaseVisibility visibility_for(CaseAccess access) {
  if (access == CaseAccess::kEdit || access == CaseAccess::kRead) return {};
  return CaseVisibility{false, false, false, false, false, false, false, false, false};
}

ParticipantScope participant_scope(const auth::AuthContext& user) {
  ParticipantScope s;
  s.user_id = user.user_id;
  for (const auto& g : user.roles) {
    if (g.role == "coach") add_once(s.coach_organisations, g.organisation_id);
    if (g.role == "manager") add_once(s.manager_organisations, g.organisation_id);
  }
  return s;
}

std::vector<long long> case_readable_organisations(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles) {
    if (is_case_worker(g.role) || g.role == "manager") add_once(out, g.organisation_id);
  }
  return out;
}

bool can_read_case(const auth::AuthContext& user, long long organisation_id) {
  auto orgs = case_readable_organisations(user);
  return std::find(orgs.begin(), orgs.end(), organisation_id) != orgs.end();
}

bool can_edit_case(const auth::AuthContext& user, long long organisation_id) {
  return user.has_role_in(organisation_id, "social_worker") || user.has_role_in(organisation_id, "social_instructor");
}

bool can_edit_process_model(const auth::AuthContext& user, long long organisation_id) {
  return user.has_role_in(organisation_id, "manager");
}

bool can_read_process_model(const auth::AuthContext& user, long long organisation_id) {
  return can_read_case(user, organisation_id);
}

}  // namespace polku::cases
