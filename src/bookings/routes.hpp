// HTTP routes of bookings, introductory visits and client agreements.
#pragma once
#include "bookings/booking_store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/router.hpp"
#include "registry/port.hpp"

namespace polku::bookings {

void register_routes(http::Router& router, BookingStore& bookings, registry::Port& registry, audit::AuditLog& audit);

}  // namespace polku::bookings
