// Demo data of the registry, agreements, bookings and service orders: host types, places,
// the 4H association's service products (seed 003), agreements, bookings and orders.
#pragma once
#include "cases/port.hpp"
#include "periods/period.hpp"
#include "platform/module.hpp"
#include "service_types/port.hpp"

namespace polku::app {

// Expects the demo organisations and users of app::seed_demo; does nothing when they are missing.
void seed_demo_placements(const platform::Platform& p);
// After the demo cases: the 4H association has accepted an order naming the
// coach tuomas for the case in implementation, and has one order to answer.
void seed_demo_service_orders(const platform::Platform& p);
// Matti's case (at the start stage, decided) is booked at the recycling centre's sorting place
// from its planned start, with a client agreement acknowledged by every party. Returns the case.
long long seed_demo_started_placement(const platform::Platform& p);
// Oona's ended day activity: booked at the county's own centre for her decision's period,
// the booking ended and the client agreement acknowledged by everyone.
void seed_demo_ended_placement(const platform::Platform& p);

// After the service orders: Matti's period at the sorting place with the attendance of its days so far,
// marked by the place's supervisor aino (an absence without notice among them).
void seed_demo_periods(const platform::Platform& p, cases::Port& cases, service_types::Port& types);
// Matti's first intermediate meeting two weeks into his period, recorded by sanna, and the next one scheduled.
void seed_demo_meetings(const platform::Platform& p, cases::Port& cases, const periods::Period& period);
// Matti's Kela benefit, bus fare and a taxi claim recorded by sanna; last month's compensation approved by mikko;
// the absence notice of his first two weeks sent to Kela.
void seed_demo_compensation(const platform::Platform& p, service_types::Port& types, const periods::Period& period);

}  // namespace polku::app
