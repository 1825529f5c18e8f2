// Who may see and change a client's data (pure). Later issues widen this
// through the case for providers and hosts.
#pragma once
#include <vector>

#include "platform/auth/auth_context.hpp"

namespace polku::clients {

// Organisations whose clients the user may see: social workers, instructors, managers.
std::vector<long long> readable_organisations(const auth::AuthContext& user);
// Organisations where the user may register and edit clients.
std::vector<long long> writable_organisations(const auth::AuthContext& user);
bool can_read(const auth::AuthContext& user, long long client_organisation_id);
bool can_write(const auth::AuthContext& user, long long client_organisation_id);
// A manager of the client's organisation sees who has accessed the data.
// Who names a client's own worker: the workers who edit the client, and the organisation's managers,
// who assign the work (a client without one is on their task list).
bool can_assign_own_worker(const auth::AuthContext& user, long long client_organisation_id);
bool can_read_access_log(const auth::AuthContext& user, long long client_organisation_id);

// Lower-cases ASCII and Latin-1 letters (Ä Ö Å É ...) for search.
std::string search_fold(std::string_view text);

}  // namespace polku::clients
