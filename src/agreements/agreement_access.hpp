// Who may see and change agreements and service products (pure).
#pragma once
#include "platform/auth/auth_context.hpp"

namespace polku::agreements {

// Providers' managers keep their products.
bool can_edit_products(const auth::AuthContext& user, long long provider_id);
// The purchaser's manager makes agreements; its workers read them.
bool can_edit_agreement(const auth::AuthContext& user, long long purchaser_id);
bool can_read_agreement(const auth::AuthContext& user, long long purchaser_id, long long partner_id);

}  // namespace polku::agreements
