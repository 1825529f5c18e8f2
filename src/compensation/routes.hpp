// HTTP routes of compensation: a purchaser's monthly batches (read, approve, export) and rates, a client's
// benefit payers, fares, claims and corrections, and the law's rates.
#pragma once
#include "compensation/compensation_service.hpp"
#include "platform/http/router.hpp"

namespace polku::compensation {

void register_routes(http::Router& router, CompensationService& service);

}  // namespace polku::compensation
