// HTTP routes of the registry: hosts and their supervisors, places, search and match.
#pragma once
#include "platform/http/router.hpp"
#include "registry/registry_service.hpp"

namespace polku::registry {

void register_routes(http::Router& router, RegistryService& service);

}  // namespace polku::registry
