// Who fills and reads a case's forms of each kind, by their access to the case (forms_access). A table of cases.
#include "forms/forms_access.hpp"

#include <gtest/gtest.h>

namespace polku::forms {
namespace {

using cases::CaseAccess;

TEST(FormsAccess, EachKindHasItsWritersAndReaders) {
  struct Case {
    CaseAccess access;
    const char* kind;
    EntryAccess expected;
    bool place_staff = false;
  };
  const std::vector<Case> cases = {
      {CaseAccess::kEdit, "client_agreement", EntryAccess::kWrite},
      {CaseAccess::kEdit, "final_evaluation", EntryAccess::kWrite},
      {CaseAccess::kEdit, "placement_feedback", EntryAccess::kWrite},
      {CaseAccess::kRead, "implementation_plan", EntryAccess::kRead},
      {CaseAccess::kRead, "client_feedback", EntryAccess::kRead},
      {CaseAccess::kProvider, "work_activity_plan", EntryAccess::kWrite},
      {CaseAccess::kProvider, "implementation_plan", EntryAccess::kWrite},
      {CaseAccess::kProvider, "intermediate_evaluation", EntryAccess::kWrite},
      {CaseAccess::kProvider, "final_evaluation", EntryAccess::kWrite},
      {CaseAccess::kProvider, "client_feedback", EntryAccess::kWrite},
      {CaseAccess::kProvider, "functional_capacity_self_assessment", EntryAccess::kWrite},
      {CaseAccess::kProvider, "client_agreement", EntryAccess::kRead},
      {CaseAccess::kProvider, "placement_feedback", EntryAccess::kNone},
      {CaseAccess::kProvider, "a_purchasers_own_kind", EntryAccess::kNone},
      {CaseAccess::kNone, "client_feedback", EntryAccess::kNone},
      // The place's staff fill the placement feedback and see nothing else; a provider who also hosts the place
      // keeps what it has as the provider.
      {CaseAccess::kNone, "placement_feedback", EntryAccess::kWrite, true},
      {CaseAccess::kNone, "placement_feedback", EntryAccess::kNone, false},
      {CaseAccess::kNone, "intermediate_evaluation", EntryAccess::kNone, true},
      {CaseAccess::kNone, "client_agreement", EntryAccess::kNone, true},
      {CaseAccess::kProvider, "placement_feedback", EntryAccess::kWrite, true},
      {CaseAccess::kProvider, "intermediate_evaluation", EntryAccess::kWrite, true},
      {CaseAccess::kRead, "placement_feedback", EntryAccess::kWrite, true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(entry_access(c.access, c.kind, c.place_staff), c.expected)
        << access_name(c.access) << " " << c.kind << (c.place_staff ? " (place staff)" : "");
  }
}

TEST(FormsAccess, APurchasersManagersPublish) {
  auth::AuthContext user;
  user.roles = {{7, "manager"}, {8, "social_worker"}};
  EXPECT_TRUE(may_publish(user, 7));
  EXPECT_FALSE(may_publish(user, 8));
  EXPECT_FALSE(may_publish(user, 9));
  EXPECT_TRUE(has_role_in(user, 8));
  EXPECT_FALSE(has_role_in(user, 9));
}

}  // namespace
}  // namespace polku::forms
