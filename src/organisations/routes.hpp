// HTTP routes of the administrator's organisations and users, and the workers list.
#pragma once
#include "organisations/organisation_service.hpp"
#include "platform/auth/session_store.hpp"
#include "platform/http/router.hpp"

namespace polku::organisations {

// A user's edit takes effect at once on this node (its session cache is dropped);
// other nodes see it within SessionStore::kCacheMs.
void register_routes(http::Router& router, OrganisationService& service, auth::SessionStore& sessions);

boost::json::object to_json(const Organisation& o);
boost::json::object to_json(const User& u);

}  // namespace polku::organisations
