#include "cases/case_access.hpp"

#include <algorithm>

namespace polku::cases {
namespace {

bool is_case_worker(std::string_view role) { return role == "social_worker" || role == "social_instructor"; }

}  // namespace

std::vector<long long> case_readable_organisations(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles) {
    if ((is_case_worker(g.role) || g.role == "manager") &&
        std::find(out.begin(), out.end(), g.organisation_id) == out.end()) {
      out.push_back(g.organisation_id);
    }
  }
  return out;
}

bool can_read_case(const auth::AuthContext& user, long long organisation_id) {
  auto orgs = case_readable_organisations(user);
  return std::find(orgs.begin(), orgs.end(), organisation_id) != orgs.end();
}

bool can_edit_case(const auth::AuthContext& user, long long organisation_id) {
  return user.has_role_in(organisation_id, "social_worker") || user.has_role_in(organisation_id, "social_instructor");
}

bool can_edit_process_model(const auth::AuthContext& user, long long organisation_id) {
  return user.has_role_in(organisation_id, "manager");
}

bool can_read_process_model(const auth::AuthContext& user, long long organisation_id) {
  return can_read_case(user, organisation_id);
}

}  // namespace polku::cases
