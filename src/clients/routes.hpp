// HTTP routes of clients: register, search, view, edit, and the access log.
#pragma once
#include "clients/client_service.hpp"
#include "platform/http/router.hpp"

namespace polku::clients {

void register_routes(http::Router& router, ClientService& service);

}  // namespace polku::clients
