// HTTP routes of the placement registry: hosts and places, search and match,
// service products, agreements with documents, bookings, introductory visits,
// client agreements and service orders.
#pragma once
#include "placements/agreement_store.hpp"
#include "placements/booking_store.hpp"
#include "placements/place_store.hpp"
#include "placements/service_order_store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/router.hpp"

namespace polku::placements {

struct Stores {
  PlaceStore& places;
  AgreementStore& agreements;
  BookingStore& bookings;
  ServiceOrderStore& orders;
  audit::AuditLog& audit;  // bookings, visits and client agreements are client data
};

void register_place_routes(http::Router& router, Stores stores);
void register_agreement_routes(http::Router& router, Stores stores);
void register_booking_routes(http::Router& router, Stores stores);
void register_service_order_routes(http::Router& router, Stores stores);

inline void register_routes(http::Router& router, Stores stores) {
  register_place_routes(router, stores);
  register_agreement_routes(router, stores);
  register_booking_routes(router, stores);
  register_service_order_routes(router, stores);
}

}  // namespace polku::placements
