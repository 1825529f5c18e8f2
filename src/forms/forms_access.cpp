#include "forms/forms_access.hpp"

#include <algorithm>

namespace polku::forms {

bool may_publish(const auth::AuthContext& user, long long organisation_id) {
  return user.has_role_in(organisation_id, "manager");
}

bool has_role_in(const auth::AuthContext& user, long long organisation_id) {
  return std::any_of(user.roles.begin(), user.roles.end(),
                     [&](const auth::RoleGrant& g) { return g.organisation_id == organisation_id; });
}

}  // namespace polku::forms
