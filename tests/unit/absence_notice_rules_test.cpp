// Pure rules of the absence notices to Kela and the funds: the two-week windows of a period, Kela's categories
// of each absence (a certificate from the 4th day of own illness, a child's illness at most 4 days, runs counted
// across a window's start), the days the service was not arranged (public holidays, the place closed, not a day
// moved away), where a notice stands; and the PDF read back with pdftotext.
#include "compensation/absence_notice_rules.hpp"

#include <gtest/gtest.h>

#include "compensation/absence_notice_document.hpp"
#include "unit/tool_run.hpp"

namespace polku::compensation {
namespace {

std::string windows_text(const std::vector<std::pair<std::string, std::string>>& w) {
  std::string out;
  for (const auto& [from, to] : w) out += (out.empty() ? "" : " ") + from + ".." + to;
  return out;
}

TEST(AbsenceNoticeRules, TwoWeekWindowsFromTheMondayOfTheStartCutToThePeriod) {
  const std::vector<std::tuple<const char*, const char*, const char*, const char*>> cases = {
      {"a Monday start", "2026-03-02", "2026-03-29", "2026-03-02..2026-03-15 2026-03-16..2026-03-29"},
      {"a Wednesday start", "2026-03-04", "2026-03-20", "2026-03-04..2026-03-15 2026-03-16..2026-03-20"},
      {"across a year end", "2026-12-21", "2027-01-10", "2026-12-21..2027-01-03 2027-01-04..2027-01-10"},
      {"one day", "2026-03-04", "2026-03-04", "2026-03-04..2026-03-04"},
      {"no period", "2026-03-04", "2026-03-03", ""},
  };
  for (const auto& [name, start, end, expected] : cases) {
    EXPECT_EQ(windows_text(notice_windows(start, end)), expected) << name;
  }
}

std::string absences_text(const std::vector<NoticeAbsence>& a) {
  std::string out;
  for (const auto& x : a) {
    out += (out.empty() ? "" : " ") + x.day.substr(8) + ":" + x.category + (x.benefit_kept ? "+" : "-") +
           (x.certificate_needed ? "!" : "") + (x.over_limit ? ">" : "");
  }
  return out;
}

MarkedDay ill(const char* day, const char* reason = "illness") { return {day, "absent_with_notice", reason}; }
MarkedDay present(const char* day) { return {day, "present", ""}; }

struct AbsenceCase {
  const char* name;
  std::vector<MarkedDay> days;
  const char* from;
  const char* to;
  const char* expected;  // day:category, + benefit kept, ! certificate needed, > a child's illness over 4 days
};

TEST(AbsenceNoticeRules, KelasCategoriesOfEachAbsence) {
  const std::vector<AbsenceCase> cases = {
      {"each reason",
       {ill("2026-03-02"),
        ill("2026-03-03", "employment"),
        ill("2026-03-04", "public_office"),
        ill("2026-03-05", "other"),
        {"2026-03-09", "absent_without_notice", ""},
        present("2026-03-10")},
       "2026-03-02",
       "2026-03-15",
       "02:own_illness+ 03:employment+ 04:public_office+ 05:other- 09:other-"},
      {"own illness needs a certificate from its 4th day",
       {ill("2026-03-02"), ill("2026-03-03"), ill("2026-03-04"), ill("2026-03-09"), ill("2026-03-10")},
       "2026-03-02",
       "2026-03-15",
       "02:own_illness+ 03:own_illness+ 04:own_illness+ 09:own_illness+! 10:own_illness+!"},
      {"a day worked ends the run",
       {ill("2026-03-02"), ill("2026-03-03"), present("2026-03-04"), ill("2026-03-09"), ill("2026-03-10")},
       "2026-03-02",
       "2026-03-15",
       "02:own_illness+ 03:own_illness+ 09:own_illness+ 10:own_illness+"},
      {"a run goes on across the window's start",
       {ill("2026-03-11"), ill("2026-03-12"), ill("2026-03-16"), ill("2026-03-17")},
       "2026-03-16",
       "2026-03-29",
       "16:own_illness+ 17:own_illness+!"},
      {"a child's illness at most 4 days",
       {ill("2026-03-02", "child_illness"), ill("2026-03-03", "child_illness"), ill("2026-03-04", "child_illness"),
        ill("2026-03-09", "child_illness"), ill("2026-03-10", "child_illness")},
       "2026-03-02",
       "2026-03-15",
       "02:child_illness+ 03:child_illness+ 04:child_illness+ 09:child_illness+ 10:other->"},
      {"only the window's days",
       {ill("2026-03-02"), ill("2026-03-16"), ill("2026-03-30")},
       "2026-03-16",
       "2026-03-29",
       "16:own_illness+"},
      {"a day closed is no absence",
       {{"2026-03-02", "place_closed", ""}, present("2026-03-03")},
       "2026-03-02",
       "2026-03-15",
       ""},
  };
  for (const auto& c : cases) EXPECT_EQ(absences_text(notice_absences(c.days, c.from, c.to)), c.expected) << c.name;
}

periods::PeriodInput mon_to_wed(const char* start, const char* end) {
  periods::PeriodInput p;
  p.start_date = start;
  p.end_date = end;
  p.steps = {{start, {{1, 4}, {2, 4}, {3, 4}}}};
  return p;
}

std::string not_arranged_text(const std::vector<NotArrangedDay>& days) {
  std::string out;
  for (const auto& d : days) out += (out.empty() ? "" : " ") + d.day.substr(5) + ":" + d.why;
  return out;
}

TEST(AbsenceNoticeRules, TheDaysTheServiceWasNotArranged) {
  // Easter Monday 6.4.2026 on a Monday, Christmas Eve 24.12.2026 on a Thursday (not scheduled).
  const auto p = mon_to_wed("2026-03-30", "2026-12-31");
  EXPECT_EQ(not_arranged_text(not_arranged_days(p, {}, {}, {}, {}, "2026-03-30", "2026-04-12")),
            "04-06:public_holiday");
  EXPECT_EQ(not_arranged_text(not_arranged_days(p, {}, {}, {}, {}, "2026-12-21", "2026-12-31")), "");
  // The place's closed days on a scheduled day, and a day marked closed; a closed Thursday is not scheduled.
  EXPECT_EQ(not_arranged_text(not_arranged_days(p, {}, {}, {"2026-04-07", "2026-04-09"},
                                                {{"2026-04-08", "place_closed", ""}}, "2026-03-30", "2026-04-12")),
            "04-06:public_holiday 04-07:place_closed 04-08:place_closed");
  // A holiday moved away by agreement is neither.
  periods::DayMove move;
  move.from_day = "2026-04-06";
  move.to_day = "2026-04-09";
  EXPECT_EQ(not_arranged_text(not_arranged_days(p, {move}, {}, {}, {}, "2026-03-30", "2026-04-12")), "");
  // An agreed break's scheduled days (Monday to Wednesday of 13–19 April; its Thursday is not scheduled), with a
  // holiday in a break still a holiday.
  EXPECT_EQ(
      not_arranged_text(not_arranged_days(p, {}, {{"2026-04-06", "2026-04-16"}}, {}, {}, "2026-04-06", "2026-04-19")),
      "04-06:public_holiday 04-07:break 04-08:break 04-13:break 04-14:break 04-15:break");
  // Days outside the period are not counted.
  EXPECT_EQ(not_arranged_text(
                not_arranged_days(mon_to_wed("2026-04-07", "2026-12-31"), {}, {}, {}, {}, "2026-03-30", "2026-04-12")),
            "");
}

TEST(AbsenceNoticeRules, WhereANoticeStands) {
  const std::vector<std::tuple<const char*, const char*, bool, bool, bool, const char*>> cases = {
      {"the window runs", "2026-03-10", true, false, false, "running"},
      {"on its last day", "2026-03-15", true, false, false, "running"},
      {"ended, nothing to tell", "2026-03-16", false, false, false, "nothing_to_report"},
      {"ended", "2026-03-16", true, false, false, "to_send"},
      {"on its due day", "2026-03-22", true, false, false, "to_send"},
      {"past its due day", "2026-03-23", true, false, false, "late"},
      {"sent", "2026-03-23", true, true, true, "sent"},
      {"changed after it was sent", "2026-03-23", true, true, false, "changed_after_sending"},
  };
  for (const auto& [name, today, content, sent, same, expected] : cases) {
    EXPECT_EQ(notice_state("2026-03-15", today, content, sent, same), expected) << name;
  }
  EXPECT_EQ(notice_due("2026-03-15"), "2026-03-22");
}

TEST(AbsenceNoticeDocument, TheNoticeOpensWithTheClientTheDaysAndTheirReasons) {
  ASSERT_TRUE(unit_test::tool_present("pdftotext -v", "poppler-utils"));
  AbsenceNotice n;
  n.client_name = "Äijälä Öörni";
  n.personal_identity_code = "010170-123F";
  n.place_name = "Kierrätyskeskus Åbo";
  n.period_start = "2026-02-02";
  n.period_end = "2026-07-31";
  n.window_from = "2026-03-02";
  n.window_to = "2026-03-15";
  n.recipient = "kela";
  n.content.absences = {{"2026-03-03", "own_illness", true, false, false},
                        {"2026-03-09", "other", false, false, false}};
  n.content.not_arranged = {{"2026-03-04", "place_closed"}};
  for (const auto& [lang, title, reason] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"fi", "Ilmoitus poissaolosta (TT3)", "Oma sairaus"},
           {"sv", "Anmälan om frånvaro (TT3r)", "Egen sjukdom"}}) {
    const unit_test::TempFile pdf(absence_notice_pdf(n, {"Testimaan hyvinvointialue", "Sanna Sosiaaliohjaaja"}, lang), ".pdf");
    const auto text = unit_test::run_tool("pdftotext -layout " + pdf.quoted() + " -");
    ASSERT_EQ(text.exit_code, 0) << text.output;
    for (const std::string& expected :
         {title, reason, std::string("Äijälä Öörni"), std::string("010170-123F"), std::string("Kierrätyskeskus Åbo"),
          std::string("2.3.2026 – 15.3.2026"), std::string("3.3.2026"), std::string("9.3.2026"),
          std::string("4.3.2026"), std::string("Testimaan hyvinvointialue"), std::string("Sanna Sosiaaliohjaaja"),
          std::string("2.2.2026 – 31.7.2026"), std::string("00056")}) {
      EXPECT_NE(text.output.find(expected), std::string::npos) << lang << ": " << expected << "\n" << text.output;
    }
    const auto info = unit_test::run_tool("pdfinfo " + pdf.quoted());
    EXPECT_NE(unit_test::report_value(info.output, "Page size").find("595.276 x 841.89"), std::string::npos)
        << info.output;
  }
  n.recipient = "unemployment_fund";
  n.fund_name = "Erityisalojen työttömyyskassa";
  const unit_test::TempFile fund(absence_notice_pdf(n, {"Testimaan hyvinvointialue", "Sanna Sosiaaliohjaaja"}, "fi"), ".pdf");
  const auto text = unit_test::run_tool("pdftotext -layout " + fund.quoted() + " -");
  EXPECT_NE(text.output.find("Ilmoitus poissaolosta työttömyyskassalle"), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("Erityisalojen työttömyyskassa"), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("Jäsenen nimi"), std::string::npos) << "a fund's notice is of its member";
  EXPECT_EQ(text.output.find("00056"), std::string::npos) << "not Kela's address";
}

}  // namespace
}  // namespace polku::compensation
