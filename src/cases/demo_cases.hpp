// Demo cases in various stages for the demo clients (invented people only).
#pragma once
#include "cases/port.hpp"
#include "decisions/decision_service.hpp"
#include "platform/db/database.hpp"

namespace polku::cases {

// Adds cases for the demo county's clients; expects the demo users sanna and leena.
// The county's cases at every stage; their decisions and notices made by leena and
// sanna (`worker`, `instructor`) through the decisions service and its rules.
void seed_demo_cases(db::Database& db, work::Transactor& transactor, decisions::DecisionService& decisions,
                     const Caller& instructor, const Caller& worker);

}  // namespace polku::cases
