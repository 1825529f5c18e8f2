// GET /api/v1/service-types.
#pragma once
#include "platform/http/router.hpp"
#include "service_types/service_type_store.hpp"

namespace polku::service_types {

boost::json::object limits_json(const Limits& l);
void register_routes(http::Router& router, ServiceTypeStore& store);

}  // namespace polku::service_types
