// HTTP routes of clients: register, search, view, edit, and the access log.
#pragma once
#include "clients/client_store.hpp"
#include "platform/http/router.hpp"

namespace polku::clients {

void register_routes(http::Router& router, ClientStore& store, audit::AuditLog& audit);

}  // namespace polku::clients
