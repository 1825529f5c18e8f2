// HTTP routes of periods. So far: GET /api/v1/public-holidays?year=YYYY, the days that are never
// scheduled, for the period editor's calendar (computed here once, not again in the browser).
#pragma once
#include "platform/http/router.hpp"

namespace polku::periods {

void register_routes(http::Router& router);

}  // namespace polku::periods
