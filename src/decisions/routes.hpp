// The decisions module's HTTP routes: a case's decisions and notices, a decision,
// its edit and signature.
#pragma once
#include "decisions/decision_service.hpp"
#include "platform/http/router.hpp"

namespace polku::decisions {

void register_routes(http::Router& router, DecisionService& service);

}  // namespace polku::decisions
