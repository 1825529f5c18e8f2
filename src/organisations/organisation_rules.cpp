#include <algorithm>
#include <set>

#include "clients/client_rules.hpp"
#include "organisations/organisation.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/auth/password.hpp"
#include "platform/auth/roles.hpp"

namespace polku::organisations {

std::vector<FieldError> validate_organisation(const OrganisationInput& in) {
  std::vector<FieldError> errors;
  const auto name = clients::trimmed(in.name);
  if (name.empty()) errors.push_back({"name", "required"});
  if (name.size() > 200) errors.push_back({"name", "too_long"});
  if (in.kinds.empty()) errors.push_back({"kinds", "required"});
  for (const auto& k : in.kinds) {
    if (k != "purchaser" && k != "provider" && k != "host") {
      errors.push_back({"kinds", "invalid_choice"});
      break;
    }
  }
  std::set<std::string> seen;
  for (const auto& r : in.regions) {
    const auto t = clients::trimmed(r);
    if (t.empty() || t.size() > 200) {
      errors.push_back({"regions", t.empty() ? "required" : "too_long"});
      break;
    }
    if (!seen.insert(t).second) {
      errors.push_back({"regions", "duplicate"});
      break;
    }
  }
  return errors;
}

std::vector<FieldError> validate_user(const UserInput& in, bool creating) {
  std::vector<FieldError> errors;
  const auto username = clients::trimmed(in.username);
  if (username.empty()) {
    errors.push_back({"username", "required"});
  } else if (username.size() > 64 || !std::all_of(username.begin(), username.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
             })) {
    errors.push_back({"username", "invalid_format"});
  }
  const auto display = clients::trimmed(in.display_name);
  if (display.empty()) errors.push_back({"displayName", "required"});
  if (display.size() > 200) errors.push_back({"displayName", "too_long"});
  const auto email = clients::trimmed(in.email);
  if (!email.empty() && !checks::is_email_address(email)) errors.push_back({"email", "invalid_format"});
  if (in.language != "fi" && in.language != "sv" && in.language != "en") {
    errors.push_back({"language", "invalid_choice"});
  }
  for (const auto& g : in.roles) {
    if (!auth::is_known_role(g.role) || g.organisation_id <= 0) {
      errors.push_back({"roles", "invalid_choice"});
      break;
    }
  }
  if (creating && !in.password) errors.push_back({"password", "required"});
  if (in.password) {
    for (const auto& code : auth::password_policy_errors(*in.password)) errors.push_back({"password", code});
  }
  return errors;
}

OrganisationInput normalised(OrganisationInput in) {
  in.name = clients::trimmed(in.name);
  for (auto& r : in.regions) r = clients::trimmed(r);
  return in;
}

UserInput normalised(UserInput in) {
  in.username = clients::trimmed(in.username);
  in.display_name = clients::trimmed(in.display_name);
  in.email = clients::trimmed(in.email);
  return in;
}

}  // namespace polku::organisations
