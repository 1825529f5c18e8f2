// HTTP routes of agreements between organisations, their documents, and service products.
#pragma once
#include "agreements/agreement_store.hpp"
#include "platform/http/router.hpp"
#include "registry/port.hpp"

namespace polku::agreements {

void register_routes(http::Router& router, AgreementStore& agreements, registry::Port& registry);

}  // namespace polku::agreements
