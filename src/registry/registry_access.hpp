// Who may see and change what in the registry (pure).
#pragma once
#include <optional>
#include <set>
#include <vector>

#include "platform/auth/auth_context.hpp"

namespace polku::registry {

// The purchaser's workers (social_worker, social_instructor, manager of a purchaser) see every place.
bool sees_all_places(const auth::AuthContext& user, const std::set<long long>& purchaser_ids);
// A host's manager and its placement supervisors see the host's own places.
bool sees_host_places(const auth::AuthContext& user, long long host_id);
bool can_read_place(const auth::AuthContext& user, const std::set<long long>& purchaser_ids, long long host_id);
// Only the host's manager keeps its places up to date.
bool can_edit_place(const auth::AuthContext& user, long long host_id);
// The kind of a host is set by whoever keeps the registry, never by the host itself:
// an administrator or a purchaser's manager.
bool can_set_host_type(const auth::AuthContext& user, const std::set<long long>& purchaser_ids);
// A manager of some purchaser: keeps the registry, makes agreements and so chooses among hosts and providers.
bool makes_agreements(const auth::AuthContext& user, const std::set<long long>& purchaser_ids);
// The host a new place goes to: the one named if the user manages it, else the one organisation
// the user manages (none when they manage none or several).
std::optional<long long> managed_host(const auth::AuthContext& user, std::optional<long long> named);
// The hosts whose own places the user sees, once per role that lets them.
std::vector<long long> seen_hosts(const auth::AuthContext& user);

}  // namespace polku::registry
