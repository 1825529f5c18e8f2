#include "registry/registry_access.hpp"

#include <algorithm>

#include "platform/auth/roles.hpp"

namespace polku::registry {

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

bool makes_agreements(const auth::AuthContext& user, const std::set<long long>& purchaser_ids) {
  for (const auto& g : user.roles)
    if (g.role == "manager" && purchaser_ids.count(g.organisation_id) != 0) return true;
  return false;
}

std::optional<long long> managed_host(const auth::AuthContext& user, std::optional<long long> named) {
  if (named) return can_edit_place(user, *named) ? named : std::nullopt;
  std::optional<long long> found;
  for (const auto& g : user.roles) {
    if (g.role != "manager") continue;
    if (found && *found != g.organisation_id) return std::nullopt;
    found = g.organisation_id;
  }
  return found;
}

std::vector<long long> seen_hosts(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles) {
    const bool seen = std::find(out.begin(), out.end(), g.organisation_id) != out.end();
    if (!seen && sees_host_places(user, g.organisation_id)) out.push_back(g.organisation_id);
  }
  return out;  // each host once, though the user holds two roles there
}

}  // namespace polku::registry
