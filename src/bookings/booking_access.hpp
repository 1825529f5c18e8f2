// Who may book, visit and agree for a client, and who acknowledges a client agreement (pure).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bookings/booking.hpp"
#include "platform/auth/auth_context.hpp"

namespace polku::bookings {

// Purchaser workers book places and make visits and client agreements for their clients.
bool can_book_for(const auth::AuthContext& user, long long client_organisation_id);

// Who sees a client booked or visiting at a place in the place's lists: the host's staff, who meet them, and
// the workers of the client's own purchaser; another purchaser reading the registry does not.
bool sees_client_at_place(const auth::AuthContext& user, std::optional<long long> client_organisation_id,
                          long long host_id);

// Who records a party's acknowledgement of a client agreement: the client's own
// acknowledgement is recorded by the purchaser's worker who met them.
bool may_acknowledge(const auth::AuthContext& user, std::string_view party, long long purchaser_id, long long host_id,
                     std::optional<long long> provider_id);

// The parties of `a` that have not acknowledged and whose acknowledgement the user may record
// (the provider's only when the agreement names one), so that a form is offered only to them.
std::vector<std::string> parties_to_acknowledge(const auth::AuthContext& user, const ClientAgreement& a,
                                                long long host_id);

// Who reads a client agreement: the purchaser's workers, the host's staff and the provider's.
bool can_read_client_agreement(const auth::AuthContext& user, long long purchaser_id, std::optional<long long> host_id,
                               std::optional<long long> provider_id);

}  // namespace polku::bookings
