#include "bookings/booking_access.hpp"

#include "clients/client_access.hpp"
#include "registry/registry_access.hpp"

namespace polku::bookings {

bool can_book_for(const auth::AuthContext& user, long long client_organisation_id) {
  return clients::can_write(user, client_organisation_id);  // those who edit the client act for them
}

bool sees_client_at_place(const auth::AuthContext& user, std::optional<long long> client_organisation_id,
                          long long host_id) {
  return registry::sees_host_places(user, host_id) ||
         (client_organisation_id && clients::can_read(user, *client_organisation_id));
}

bool may_acknowledge(const auth::AuthContext& user, std::string_view party, long long purchaser_id, long long host_id,
                     std::optional<long long> provider_id) {
  if (party == "client" || party == "purchaser") return can_book_for(user, purchaser_id);
  if (party == "host") return registry::sees_host_places(user, host_id);
  if (party == "provider") {
    return provider_id && (user.has_role_in(*provider_id, "manager") || user.has_role_in(*provider_id, "coach"));
  }
  return false;
}

std::vector<std::string> parties_to_acknowledge(const auth::AuthContext& user, const ClientAgreement& a,
                                                long long host_id) {
  std::vector<std::string> out;
  for (const char* party : {"client", "purchaser", "host", "provider"}) {
    if (std::string_view(party) == "provider" && !a.data.provider_organisation_id) continue;
    bool done = false;
    for (const auto& k : a.acknowledgements) done = done || k.party == party;
    if (!done &&
        may_acknowledge(user, party, a.data.purchaser_organisation_id, host_id, a.data.provider_organisation_id))
      out.emplace_back(party);
  }
  return out;
}

bool can_read_client_agreement(const auth::AuthContext& user, long long purchaser_id, std::optional<long long> host_id,
                               std::optional<long long> provider_id) {
  return can_book_for(user, purchaser_id) || (host_id && registry::sees_host_places(user, *host_id)) ||
         (provider_id && (user.has_role_in(*provider_id, "manager") || user.has_role_in(*provider_id, "coach")));
}

}  // namespace polku::bookings
