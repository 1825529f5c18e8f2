// Pure rules of guidance: a session's fields, the 3-month windows of a period (a mid-month start, a year end,
// the end of a month, a window cut short) and how each stands, who reads and records, and the task of a window
// falling behind. Tables of cases; every case names all the errors it expects.
#include "guidance/guidance_rules.hpp"

#include <gtest/gtest.h>

#include "guidance/guidance_access.hpp"
#include "guidance/module.hpp"
#include "unit/field_errors.hpp"

namespace polku::guidance {
namespace {

using unit_test::all_errors;
using unit_test::FieldCodes;

struct SessionCase {
  const char* name;
  SessionInput session;
  bool professional;
  FieldCodes errors;
};

TEST(GuidanceRules, ValidatesASession) {
  const std::string note(1001, 'x');
  const std::vector<SessionCase> cases = {
      {"individual guidance", {"2026-03-02", 60, "individual", "Tavoitteet"}, false, {}},
      {"social guidance by a professional", {"2026-03-02", 90, "social", ""}, true, {}},
      {"social guidance by someone else",
       {"2026-03-02", 90, "social", ""},
       false,
       {{"kind", "social_guidance_needs_professional"}}},
      {"group guidance", {"2026-03-02", 120, "group", ""}, false, {}},
      {"the period's first day", {"2026-02-02", 30, "individual", ""}, false, {}},
      {"today", {"2026-03-10", 30, "individual", ""}, false, {}},
      {"before the period", {"2026-02-01", 30, "individual", ""}, false, {{"day", "outside_period"}}},
      {"a day to come", {"2026-03-11", 30, "individual", ""}, false, {{"day", "in_future"}}},
      {"no day", {"", 30, "individual", ""}, false, {{"day", "required"}}},
      {"no real day", {"2026-02-30", 30, "individual", ""}, false, {{"day", "invalid_date"}}},
      {"no minutes", {"2026-03-02", 0, "individual", ""}, false, {{"minutes", "required"}}},
      {"negative minutes", {"2026-03-02", -1, "individual", ""}, false, {{"minutes", "out_of_range"}}},
      {"eight hours", {"2026-03-02", 480, "individual", ""}, false, {}},
      {"more than eight hours", {"2026-03-02", 481, "individual", ""}, false, {{"minutes", "out_of_range"}}},
      {"no kind", {"2026-03-02", 30, "", ""}, false, {{"kind", "required"}}},
      {"an unknown kind", {"2026-03-02", 30, "coffee", ""}, false, {{"kind", "invalid_choice"}}},
      {"a long note", {"2026-03-02", 30, "individual", note}, false, {{"note", "too_long"}}},
      {"everything wrong",
       {"", 0, "", note},
       false,
       {{"day", "required"}, {"kind", "required"}, {"minutes", "required"}, {"note", "too_long"}}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(all_errors(validate_session("2026-02-02", "2026-08-01", c.session, c.professional, "2026-03-10")),
              c.errors)
        << c.name;
  }
}

struct Span {
  std::string from, to;
  int required;
};

struct WindowCase {
  const char* name;
  std::string start, end;
  int min_hours;
  std::vector<Span> windows;
};

TEST(GuidanceRules, CutsAPeriodIntoWindowsOfThreeMonthsFromItsStart) {
  const std::vector<WindowCase> cases = {
      {"a mid-month start",
       "2026-01-15",
       "2026-07-14",
       6,
       {{"2026-01-15", "2026-04-14", 360}, {"2026-04-15", "2026-07-14", 360}}},
      {"across a year end",
       "2026-11-20",
       "2027-05-19",
       6,
       {{"2026-11-20", "2027-02-19", 360}, {"2027-02-20", "2027-05-19", 360}}},
      // Each window from the start itself: 31 January gives 30 April and then 31 July, not 30 July.
      {"the end of a month",
       "2026-01-31",
       "2026-10-30",
       6,
       {{"2026-01-31", "2026-04-29", 360}, {"2026-04-30", "2026-07-30", 360}, {"2026-07-31", "2026-10-30", 360}}},
      // 30 of the 91 days from 1 April to 1 July: 360 × 30 / 91 = 118.7, rounded up.
      {"the last window cut short",
       "2026-01-01",
       "2026-04-30",
       6,
       {{"2026-01-01", "2026-03-31", 360}, {"2026-04-01", "2026-04-30", 119}}},
      // 31 of the 92 days from 1 March to 1 June: 121.3, rounded up.
      {"a period shorter than a window", "2026-03-01", "2026-03-31", 6, {{"2026-03-01", "2026-03-31", 122}}},
      {"one day", "2026-03-02", "2026-03-02", 6, {{"2026-03-02", "2026-03-02", 4}}},
      {"no promise of hours", "2026-01-15", "2026-04-14", 0, {{"2026-01-15", "2026-04-14", 0}}},
      {"an end before the start", "2026-03-02", "2026-03-01", 6, {}},
      {"no dates", "", "", 6, {}},
  };
  for (const auto& c : cases) {
    const auto got = windows(c.start, c.end, {}, {c.min_hours, false}, {}, "2026-01-01");
    ASSERT_EQ(got.size(), c.windows.size()) << c.name;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].index, static_cast<int>(i)) << c.name;
      EXPECT_EQ(got[i].from, c.windows[i].from) << c.name << " window " << i;
      EXPECT_EQ(got[i].to, c.windows[i].to) << c.name << " window " << i;
      EXPECT_EQ(got[i].required_minutes, c.windows[i].required) << c.name << " window " << i;
    }
  }
}

