// The roles of DESIGN.md §1 and which of them work with clients.
#pragma once
#include <array>
#include <string_view>

namespace polku::auth {

inline constexpr std::array<std::string_view, 7> kRoles = {
    "social_worker", "social_instructor", "coach", "placement_supervisor", "manager", "client", "admin"};

inline bool is_known_role(std::string_view role) {
  for (auto r : kRoles)
    if (r == role) return true;
  return false;
}

// The purchaser's workers who register and edit clients.
inline bool is_client_worker_role(std::string_view role) {
  return role == "social_worker" || role == "social_instructor";
}

}  // namespace polku::auth
