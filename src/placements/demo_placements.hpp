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

}  // namespace polku::placements
