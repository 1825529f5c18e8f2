// Organisations (purchaser, provider, host), their regions, and users with roles.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/auth/auth_context.hpp"
#include "platform/core/error.hpp"

namespace polku::organisations {

struct Region {
  long long id = 0;
  std::string name;
};

struct OrganisationInput {
  std::string name;
  std::vector<std::string> kinds;    // purchaser, provider, host
  std::vector<std::string> regions;  // names
  std::optional<long long> version;
};

struct Organisation {
  long long id = 0;
  std::string name;
  std::vector<std::string> kinds;
  std::vector<Region> regions;
  long long version = 1;
  bool has_logo = false;
};

struct UserInput {
  std::string username;
  std::string display_name;
  std::string email;
  std::string language = "fi";
  bool active = true;
  // A social welfare professional (sosiaalihuollon ammattihenkilö): who alone gives social guidance.
  bool social_welfare_professional = false;
  std::vector<auth::RoleGrant> roles;
  std::optional<std::string> password;
  std::optional<long long> version;
};

struct User {
  long long id = 0;
  std::string username;
  std::string display_name;
  std::string email;
  std::string language;
  bool active = true;
  bool social_welfare_professional = false;
  std::vector<auth::RoleGrant> roles;
  long long version = 1;
};

// Pure checks; field names as in the JSON API.
std::vector<FieldError> validate_organisation(const OrganisationInput& input);
std::vector<FieldError> validate_user(const UserInput& input, bool creating);
// The input as it is stored: names, username, email and regions trimmed.
OrganisationInput normalised(OrganisationInput input);
UserInput normalised(UserInput input);

}  // namespace polku::organisations
