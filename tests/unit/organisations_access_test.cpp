// Who manages organisations and users, and whose worker and coach lists a user sees (pure), role by role.
#include <gtest/gtest.h>

#include "organisations/organisation_access.hpp"

namespace polku::organisations {
namespace {

constexpr long long kCounty = 1;
constexpr long long kClub = 2;

auth::AuthContext user(std::vector<auth::RoleGrant> roles) {
  auth::AuthContext u;
  u.roles = std::move(roles);
  return u;
}

struct AccessCase {
  const char* name;
  auth::AuthContext user;
  bool manages;
  std::vector<long long> worker_lists, coach_lists;
};

class OrganisationAccess : public ::testing::TestWithParam<AccessCase> {};

TEST_P(OrganisationAccess, FollowsTheRole) {
  const auto& c = GetParam();
  EXPECT_EQ(manages_organisations(c.user), c.manages);
  EXPECT_EQ(worker_list_organisations(c.user), c.worker_lists);
  EXPECT_EQ(coach_list_organisations(c.user), c.coach_lists);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OrganisationAccess,
    ::testing::Values(AccessCase{"admin", user({{kCounty, "admin"}}), true, {}, {}},
                      AccessCase{"social_worker", user({{kCounty, "social_worker"}}), false, {kCounty}, {}},
                      AccessCase{"social_instructor", user({{kCounty, "social_instructor"}}), false, {kCounty}, {}},
                      AccessCase{"manager", user({{kClub, "manager"}}), false, {kClub}, {kClub}},
                      AccessCase{"coach", user({{kClub, "coach"}}), false, {}, {}},
                      AccessCase{"placement_supervisor", user({{kClub, "placement_supervisor"}}), false, {}, {}},
                      AccessCase{"client", user({{kCounty, "client"}}), false, {}, {}},
                      AccessCase{"nobody", user({}), false, {}, {}},
                      AccessCase{"worker_here_manager_there", user({{kCounty, "social_worker"}, {kClub, "manager"}}),
                                 false, {kCounty, kClub}, {kClub}},
                      AccessCase{"admin_and_manager", user({{kCounty, "admin"}, {kCounty, "manager"}}), true,
                                 {kCounty}, {kCounty}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace polku::organisations
