// Pure rules of the daily work: the days a period expects (holidays, closed days and moves applied), a
// mark of a day, a day moved within its week, a new schedule step, repeated absences; and who plans,
// marks and reads (period_access). Tables of cases; every case names all the errors it expects.
#include "periods/attendance_rules.hpp"

#include <gtest/gtest.h>

#include "periods/module.hpp"
#include "periods/period_access.hpp"
#include "unit/field_errors.hpp"

namespace polku::periods {
namespace {

using unit_test::all_errors;
using unit_test::FieldCodes;

// Spring 2026, Monday to Wednesday 4 h, from 4 May Tuesday to Thursday 5 h. Easter Monday is 6 April,
// Ascension Day Thursday 14 May.
PeriodInput spring() {
  return {"2026-03-30",
          "2026-06-30",
          5,
          std::nullopt,
          {{"2026-03-30", {{1, 4}, {2, 4}, {3, 4}}}, {"2026-05-04", {{2, 5}, {3, 5}, {4, 5}}}}};
}

std::vector<std::string> dates_of(const std::vector<ExpectedDay>& days) {
  std::vector<std::string> out;
  for (const auto& d : days) out.push_back(d.date);
  return out;
}

struct ExpectedCase {
  const char* name;
  std::vector<DayMove> moves;
  std::set<std::string> closed;
  std::string from, to;
  std::vector<std::string> dates;
};

class ExpectedDays : public ::testing::TestWithParam<ExpectedCase> {};

TEST_P(ExpectedDays, AreTheScheduledDaysWithMovesApplied) {
  const auto& c = GetParam();
  EXPECT_EQ(dates_of(expected_days(spring(), c.moves, {}, c.closed, c.from, c.to)), c.dates);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ExpectedDays,
    ::testing::Values(
        ExpectedCase{"first_week", {}, {}, "2026-03-30", "2026-04-05", {"2026-03-30", "2026-03-31", "2026-04-01"}},
        ExpectedCase{"easter_monday_left_out", {}, {}, "2026-04-06", "2026-04-12", {"2026-04-07", "2026-04-08"}},
        ExpectedCase{
            "closed_day_left_out", {}, {"2026-04-14"}, "2026-04-13", "2026-04-19", {"2026-04-13", "2026-04-15"}},
        ExpectedCase{"step_in_force", {}, {}, "2026-05-04", "2026-05-10", {"2026-05-05", "2026-05-06", "2026-05-07"}},
        ExpectedCase{"ascension_day_left_out", {}, {}, "2026-05-11", "2026-05-17", {"2026-05-12", "2026-05-13"}},
        ExpectedCase{"moved_tuesday_to_friday",
                     {{"2026-04-21", "2026-04-24", "x"}},
                     {},
                     "2026-04-20",
                     "2026-04-26",
                     {"2026-04-20", "2026-04-22", "2026-04-24"}},
        ExpectedCase{"before_the_period", {}, {}, "2026-03-23", "2026-03-29", {}},
        ExpectedCase{"after_the_period", {}, {}, "2026-07-01", "2026-07-07", {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ExpectedDays, AMovedDayKeepsTheHoursOfTheDayItReplaces) {
  const auto days = expected_days(spring(), {{"2026-05-05", "2026-05-08", "x"}}, {}, {}, "2026-05-04", "2026-05-10");
  ASSERT_EQ(dates_of(days), (std::vector<std::string>{"2026-05-06", "2026-05-07", "2026-05-08"}));
  EXPECT_EQ(days[2].minutes, 300);
  EXPECT_EQ(days[2].moved_from, "2026-05-05");
  EXPECT_EQ(scheduled_minutes(spring(), "2026-03-30"), 240);
  EXPECT_EQ(scheduled_minutes(spring(), "2026-05-04"), 0);  // Monday is no longer worked from 4 May
}

struct MarkCase {
  const char* name;
  Mark mark;
  std::string day;
  bool expected;
  bool exists;
  FieldCodes errors;
};

class Marks : public ::testing::TestWithParam<MarkCase> {};

TEST_P(Marks, AreValidatedAsAWhole) {
  const auto& c = GetParam();
  EXPECT_EQ(all_errors(validate_mark(normalised(c.mark), c.day, c.expected, c.exists, "2026-04-15")), c.errors);
}

Mark mark(std::string status, std::string reason = "", int minutes = 0) {
  Mark m;
  m.status = std::move(status);
  m.absence_reason = std::move(reason);
  m.minutes = minutes;
  return m;
}

Mark with(Mark m, std::optional<long long> version, std::string why = "") {
  m.version = version;
  m.why = std::move(why);
  return m;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Marks,
    ::testing::Values(
        MarkCase{"present_today", mark("present", "", 240), "2026-04-15", true, false, {}},
        MarkCase{"present_without_hours", mark("present"), "2026-04-15", true, false, {{"minutes", "out_of_range"}}},
        MarkCase{"present_a_day_long",
                 mark("present", "", 24 * 60 + 1),
                 "2026-04-15",
                 true,
                 false,
                 {{"minutes", "out_of_range"}}},
        MarkCase{"reason_of_a_present_day_dropped", mark("present", "illness", 60), "2026-04-15", true, false, {}},
        MarkCase{"absent_with_notice_needs_a_reason",
                 mark("absent_with_notice"),
                 "2026-04-15",
                 true,
                 false,
                 {{"absenceReason", "required"}}},
        MarkCase{"unknown_reason",
                 mark("absent_with_notice", "holiday"),
                 "2026-04-15",
                 true,
                 false,
                 {{"absenceReason", "invalid_choice"}}},
        MarkCase{"each_reason", mark("absent_with_notice", "child_illness"), "2026-04-15", true, false, {}},
        MarkCase{"without_notice", mark("absent_without_notice"), "2026-04-14", true, false, {}},
        MarkCase{"place_closed", mark("place_closed"), "2026-04-14", true, false, {}},
        MarkCase{"no_status", mark(""), "2026-04-15", true, false, {{"status", "required"}}},
        MarkCase{"unknown_status", mark("late"), "2026-04-15", true, false, {{"status", "invalid_choice"}}},
        MarkCase{"tomorrow", mark("present", "", 60), "2026-04-16", true, false, {{"day", "in_future"}}},
        MarkCase{"not_expected", mark("present", "", 60), "2026-04-12", false, false, {{"day", "not_scheduled"}}},
        MarkCase{"bad_day", mark("present", "", 60), "2026-02-30", true, false, {{"day", "invalid_date"}}},
        MarkCase{
            "change_without_version_is_the_services_conflict", mark("present", "", 60), "2026-04-15", true, true, {}},
        MarkCase{"change_the_same_day", with(mark("present", "", 60), 1), "2026-04-15", true, true, {}},
        MarkCase{"correction_after_the_day_needs_why",
                 with(mark("present", "", 60), 1),
                 "2026-04-14",
                 true,
                 true,
                 {{"why", "required"}}},
        MarkCase{"correction_with_why", with(mark("present", "", 60), 1, "todistus"), "2026-04-14", true, true, {}},
        MarkCase{"first_mark_after_the_day", mark("present", "", 60), "2026-04-01", true, false, {}}),
    [](const auto& info) { return std::string(info.param.name); });

struct MoveCase {
  const char* name;
  DayMove move;
  bool marked;
  FieldCodes errors;
};

class Moves : public ::testing::TestWithParam<MoveCase> {};

TEST_P(Moves, StayWithinTheWeekAndTheSchedule) {
  const auto& c = GetParam();
  const std::vector<DayMove> before = {{"2026-04-13", "2026-04-16", "earlier"}};
  EXPECT_EQ(all_errors(validate_move(spring(), before, {}, {"2026-04-24"}, c.move, c.marked)), c.errors);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Moves,
    ::testing::Values(
        MoveCase{"tuesday_to_thursday", {"2026-04-21", "2026-04-23", "lääkäri"}, false, {}},
        MoveCase{"to_the_next_week", {"2026-04-21", "2026-04-28", "x"}, false, {{"toDay", "not_same_week"}}},
        MoveCase{"to_a_scheduled_day", {"2026-04-21", "2026-04-22", "x"}, false, {{"toDay", "not_available"}}},
        MoveCase{"to_a_closed_day", {"2026-04-21", "2026-04-24", "x"}, false, {{"toDay", "not_available"}}},
        MoveCase{"to_easter_monday", {"2026-04-07", "2026-04-06", "x"}, false, {{"toDay", "not_available"}}},
        MoveCase{"from_an_unscheduled_day",
                 {"2026-04-23", "2026-04-24", "x"},
                 false,
                 {{"fromDay", "not_scheduled"}, {"toDay", "not_available"}}},
        MoveCase{"a_moved_day_again", {"2026-04-16", "2026-04-17", "x"}, false, {{"fromDay", "not_scheduled"}}},
        MoveCase{"already_marked", {"2026-04-21", "2026-04-23", "x"}, true, {{"fromDay", "already_marked"}}},
        MoveCase{"before_the_period",
                 {"2026-03-30", "2026-03-29", "x"},
                 false,
                 {{"toDay", "not_available"}, {"toDay", "not_same_week"}}},
        MoveCase{"without_reason", {"2026-04-21", "2026-04-23", ""}, false, {{"reason", "required"}}}),
    [](const auto& info) { return std::string(info.param.name); });

// A break of 20–26 April (Monday to Sunday) in spring's schedule.
const std::vector<DayRange> kBreak = {{"2026-04-20", "2026-04-26"}};

TEST(Breaks, NoDayOfABreakIsExpectedAndNoDayMovesIntoOne) {
  EXPECT_EQ(
      dates_of(expected_days(spring(), {}, kBreak, {}, "2026-04-13", "2026-05-03")),
      (std::vector<std::string>{"2026-04-13", "2026-04-14", "2026-04-15", "2026-04-27", "2026-04-28", "2026-04-29"}));
  // A day moved into the break's week before the break was agreed is not expected either.
  EXPECT_EQ(
      dates_of(expected_days(spring(), {{"2026-04-20", "2026-04-24", "x"}}, kBreak, {}, "2026-04-20", "2026-04-26")),
      std::vector<std::string>{});
  EXPECT_EQ(all_errors(validate_move(spring(), {}, {{"2026-04-16", "2026-04-16"}}, {},
                                     {"2026-04-15", "2026-04-16", "x"}, false)),
            (FieldCodes{{"toDay", "not_available"}}));
  EXPECT_EQ(all_errors(validate_move(spring(), {}, kBreak, {}, {"2026-04-21", "2026-04-23", "x"}, false)),
            (FieldCodes{{"fromDay", "not_scheduled"}, {"toDay", "not_available"}}));
}

struct BreakCase {
  const char* name;
  DayRange days;
  std::string reason;
  std::vector<std::string> marked;
  FieldCodes errors;
};

class NewBreaks : public ::testing::TestWithParam<BreakCase> {};

TEST_P(NewBreaks, AreInsideThePeriodApartAndUnmarked) {
  const auto& c = GetParam();
  EXPECT_EQ(all_errors(validate_break(spring(), kBreak, c.days, c.reason, c.marked)), c.errors);
}

INSTANTIATE_TEST_SUITE_P(
    Table, NewBreaks,
    ::testing::Values(
        BreakCase{"two_weeks_in_may", {"2026-05-04", "2026-05-17"}, "Kuntoutusjakso", {}, {}},
        BreakCase{"one_day", {"2026-05-04", "2026-05-04"}, "Leikkaus", {}, {}},
        BreakCase{"up_to_the_last_day", {"2026-06-01", "2026-06-30"}, "x", {}, {}},
        BreakCase{"reaching_past_the_end", {"2026-06-29", "2026-07-05"}, "x", {}, {{"to", "outside_period"}}},
        BreakCase{"before_the_start", {"2026-03-23", "2026-03-31"}, "x", {}, {{"from", "outside_period"}}},
        BreakCase{"last_before_first", {"2026-05-10", "2026-05-04"}, "x", {}, {{"to", "end_before_start"}}},
        BreakCase{"over_the_other_break", {"2026-04-26", "2026-05-03"}, "x", {}, {{"from", "overlaps_break"}}},
        BreakCase{"right_after_the_other", {"2026-04-27", "2026-05-03"}, "x", {}, {}},
        BreakCase{"a_marked_day_inside",
                  {"2026-04-13", "2026-04-19"},
                  "x",
                  {"2026-04-08", "2026-04-14"},
                  {{"from", "break_has_marked_days"}}},
        BreakCase{"marked_days_around", {"2026-04-13", "2026-04-19"}, "x", {"2026-04-08", "2026-04-27"}, {}},
        BreakCase{"no_reason", {"2026-05-04", "2026-05-10"}, "", {}, {{"reason", "required"}}},
        BreakCase{"reason_too_long", {"2026-05-04", "2026-05-10"}, std::string(501, 'x'), {}, {{"reason", "too_long"}}},
        BreakCase{"no_dates", {"", "2026-05-10"}, "x", {}, {{"from", "required"}}},
        BreakCase{"bad_date", {"2026-05-04", "2026-05-32"}, "x", {}, {{"to", "invalid_date"}}}),
    [](const auto& info) { return std::string(info.param.name); });

struct BreakEndCase {
  const char* name;
  std::string last_day;
  FieldCodes errors;
};

class BreakEnds : public ::testing::TestWithParam<BreakEndCase> {};

// The break of 20–26 April ended on 22 April, "today".
TEST_P(BreakEnds, KeepTheDaysGoneBy) {
  const auto& c = GetParam();
  EXPECT_EQ(all_errors(validate_break_end(kBreak.front(), c.last_day, "2026-04-22")), c.errors);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BreakEnds,
    ::testing::Values(BreakEndCase{"today", "2026-04-22", {}}, BreakEndCase{"yesterday", "2026-04-21", {}},
                      BreakEndCase{"the_day_before_yesterday", "2026-04-20", {{"lastDay", "break_days_gone"}}},
                      BreakEndCase{"its_last_day", "2026-04-26", {{"lastDay", "out_of_range"}}},
                      BreakEndCase{"later", "2026-04-30", {{"lastDay", "out_of_range"}}},
                      BreakEndCase{"no_day", "", {{"lastDay", "required"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(BreakEnds, ABreakNotBegunIsCancelledByTheDayBeforeItsFirst) {
  EXPECT_TRUE(validate_break_end(kBreak.front(), "2026-04-19", "2026-04-15").empty());
  EXPECT_EQ(all_errors(validate_break_end(kBreak.front(), "2026-04-18", "2026-04-15")),
            (FieldCodes{{"lastDay", "out_of_range"}}));
}

struct StepCase {
  const char* name;
  std::string from;
  std::string last_marked;
  FieldCodes errors;
};

class StepStarts : public ::testing::TestWithParam<StepCase> {};

TEST_P(StepStarts, NeverRewriteThePast) {
  const auto& c = GetParam();
  EXPECT_EQ(all_errors(validate_step_start(spring(), c.from, "2026-04-15", c.last_marked)), c.errors);
}

INSTANTIATE_TEST_SUITE_P(
    Table, StepStarts,
    ::testing::Values(StepCase{"next_monday", "2026-04-20", "2026-04-14", {}},
                      StepCase{"today_unmarked", "2026-04-15", "2026-04-14", {}},
                      StepCase{"today_marked", "2026-04-15", "2026-04-15", {{"from", "already_marked"}}},
                      StepCase{"yesterday", "2026-04-14", "", {{"from", "in_past"}}},
                      StepCase{"after_the_end", "2026-07-06", "", {{"from", "outside_period"}}},
                      StepCase{"no_date", "", "", {{"from", "required"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(WithStep, TheStepsFromItsDateOnGiveWay) {
  const auto p = with_step(spring(), {"2026-04-20", {{1, 6}}});
  ASSERT_EQ(p.steps.size(), 2U);
  EXPECT_EQ(p.steps[0].from, "2026-03-30");
  EXPECT_EQ(p.steps[1].from, "2026-04-20");
  EXPECT_EQ(with_step(spring(), {"2026-06-01", {{1, 6}}}).steps.size(), 3U);
}

TEST(RepeatedAbsences, CountOnlyWithinTheWindowAndFromTheThreshold) {
  const std::vector<std::string> days = {"2026-03-01", "2026-03-20", "2026-04-01", "2026-04-14"};
  EXPECT_EQ(repeated_absences(days, "2026-04-15", 3, 30), 3);
  EXPECT_EQ(repeated_absences(days, "2026-04-15", 4, 30), 0);
  EXPECT_EQ(repeated_absences(days, "2026-04-15", 2, 10), 0);
  EXPECT_EQ(repeated_absences(days, "2026-04-15", 2, 15), 2);
  EXPECT_EQ(repeated_absences({}, "2026-04-15", 1, 30), 0);
}

struct HandlingCase {
  const char* name;
  AlertHandling how;
  bool sanctionable;
  FieldCodes errors;
};

class Handling : public ::testing::TestWithParam<HandlingCase> {};

TEST_P(Handling, RecordsTheEmploymentAuthorityOnlyForKttAndOnlyWithoutAnAcceptableReason) {
  EXPECT_EQ(all_errors(validate_handling(GetParam().how, GetParam().sanctionable, "2026-04-15")), GetParam().errors);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Handling,
    ::testing::Values(
        HandlingCase{"a_note", {"Soitin", false, "", 1}, false, {}},
        HandlingCase{"no_version", {"Soitin", false, "", std::nullopt}, false, {{"version", "required"}}},
        HandlingCase{"too_long", {std::string(2001, 'x'), false, "", 1}, false, {{"note", "too_long"}}},
        HandlingCase{"ktt_told", {"", true, "2026-04-15", 1}, true, {}},
        HandlingCase{"ktt_no_reason_not_yet_told", {"", true, "", 1}, true, {}},
        HandlingCase{"ktt_told_without_the_finding",
                     {"", false, "2026-04-14", 1},
                     true,
                     {{"employmentAuthorityToldOn", "needs_no_acceptable_reason"}}},
        HandlingCase{
            "ktt_told_tomorrow", {"", true, "2026-04-16", 1}, true, {{"employmentAuthorityToldOn", "in_future"}}},
        HandlingCase{"ktt_bad_date", {"", true, "15.4.2026", 1}, true, {{"employmentAuthorityToldOn", "invalid_date"}}},
        HandlingCase{
            "day_activity_no_sanctions",
            {"", true, "2026-04-14", 1},
            false,
            {{"employmentAuthorityToldOn", "not_for_service_type"}, {"noAcceptableReason", "not_for_service_type"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Groups, HaveANameAndWeeklySessionsEachOnce) {
  EXPECT_TRUE(validate_group({"Aamuryhmä", std::nullopt, {{1, "09:00", 4}, {3, "12:30", 3}}}).empty());
  EXPECT_EQ(all_errors(validate_group({"", 0, {}})),
            (FieldCodes{{"instructorUserId", "invalid_choice"}, {"name", "required"}, {"sessions", "required"}}));
  EXPECT_EQ(all_errors(validate_group({"x", std::nullopt, {{1, "9.00", 0}, {1, "24:00", 13}, {0, "09:60", 4}}})),
            (FieldCodes{{"sessions[0].hours", "out_of_range"},
                        {"sessions[0].startTime", "invalid_format"},
                        {"sessions[1].hours", "out_of_range"},
                        {"sessions[1].startTime", "invalid_format"},
                        {"sessions[1].weekday", "duplicate"},
                        {"sessions[2].startTime", "invalid_format"},
                        {"sessions[2].weekday", "out_of_range"}}));
}

TEST(Groups, TakeRunningPeriodsOfTheirPlaceOnce) {
  Group g;
  g.place_id = 5;
  Period p;
  p.id = 9;
  p.data = spring();  // at place 5, to 2026-06-30
  EXPECT_TRUE(validate_member(g, p, "2026-04-15").empty());
  EXPECT_EQ(all_errors(validate_member(g, p, "2026-07-01")), (FieldCodes{{"periodId", "period_ended"}}));
  g.members = {{9, 1, "Aapo"}};
  EXPECT_EQ(all_errors(validate_member(g, p, "2026-04-15")), (FieldCodes{{"periodId", "duplicate"}}));
  g.members.clear();
  g.place_id = 6;
  EXPECT_EQ(all_errors(validate_member(g, p, "2026-04-15")), (FieldCodes{{"periodId", "not_at_place"}}));
}

TEST(AlertTasks, AreTheUnhandledAlertsOfTheirRecipient) {
  AbsenceAlert open;
  open.client_id = 7;
  open.case_id = 3;
  open.day = "2026-04-14";
  open.recipient_user_id = 10;
  open.place_name = "Lajittelu";
  AbsenceAlert handled = open;
  handled.handled_at = "2026-04-14T10:00:00Z";
  AbsenceAlert someone_elses = open;
  someone_elses.recipient_user_id = 11;
  const auto tasks = alert_tasks({open, handled, someone_elses}, 10);
  ASSERT_EQ(tasks.size(), 1U);
  EXPECT_EQ(tasks[0].kind, "absence_alert_to_handle");
  EXPECT_EQ(tasks[0].since, "2026-04-14");
  EXPECT_EQ(tasks[0].case_id, 3);
  EXPECT_EQ(tasks[0].place_name, "Lajittelu");
}

// Who: organisation 1 purchases, 2 provides (its coach user 20), 3 hosts the place.
auth::AuthContext user(long long id, std::vector<auth::RoleGrant> roles) {
  auth::AuthContext u;
  u.user_id = id;
  u.roles = std::move(roles);
  return u;
}

struct AccessCase {
  const char* name;
  auth::AuthContext who;
  cases::CaseAccess case_access;
  std::optional<long long> supervisor;  // the place's named one
  bool plans, marks;
  AttendanceAccess reads;
};

class Access : public ::testing::TestWithParam<AccessCase> {};

TEST_P(Access, FollowsTheRoleAndThePlace) {
  const auto& c = GetParam();
  PeriodParties p{c.case_access, 20, {21}, 3, c.supervisor};
  EXPECT_EQ(may_plan_periods(c.who, p), c.plans);
  EXPECT_EQ(may_mark(c.who, p), c.marks);
  EXPECT_EQ(attendance_access(c.who, p), c.reads);
  EXPECT_EQ(may_issue_certificate(c.who, p), c.plans) << "those who plan a period issue its certificates";
}

using cases::CaseAccess;
INSTANTIATE_TEST_SUITE_P(
    Table, Access,
    ::testing::Values(
        AccessCase{"instructor",
                   user(10, {{1, "social_instructor"}}),
                   CaseAccess::kEdit,
                   {},
                   true,
                   true,
                   AttendanceAccess::kCase},
        AccessCase{"purchasers_manager",
                   user(11, {{1, "manager"}}),
                   CaseAccess::kRead,
                   {},
                   false,
                   false,
                   AttendanceAccess::kCase},
        AccessCase{
            "periods_coach", user(20, {{2, "coach"}}), CaseAccess::kProvider, {}, true, true, AttendanceAccess::kCase},
        AccessCase{"cases_other_coach",
                   user(21, {{2, "coach"}}),
                   CaseAccess::kProvider,
                   {},
                   true,
                   true,
                   AttendanceAccess::kCase},
        AccessCase{"providers_manager",
                   user(22, {{2, "manager"}}),
                   CaseAccess::kProvider,
                   {},
                   false,
                   false,
                   AttendanceAccess::kCase},
        AccessCase{"hosts_supervisor_no_named_one",
                   user(30, {{3, "placement_supervisor"}}),
                   CaseAccess::kNone,
                   {},
                   false,
                   true,
                   AttendanceAccess::kPlace},
        AccessCase{"the_named_supervisor", user(30, {{3, "placement_supervisor"}}), CaseAccess::kNone, 30, false, true,
                   AttendanceAccess::kPlace},
        AccessCase{"another_supervisor_of_the_host", user(31, {{3, "placement_supervisor"}}), CaseAccess::kNone, 30,
                   false, false, AttendanceAccess::kNone},
        AccessCase{"hosts_manager", user(32, {{3, "manager"}}), CaseAccess::kNone, 30, false, true,
                   AttendanceAccess::kPlace},
        AccessCase{"another_hosts_supervisor",
                   user(40, {{4, "placement_supervisor"}}),
                   CaseAccess::kNone,
                   {},
                   false,
                   false,
                   AttendanceAccess::kNone},
        AccessCase{"named_but_no_longer_of_the_host", user(30, {{4, "placement_supervisor"}}), CaseAccess::kNone, 30,
                   false, false, AttendanceAccess::kNone}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace polku::periods
