// Who may manage organisations and users, and whose worker lists a user sees (pure).
#pragma once
#include <vector>

#include "platform/auth/auth_context.hpp"

namespace polku::organisations {

// Only an administrator reads and changes organisations and users.
bool manages_organisations(const auth::AuthContext& user);
// An organisation's logo (on its documents): the administrator and the organisation's own managers set it.
bool may_set_logo(const auth::AuthContext& user, long long organisation_id);
// The organisations whose social workers and instructors the user may list: those where
// they are a client worker or a manager (once per role). Empty: the list is refused.
std::vector<long long> worker_list_organisations(const auth::AuthContext& user);
// The organisations whose coaches the user may list: those they manage.
std::vector<long long> coach_list_organisations(const auth::AuthContext& user);

}  // namespace polku::organisations
