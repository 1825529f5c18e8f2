// Who reads and edits a case, and which parts a provider taking part in it sees.
#include <gtest/gtest.h>

#include "cases/case_access.hpp"

namespace polku::cases {
namespace {

constexpr long long kCounty = 1;     // the purchaser owning the case
constexpr long long kClub = 2;       // the provider that accepted the order
constexpr long long kOtherClub = 3;  // a provider with no part in the case
constexpr long long kTuomas = 50;    // the coach the club named

auth::AuthContext user(long long id, long long organisation, const char* role) {
  auth::AuthContext u;
  u.user_id = id;
  u.roles = {{organisation, role}};
  return u;
}

const std::vector<Participant> kClubWithTuomas = {{kClub, "4H", kTuomas, "Tuomas", "2026-01-01"}};

struct AccessCase {
  const char* name;
  auth::AuthContext user;
  std::vector<Participant> participants;
  CaseAccess expected;
};

class CaseAccessTable : public ::testing::TestWithParam<AccessCase> {};

TEST_P(CaseAccessTable, GivesEachRoleItsAccess) {
  const auto& c = GetParam();
  EXPECT_EQ(case_access(c.user, kCounty, c.participants), c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, CaseAccessTable,
    ::testing::Values(
        AccessCase{"the_purchasers_instructor_edits", user(10, kCounty, "social_instructor"), {}, CaseAccess::kEdit},
        AccessCase{"the_purchasers_social_worker_edits", user(11, kCounty, "social_worker"), kClubWithTuomas,
                   CaseAccess::kEdit},
        AccessCase{"the_purchasers_manager_reads", user(12, kCounty, "manager"), {}, CaseAccess::kRead},
        AccessCase{"the_named_coach_gets_the_provider_view", user(kTuomas, kClub, "coach"), kClubWithTuomas,
                   CaseAccess::kProvider},
        AccessCase{"the_providers_manager_gets_the_provider_view", user(60, kClub, "manager"), kClubWithTuomas,
                   CaseAccess::kProvider},
        AccessCase{"another_coach_of_the_provider_sees_nothing", user(51, kClub, "coach"), kClubWithTuomas,
                   CaseAccess::kNone},
        AccessCase{"the_named_coach_after_leaving_the_provider_sees_nothing", user(kTuomas, kOtherClub, "coach"),
                   kClubWithTuomas, CaseAccess::kNone},
        AccessCase{"a_coach_before_any_order_is_accepted_sees_nothing", user(kTuomas, kClub, "coach"), {},
                   CaseAccess::kNone},
        AccessCase{"another_providers_manager_sees_nothing", user(61, kOtherClub, "manager"), kClubWithTuomas,
                   CaseAccess::kNone},
        AccessCase{"the_providers_supervisor_sees_nothing", user(62, kClub, "placement_supervisor"),
                   kClubWithTuomas, CaseAccess::kNone},
        AccessCase{"an_administrator_sees_nothing", user(1, kCounty, "admin"), kClubWithTuomas, CaseAccess::kNone}),
    [](const auto& info) { return std::string(info.param.name); });

// Field visibility: the purchaser's readers see everything, a provider what the work needs.
struct VisibilityCase {
  const char* part;
  bool CaseVisibility::*flag;
  bool provider_sees;
};

class CaseVisibilityTable : public ::testing::TestWithParam<VisibilityCase> {};

TEST_P(CaseVisibilityTable, ShowsEachPartToWhoNeedsIt) {
  const auto& c = GetParam();
  EXPECT_TRUE(visibility_for(CaseAccess::kEdit).*c.flag) << c.part;
  EXPECT_TRUE(visibility_for(CaseAccess::kRead).*c.flag) << c.part;
  EXPECT_EQ(visibility_for(CaseAccess::kProvider).*c.flag, c.provider_sees) << c.part;
}

INSTANTIATE_TEST_SUITE_P(
    Table, CaseVisibilityTable,
    ::testing::Values(VisibilityCase{"referral", &CaseVisibility::referral, false},
                      VisibilityCase{"assessment", &CaseVisibility::assessment, false},
                      VisibilityCase{"plan_purchaser_fields", &CaseVisibility::plan_purchaser_fields, false},
                      VisibilityCase{"decisions", &CaseVisibility::decisions, false},
                      VisibilityCase{"notices", &CaseVisibility::notices, false},
                      VisibilityCase{"follow_up", &CaseVisibility::follow_up, false},
                      VisibilityCase{"guards", &CaseVisibility::guards, false},
                      VisibilityCase{"reasons", &CaseVisibility::reasons, false},
                      VisibilityCase{"timeline_details", &CaseVisibility::timeline_details, false}),
    [](const auto& info) { return std::string(info.param.part); });

TEST(CaseAccess, ProviderStaffListCasesOfTheirOrganisations) {
  auth::AuthContext u;
  u.user_id = kTuomas;
  u.roles = {{kClub, "coach"}, {kOtherClub, "manager"}, {kCounty, "social_worker"}};
  auto scope = participant_scope(u);
  EXPECT_EQ(scope.user_id, kTuomas);
  EXPECT_EQ(scope.coach_organisations, std::vector<long long>{kClub});
  EXPECT_EQ(scope.manager_organisations, std::vector<long long>{kOtherClub});
  EXPECT_TRUE(participant_scope(user(10, kCounty, "social_instructor")).empty());
}

}  // namespace
}  // namespace polku::cases
