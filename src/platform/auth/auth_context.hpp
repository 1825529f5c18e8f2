// Who is making a request: the signed-in user and their roles per organisation.
#pragma once
#include <string>
#include <vector>

namespace polku::auth {

struct RoleGrant {
  long long organisation_id = 0;
  std::string role;  // social_worker, social_instructor, coach, placement_supervisor, manager, client, admin
};

struct AuthContext {
  long long user_id = 0;
  std::string username;
  std::string display_name;
  std::string language = "fi";
  std::vector<RoleGrant> roles;
  std::string csrf_token;
  std::string session_id;  // hash of the cookie token

  bool has_role(std::string_view role) const {
    for (const auto& g : roles)
      if (g.role == role) return true;
    return false;
  }
  bool has_role_in(long long organisation_id, std::string_view role) const {
    for (const auto& g : roles)
      if (g.organisation_id == organisation_id && g.role == role) return true;
    return false;
  }
};

}  // namespace polku::auth
