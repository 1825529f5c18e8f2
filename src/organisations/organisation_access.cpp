#include "organisations/organisation_access.hpp"

#include "platform/auth/roles.hpp"

namespace polku::organisations {

bool may_set_logo(const auth::AuthContext& user, long long organisation_id) {
  return manages_organisations(user) || user.has_role_in(organisation_id, "manager");
}

bool manages_organisations(const auth::AuthContext& user) { return user.has_role("admin"); }

std::vector<long long> worker_list_organisations(const auth::AuthContext& user) {
  std::vector<long long> orgs;
  for (const auto& g : user.roles) {
    if (auth::is_client_worker_role(g.role) || g.role == "manager") orgs.push_back(g.organisation_id);
  }
  return orgs;
}

std::vector<long long> coach_list_organisations(const auth::AuthContext& user) {
  std::vector<long long> orgs;
  for (const auto& g : user.roles) {
    if (g.role == "manager") orgs.push_back(g.organisation_id);
  }
  return orgs;
}

}  // namespace polku::organisations