struct PausedCase {
  const char* name;
  std::string end;
  std::vector<DayRange> breaks;
  std::vector<Span> windows;
  std::vector<int> paused;
};

// A period from 15 January: each break makes its window longer by its days, and the windows after it start later.
TEST(GuidanceRules, GrowsTheWindowsOfAPausedPeriodByTheBreaks) {
  const std::vector<PausedCase> cases = {
      {"two weeks in the first window",
       "2026-12-31",
       {{"2026-02-01", "2026-02-14"}},
       {{"2026-01-15", "2026-04-28", 360},
        {"2026-04-29", "2026-07-28", 360},
        {"2026-07-29", "2026-10-28", 360},
        // 64 of the 92 days from 29 October to 29 January: 250.4, rounded up.
        {"2026-10-29", "2026-12-31", 251}},
       {14, 0, 0, 0}},
      // April straddles the first window's end: the end moves by 14 days into the break, then by the rest of it.
      {"a break across a window's end",
       "2026-12-31",
       {{"2026-04-01", "2026-04-30"}},
       {{"2026-01-15", "2026-05-14", 360},
        {"2026-05-15", "2026-08-13", 360},
        {"2026-08-14", "2026-11-13", 360},
        {"2026-11-14", "2026-12-31", 188}},
       {30, 0, 0, 0}},
      {"two breaks in one window, one in the next",
       "2026-08-31",
       {{"2026-02-02", "2026-02-08"}, {"2026-03-02", "2026-03-08"}, {"2026-06-01", "2026-06-10"}},
       {{"2026-01-15", "2026-04-28", 360}, {"2026-04-29", "2026-08-07", 360}, {"2026-08-08", "2026-08-31", 94}},
       {14, 10, 0}},
      // The period ends in the break: the promise is of the 76 days of work activity in the 90.
      {"a break at the end", "2026-04-14", {{"2026-04-01", "2026-04-14"}}, {{"2026-01-15", "2026-04-14", 304}}, {14}},
      {"a break before the period is not its",
       "2026-04-14",
       {{"2026-01-01", "2026-01-14"}},
       {{"2026-01-15", "2026-04-14", 360}},
       {0}},
  };
  for (const auto& c : cases) {
    const auto got = windows("2026-01-15", c.end, c.breaks, {6, false}, {}, "2026-01-15");
    ASSERT_EQ(got.size(), c.windows.size()) << c.name;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].from, c.windows[i].from) << c.name << " window " << i;
      EXPECT_EQ(got[i].to, c.windows[i].to) << c.name << " window " << i;
      EXPECT_EQ(got[i].required_minutes, c.windows[i].required) << c.name << " window " << i;
      EXPECT_EQ(got[i].paused_days, c.paused[i]) << c.name << " window " << i;
    }
  }
}

