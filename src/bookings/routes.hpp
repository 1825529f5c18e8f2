// HTTP routes of bookings, introductory visits and client agreements.
#pragma once
#include "bookings/booking_service.hpp"
#include "platform/http/router.hpp"

namespace polku::bookings {

void register_routes(http::Router& router, BookingService& service);

}  // namespace polku::bookings
