// Who may see and edit cases (pure). The purchaser's social workers,
// instructors and managers see their organisation's cases; managers only read.
// Coaches and placement supervisors get nothing yet (issue 5 widens this).
#pragma once
#include <vector>

#include "platform/auth/auth_context.hpp"

namespace polku::cases {

std::vector<long long> case_readable_organisations(const auth::AuthContext& user);
bool can_read_case(const auth::AuthContext& user, long long organisation_id);
bool can_edit_case(const auth::AuthContext& user, long long organisation_id);
// Managers of the purchaser edit its regions' process models.
bool can_edit_process_model(const auth::AuthContext& user, long long organisation_id);
bool can_read_process_model(const auth::AuthContext& user, long long organisation_id);

}  // namespace polku::cases
