// Who sees and edits what in the registry (pure), role by role.
#include <gtest/gtest.h>

#include "registry/registry_access.hpp"
#include "bookings/booking_access.hpp"

namespace polku::registry {
namespace {

constexpr long long kCounty = 1;  // a purchaser
constexpr long long kClub = 2;    // a host and provider
constexpr long long kOther = 3;   // another host
const std::set<long long> kPurchasers = {kCounty};

auth::AuthContext user(long long org, const char* role) {
  auth::AuthContext u;
  u.roles = {{org, role}};
  return u;
}

struct AccessCase {
  const char* name;
  auth::AuthContext user;
  bool sees_all, reads_club_place, edits_club_place, edits_other_place, books, sets_host_type;
};

class PlaceAccess : public ::testing::TestWithParam<AccessCase> {};

TEST_P(PlaceAccess, FollowsTheRole) {
  const auto& c = GetParam();
  EXPECT_EQ(sees_all_places(c.user, kPurchasers), c.sees_all);
  EXPECT_EQ(can_read_place(c.user, kPurchasers, kClub), c.reads_club_place);
  EXPECT_EQ(can_edit_place(c.user, kClub), c.edits_club_place);
  EXPECT_EQ(can_edit_place(c.user, kOther), c.edits_other_place);
  EXPECT_EQ(bookings::can_book_for(c.user, kCounty), c.books);
  EXPECT_EQ(can_set_host_type(c.user, kPurchasers), c.sets_host_type);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PlaceAccess,
    ::testing::Values(
        AccessCase{"social_worker", user(kCounty, "social_worker"), true, true, false, false, true, false},
        AccessCase{"social_instructor", user(kCounty, "social_instructor"), true, true, false, false, true, false},
        AccessCase{"purchaser_manager", user(kCounty, "manager"), true, true, false, false, false, true},
        // The host's own manager keeps its places but not its kind (association or company).
        AccessCase{"host_manager", user(kClub, "manager"), false, true, true, false, false, false},
        AccessCase{"host_supervisor", user(kClub, "placement_supervisor"), false, true, false, false, false, false},
        AccessCase{"other_hosts_manager", user(kOther, "manager"), false, false, false, true, false, false},
        AccessCase{"coach", user(kClub, "coach"), false, false, false, false, false, false},
        AccessCase{"admin", user(kCounty, "admin"), false, false, false, false, false, true}),
    [](const auto& info) { return std::string(info.param.name); });

// The host a new place goes to: the one named if the user manages it, else the one they manage.
TEST(RegistryAccess, ANewPlaceGoesToTheHostTheUserManages) {
  auto both = user(kClub, "manager");
  both.roles.push_back({kOther, "manager"});
  EXPECT_EQ(managed_host(user(kClub, "manager"), std::nullopt), kClub);
  EXPECT_EQ(managed_host(user(kClub, "manager"), kClub), kClub);
  EXPECT_EQ(managed_host(user(kClub, "manager"), kOther), std::nullopt);
  EXPECT_EQ(managed_host(both, std::nullopt), std::nullopt);  // which one: the body must say
  EXPECT_EQ(managed_host(both, kOther), kOther);
  EXPECT_EQ(managed_host(user(kClub, "placement_supervisor"), std::nullopt), std::nullopt);
}

TEST(RegistryAccess, AHostsManagerAndSupervisorsSeeItsOwnPlaces) {
  auto mixed = user(kClub, "placement_supervisor");
  mixed.roles.push_back({kCounty, "social_worker"});
  mixed.roles.push_back({kOther, "coach"});
  EXPECT_EQ(seen_hosts(mixed), std::vector<long long>{kClub});
  EXPECT_TRUE(seen_hosts(user(kCounty, "admin")).empty());
  auto both = user(kClub, "manager");
  both.roles.push_back({kClub, "placement_supervisor"});
  EXPECT_EQ(seen_hosts(both), std::vector<long long>{kClub});  // its places listed once
}

}  // namespace
}  // namespace polku::registry
