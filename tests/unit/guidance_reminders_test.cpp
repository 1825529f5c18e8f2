// The reminders' pure rules: which window is reminded of on a day (only the current one falling behind), and
// what its notice says and links to. Tables of cases.
#include <gtest/gtest.h>

#include "guidance/guidance_rules.hpp"
#include "guidance/reminder_rules.hpp"

namespace polku::guidance {
namespace {

// A period from 2 February 2026 to 31 July: its first window ends on 1 May and falls behind from 11 April.
TEST(GuidanceReminders, RemindsOfTheCurrentWindowOnlyWhileItFallsBehind) {
  const SessionInput two_hours{"2026-02-10", 120, "individual", ""};
  const SessionInput six_hours{"2026-03-10", 360, "individual", ""};
  struct Case {
    const char* name;
    std::vector<SessionInput> sessions;
    std::string today;
    std::optional<std::string> window_end;  // of the window reminded of; none when no reminder is due
  };
  const std::vector<Case> cases = {
      {"before the period", {}, "2026-02-01", std::nullopt},
      {"early in the window", {two_hours}, "2026-03-01", std::nullopt},
      {"the day before its last 21 days", {two_hours}, "2026-04-10", std::nullopt},
      {"the first of its last 21 days", {two_hours}, "2026-04-11", "2026-05-01"},
      {"its last day", {two_hours}, "2026-05-01", "2026-05-01"},
      {"met in its last 21 days", {six_hours}, "2026-04-20", std::nullopt},
      {"the next window's first day, not the one that ended", {two_hours}, "2026-05-02", std::nullopt},
      {"the second window, which the period's end cuts short", {}, "2026-07-11", "2026-07-31"},
      {"after the period", {}, "2026-08-01", std::nullopt},
  };
  for (const auto& c : cases) {
    const auto all = windows("2026-02-02", "2026-07-31", {}, {6, false}, c.sessions, c.today);
    const Window* w = window_to_remind(all, c.today);
    if (!c.window_end) {
      EXPECT_EQ(w, nullptr) << c.name;
      continue;
    }
    ASSERT_NE(w, nullptr) << c.name;
    EXPECT_EQ(w->to, *c.window_end) << c.name;
  }
}

TEST(GuidanceReminders, ANoticeSaysWhatIsMissingAndLinksToThePeriodsGuidance) {
  const FollowedPeriod period{7, 3, 11, "Matti Meikäläinen", "2026-02-02", "2026-07-31", {}, Promise{6, true}};
  struct Case {
    const char* name;
    int missing, social_minutes;
    bool social_required;
    std::string missing_text, social_missing;
  };
  const std::vector<Case> cases = {
      {"hours missing", 240, 0, false, "240", "false"},
      {"hours and social guidance missing", 240, 0, true, "240", "true"},
      {"only social guidance missing", 0, 0, true, "0", "true"},
      {"hours missing, social guidance given", 90, 45, true, "90", "false"},
  };
  for (const auto& c : cases) {
    Window w;
    w.to = "2026-05-01";
    w.missing_minutes = c.missing;
    w.social_minutes = c.social_minutes;
    w.social_required = c.social_required;
    const auto n = reminder_notice(period, w, 42);
    EXPECT_EQ(n.user_id, 42) << c.name;
    EXPECT_EQ(n.kind, "guidance_falling_behind") << c.name;
    EXPECT_EQ(n.client_id, 11) << c.name;
    EXPECT_EQ(n.link, "/cases/3#period-7-guidance") << c.name;
    EXPECT_TRUE(n.email) << c.name;
    EXPECT_EQ(n.params.at("clientName").as_string(), "Matti Meikäläinen") << c.name;
    EXPECT_EQ(n.params.at("windowEnd").as_string(), "2026-05-01") << c.name;
    EXPECT_EQ(n.params.at("missingMinutes").as_string(), c.missing_text) << c.name;
    EXPECT_EQ(n.params.at("socialMissing").as_string(), c.social_missing) << c.name;
    EXPECT_EQ(n.params.size(), 4U) << c.name;
  }
}

}  // namespace
}  // namespace polku::guidance
