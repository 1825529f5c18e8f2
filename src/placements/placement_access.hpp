// Who may see and change what in the placement registry (pure).
#pragma once
#include <optional>
#include <set>
#include <string_view>

#include "platform/auth/auth_context.hpp"

namespace polku::placements {

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
// Providers' managers keep their products.
bool can_edit_products(const auth::AuthContext& user, long long provider_id);
// The purchaser's manager makes agreements; its workers read them.
bool can_edit_agreement(const auth::AuthContext& user, long long purchaser_id);
// A manager of some purchaser: may make agreements and so choose among hosts and providers.
bool makes_agreements(const auth::AuthContext& user, const std::set<long long>& purchaser_ids);
bool can_read_agreement(const auth::AuthContext& user, long long purchaser_id, long long partner_id);
// Purchaser workers book places and make visits and client agreements for their clients.
bool can_book_for(const auth::AuthContext& user, long long client_organisation_id);

// Who records a party's acknowledgement of a client agreement: the client's own
// acknowledgement is recorded by the purchaser's worker who met them.
bool may_acknowledge(const auth::AuthContext& user, std::string_view party, long long purchaser_id, long long host_id,
                     std::optional<long long> provider_id);

}  // namespace polku::placements
