#include "placements/placement_access.hpp"

#include "platform/auth/roles.hpp"

namespace polku::placements {

bool sees_all_places(const auth::AuthContext& user, const std::set<long long>& purchaser_ids) {
  for (const auto& g : user.roles) {
    const bool worker = auth::is_client_worker_role(g.role) || g.role == "manager";
    if (worker && purchaser_ids.count(g.organisation_id) != 0) return true;
  }
  return false;
}

bool sees_host_places(const auth::AuthContext& user, long long host_id) {
  return user.has_role_in(host_id, "manager") || user.has_role_in(host_id, "placement_supervisor");
}

bool can_read_place(const auth::AuthContext& user, const std::set<long long>& purchaser_ids, long long host_id) {
  return sees_all_places(user, purchaser_ids) || sees_host_places(user, host_id);
}

bool can_edit_place(const auth::AuthContext& user, long long host_id) { return user.has_role_in(host_id, "manager"); }

bool can_set_host_type(const auth::AuthContext& user, const std::set<long long>& purchaser_ids) {
  return user.has_role("admin") || makes_agreements(user, purchaser_ids);
}

bool can_edit_products(const auth::AuthContext& user, long long provider_id) {
  return user.has_role_in(provider_id, "manager");
}

bool can_edit_agreement(const auth::AuthContext& user, long long purchaser_id) {
  return user.has_role_in(purchaser_id, "manager");
}

bool makes_agreements(const auth::AuthContext& user, const std::set<long long>& purchaser_ids) {
  for (const auto& g : user.roles)
    if (g.role == "manager" && purchaser_ids.count(g.organisation_id) != 0) return true;
  return false;
}

bool can_read_agreement(const auth::AuthContext& user, long long purchaser_id, long long partner_id) {
  for (const auto& g : user.roles) {
    if (g.organisation_id == purchaser_id && (g.role == "manager" || auth::is_client_worker_role(g.role))) return true;
    if (g.organisation_id == partner_id && g.role == "manager") return true;
  }
  return false;
}

bool can_book_for(const auth::AuthContext& user, long long client_organisation_id) {
  return user.has_role_in(client_organisation_id, "social_worker") ||
         user.has_role_in(client_organisation_id, "social_instructor");
}

bool may_acknowledge(const auth::AuthContext& user, std::string_view party, long long purchaser_id, long long host_id,
                     std::optional<long long> provider_id) {
  if (party == "client" || party == "purchaser") return can_book_for(user, purchaser_id);
  if (party == "host") return sees_host_places(user, host_id);
  if (party == "provider") {
    return provider_id && (user.has_role_in(*provider_id, "manager") || user.has_role_in(*provider_id, "coach"));
  }
  return false;
}

}  // namespace polku::placements
