// Demo cases in various stages for the demo clients (invented people only).
#pragma once
#include "platform/db/database.hpp"

namespace polku::cases {

// Adds cases for the demo county's clients; expects the demo users sanna and leena.
void seed_demo_cases(db::Database& db);

}  // namespace polku::cases
