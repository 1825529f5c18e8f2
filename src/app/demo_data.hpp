// Invented demo organisations, users for every role and clients (never real people).
#pragma once
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace polku::app {

inline constexpr const char* kDemoPassword = "polku-demo-2026";

struct DemoLogin {
  std::string username;
  std::string role;
};

// Loads the demo data into an empty database; does nothing when users exist.
// Returns the logins created (empty when skipped).
std::vector<DemoLogin> seed_demo(db::Database& db);

// True when the demo users (e.g. sanna) are in the database.
bool has_demo_users(db::Database& db);

// A valid henkilötunnus for a date and individual number (900-999: test codes).
std::string demo_identity_code(int day, int month, int year, int individual_number);

}  // namespace polku::app
