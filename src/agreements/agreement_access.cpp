#include "agreements/agreement_access.hpp"

#include "platform/auth/roles.hpp"

namespace polku::agreements {

bool can_edit_products(const auth::AuthContext& user, long long provider_id) {
  return user.has_role_in(provider_id, "manager");
}

bool can_edit_agreement(const auth::AuthContext& user, long long purchaser_id) {
  return user.has_role_in(purchaser_id, "manager");
}

bool can_read_agreement(const auth::AuthContext& user, long long purchaser_id, long long partner_id) {
  for (const auto& g : user.roles) {
    if (g.organisation_id == purchaser_id && (g.role == "manager" || auth::is_client_worker_role(g.role))) return true;
    if (g.organisation_id == partner_id && g.role == "manager") return true;
  }
  return false;
}

}  // namespace polku::agreements
