// Who publishes forms (pure): a purchaser's managers publish its versions.
#pragma once
#include "platform/auth/auth_context.hpp"

namespace polku::forms {

bool may_publish(const auth::AuthContext& user, long long organisation_id);
// Any role in the organisation: one without is told the organisation is not found.
bool has_role_in(const auth::AuthContext& user, long long organisation_id);

}  // namespace polku::forms
