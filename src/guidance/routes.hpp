// HTTP routes of guidance: a period's log and windows, a session recorded, and the user's followed windows.
#pragma once
#include "guidance/guidance_service.hpp"
#include "platform/http/router.hpp"

namespace polku::guidance {

void register_routes(http::Router& router, GuidanceService& service);

}  // namespace polku::guidance
