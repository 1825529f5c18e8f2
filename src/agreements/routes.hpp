// HTTP routes of agreements between organisations, their documents, and service products.
#pragma once
#include "agreements/agreement_service.hpp"
#include "platform/http/router.hpp"

namespace polku::agreements {

void register_routes(http::Router& router, AgreementService& service);

}  // namespace polku::agreements