TEST(GuidanceRules, APausedWindowFallsBehindLater) {
  const std::vector<SessionInput> two_hours = {{"2026-02-10", 120, "individual", ""}};
  const std::vector<DayRange> april = {{"2026-04-01", "2026-04-30"}};
  // Without the break the first window ended on 14 April; with it, it ends on 14 May and warns from 24 April.
  EXPECT_EQ(windows("2026-01-15", "2026-12-31", {}, {6, false}, two_hours, "2026-04-20")[0].state, "missed");
  const auto paused = windows("2026-01-15", "2026-12-31", april, {6, false}, two_hours, "2026-04-20");
  EXPECT_EQ(paused[0].state, "open");
  EXPECT_EQ(paused[0].warn_from, "2026-04-24");
  EXPECT_EQ(windows("2026-01-15", "2026-12-31", april, {6, false}, two_hours, "2026-04-24")[0].state, "falling_behind");
}

struct StateCase {
  const char* name;
  Promise promise;
  std::vector<SessionInput> sessions;
  std::string today;
  std::string state;
  int individual, social, group, missing;
};

// The first window of a period from 2 February: 2 February to 1 May, falling behind from 11 April (its last
// 21 days).
TEST(GuidanceRules, JudgesAWindowOnTheDay) {
  const SessionInput two_hours{"2026-02-10", 120, "individual", ""};
  const SessionInput four_hours{"2026-03-10", 240, "individual", ""};
  const SessionInput social_hour{"2026-03-12", 60, "social", ""};
  const SessionInput group{"2026-03-13", 180, "group", ""};
  const SessionInput in_the_next{"2026-05-02", 360, "individual", ""};
  const std::vector<StateCase> cases = {
      {"before it starts", {6, false}, {}, "2026-02-01", "coming", 0, 0, 0, 360},
      {"nothing yet, early", {6, false}, {}, "2026-02-02", "open", 0, 0, 0, 360},
      {"some, the day before the warning", {6, false}, {two_hours}, "2026-04-10", "open", 120, 0, 0, 240},
      {"some, the warning's first day", {6, false}, {two_hours}, "2026-04-11", "falling_behind", 120, 0, 0, 240},
      {"some, its last day", {6, false}, {two_hours}, "2026-05-01", "falling_behind", 120, 0, 0, 240},
      {"some, after it ended", {6, false}, {two_hours}, "2026-05-02", "missed", 120, 0, 0, 240},
      {"six hours", {6, false}, {two_hours, four_hours}, "2026-04-20", "met", 360, 0, 0, 0},
      {"met early", {6, false}, {two_hours, four_hours}, "2026-03-11", "met", 360, 0, 0, 0},
      {"group guidance is not individual",
       {6, false},
       {two_hours, group},
       "2026-04-20",
       "falling_behind",
       120,
       0,
       180,
       240},
      {"social guidance counts as individual",
       {6, false},
       {two_hours, social_hour},
       "2026-04-20",
       "falling_behind",
       180,
       60,
       0,
       180},
      {"hours met, social guidance missing",
       {6, true},
       {two_hours, four_hours},
       "2026-04-20",
       "falling_behind",
       360,
       0,
       0,
       0},
      {"hours and social guidance met",
       {6, true},
       {two_hours, four_hours, social_hour},
       "2026-04-20",
       "met",
       420,
       60,
       0,
       0},
      {"the next window's session is not this one's",
       {6, false},
       {two_hours, in_the_next},
       "2026-04-20",
       "falling_behind",
       120,
       0,
       0,
       240},
      {"no promise is met at once", {0, false}, {}, "2026-02-02", "met", 0, 0, 0, 0},
  };
  for (const auto& c : cases) {
    const auto got = windows("2026-02-02", "2026-07-31", {}, c.promise, c.sessions, c.today);
    ASSERT_EQ(got.size(), 2U) << c.name;
    const auto& w = got[0];
    EXPECT_EQ(w.from, "2026-02-02") << c.name;
    EXPECT_EQ(w.to, "2026-05-01") << c.name;
    EXPECT_EQ(w.warn_from, "2026-04-11") << c.name;
    EXPECT_EQ(w.state, c.state) << c.name;
    EXPECT_EQ(w.individual_minutes, c.individual) << c.name;
    EXPECT_EQ(w.social_minutes, c.social) << c.name;
    EXPECT_EQ(w.group_minutes, c.group) << c.name;
    EXPECT_EQ(w.missing_minutes, c.missing) << c.name;
    EXPECT_EQ(w.social_required, c.promise.social_included) << c.name;
  }
}

