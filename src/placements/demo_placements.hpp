// Demo data of the placement registry: host types, places, the 4H association's
// service products (seed 003) and agreements.
#pragma once
#include "platform/db/database.hpp"

namespace polku::placements {

// Expects the demo organisations and users of app::seed_demo; does nothing when they are missing.
void seed_demo_placements(db::Database& db);
// After the demo cases: the 4H association has accepted an order naming the
// coach tuomas for the case in implementation, and has one order to answer.
void seed_demo_service_orders(db::Database& db);
// Matti's case (at the start stage, decided) is booked at the recycling centre's sorting place
// from its planned start, with a client agreement acknowledged by every party. Returns the case.
long long seed_demo_started_placement(db::Database& db);

}  // namespace polku::placements
