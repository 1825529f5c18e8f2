// HTTP routes of the administrator's organisations and users, and the workers list.
#pragma once
#include "organisations/organisation_store.hpp"
#include "platform/http/router.hpp"

namespace polku::organisations {

void register_routes(http::Router& router, OrganisationStore& store);

boost::json::object to_json(const Organisation& o);
boost::json::object to_json(const User& u);

}  // namespace polku::organisations