TEST(GuidanceRules, WarnsFromTheStartOfAWindowShorterThanTheWarning) {
  const auto got = windows("2026-03-01", "2026-03-10", {}, {6, false}, {}, "2026-03-01");
  ASSERT_EQ(got.size(), 1U);
  EXPECT_EQ(got[0].warn_from, "2026-03-01");
  EXPECT_EQ(got[0].state, "falling_behind");
}

TEST(GuidanceRules, FindsTheWindowOfTheDay) {
  const auto all = windows("2026-02-02", "2026-07-31", {}, {6, false}, {}, "2026-05-02");
  ASSERT_NE(current(all, "2026-05-01"), nullptr);
  EXPECT_EQ(current(all, "2026-05-01")->index, 0);
  EXPECT_EQ(current(all, "2026-05-02")->index, 1);
  EXPECT_EQ(current(all, "2026-07-31")->index, 1);
  EXPECT_EQ(current(all, "2026-08-01"), nullptr);
  EXPECT_EQ(current(all, "2026-02-01"), nullptr);
}

TEST(GuidanceTasks, OnlyAWindowFallingBehindIsATask) {
  FollowedPeriod period{7, 3, 11, "Matti Meikäläinen", "2026-02-02", "2026-07-31", {}, Promise{6, false}};
  std::vector<FollowedWindow> followed;
  for (const char* state : {"coming", "open", "falling_behind", "met", "missed"}) {
    Window w;
    w.from = "2026-02-02";
    w.to = "2026-05-01";
    w.warn_from = "2026-04-11";
    w.missing_minutes = 240;
    w.state = state;
    followed.push_back({period, w});
  }
  const auto tasks = falling_behind_tasks(followed);
  ASSERT_EQ(tasks.size(), 1U);
  EXPECT_EQ(tasks[0].kind, "guidance_falling_behind");
  EXPECT_EQ(tasks[0].since, "2026-04-11");
  EXPECT_EQ(tasks[0].due, "2026-05-01");
  EXPECT_EQ(tasks[0].client_id, 11);
  EXPECT_EQ(tasks[0].case_id, 3);
  EXPECT_EQ(tasks[0].period_id, 7);
  EXPECT_EQ(tasks[0].missing_minutes, 240);
}

struct AccessCase {
  const char* name;
  cases::CaseAccess case_access;
  std::vector<auth::RoleGrant> roles;
  bool reads, records;
};

TEST(GuidanceAccess, TheCaseAndTheCoachNotThePlace) {
  // User 5; the host is organisation 30, the place names user 5 its supervisor in the last cases.
  const std::vector<AccessCase> cases = {
      {"the case's editor", cases::CaseAccess::kEdit, {}, true, true},
      {"the case's reader (a manager)", cases::CaseAccess::kRead, {}, true, false},
      {"the provider's manager", cases::CaseAccess::kProvider, {}, true, false},
      {"nobody of the case", cases::CaseAccess::kNone, {}, false, false},
      {"the place's supervisor", cases::CaseAccess::kNone, {{30, "placement_supervisor"}}, false, false},
      {"the host's manager", cases::CaseAccess::kNone, {{30, "manager"}}, false, false},
  };
  for (const auto& c : cases) {
    auth::AuthContext user;
    user.user_id = 5;
    user.roles = c.roles;
    periods::PeriodParties parties;
    parties.case_access = c.case_access;
    parties.host_id = 30;
    parties.supervisor_user_id = 5;
    EXPECT_EQ(may_read_guidance(user, parties), c.reads) << c.name;
    EXPECT_EQ(may_record_guidance(user, parties), c.records) << c.name;
  }
  auth::AuthContext coach;
  coach.user_id = 9;
  periods::PeriodParties coached;
  coached.coach_user_id = 9;
  EXPECT_TRUE(may_read_guidance(coach, coached));
  EXPECT_TRUE(may_record_guidance(coach, coached));
  periods::PeriodParties case_coached;
  case_coached.case_coaches = {9};
  EXPECT_TRUE(may_record_guidance(coach, case_coached));
}

}  // namespace
}  // namespace polku::guidance
