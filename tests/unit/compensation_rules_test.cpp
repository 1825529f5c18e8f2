// Pure rules of compensation: what a day pays (the benefit payer resolved, no activity money on a day the
// expense allowance is paid, a rate in force by its dates), a month's batch (month boundaries, a mid-month start,
// the weekly limit counting the days before the month, a change of law mid-month, fares, claims, adjustments
// after approval), and the checks of what users record. Tables of cases.
#include "compensation/compensation_rules.hpp"

#include <gtest/gtest.h>

#include "compensation/compensation_access.hpp"
#include "unit/field_errors.hpp"

namespace polku::compensation {
namespace {

using unit_test::all_errors;
using unit_test::FieldCodes;

Rate rate(const char* type, const char* kind, const char* benefit, const char* payer, long long cents, const char* from,
          std::optional<std::string> to = std::nullopt, std::optional<int> max = std::nullopt) {
  Rate r;
  r.service_type = type;
  r.kind = kind;
  r.benefit = benefit;
  r.payer = payer;
  r.amount_cents = cents;
  r.valid_from = from;
  r.valid_to = std::move(to);
  r.max_days_per_week = max;
  return r;
}

// The rows the migration seeds.
std::vector<Rate> law() {
  return {rate("ktt", "expense_allowance", "kela", "benefit_payer", 900, "2025-01-01", {}, 5),
          rate("ktt", "expense_allowance", "unemployment_fund", "benefit_payer", 900, "2025-01-01", {}, 5),
          rate("ktt", "activity_money", "social_assistance", "purchaser", 900, "2025-01-01")};
}

Benefit benefit(long long client, const char* payer, const char* from, std::optional<std::string> to = std::nullopt,
                const char* fund = "") {
  Benefit b;
  b.client_id = client;
  b.payer = payer;
  b.fund_name = fund;
  b.valid_from = from;
  b.valid_to = std::move(to);
  return b;
}

std::string pays_text(const std::vector<Pay>& pays) {
  std::string out;
  for (const auto& p : pays) {
    out += (out.empty() ? "" : " ") + p.kind + "/" + p.payer + (p.fund_name.empty() ? "" : "(" + p.fund_name + ")") +
           "/" + std::to_string(p.cents);
  }
  return out;
}

struct DayCase {
  const char* name;
  const char* service_type;
  const char* day;
  std::vector<Benefit> benefits;
  std::vector<Rate> extra_rates;
  const char* pays;
};

TEST(CompensationRules, WhatADayPays) {
  const std::vector<DayCase> cases = {
      {"a Kela client", "ktt", "2026-03-02", {benefit(1, "kela", "2026-01-01")}, {}, "expense_allowance/kela/900"},
      {"a fund member",
       "ktt",
       "2026-03-02",
       {benefit(1, "unemployment_fund", "2026-01-01", {}, "Erko")},
       {},
       "expense_allowance/unemployment_fund(Erko)/900"},
      {"a client on social assistance",
       "ktt",
       "2026-03-02",
       {benefit(1, "social_assistance", "2026-01-01")},
       {},
       "activity_money/purchaser/900"},
      {"social assistance beside a Kela benefit: no activity money on a day the allowance is paid",
       "ktt",
       "2026-03-02",
       {benefit(1, "kela", "2026-01-01"), benefit(1, "social_assistance", "2026-01-01")},
       {},
       "expense_allowance/kela/900"},
      {"the Kela benefit ended the day before: activity money",
       "ktt",
       "2026-03-02",
       {benefit(1, "kela", "2026-01-01", "2026-03-01"), benefit(1, "social_assistance", "2026-01-01")},
       {},
       "activity_money/purchaser/900"},
      {"the benefit's last day still pays",
       "ktt",
       "2026-03-02",
       {benefit(1, "kela", "2026-01-01", "2026-03-02")},
       {},
       "expense_allowance/kela/900"},
      {"a benefit starting the day after pays nothing",
       "ktt",
       "2026-03-02",
       {benefit(1, "kela", "2026-03-03")},
       {},
       ""},
      {"no benefit recorded", "ktt", "2026-03-02", {}, {}, ""},
      {"no benefit", "ktt", "2026-03-02", {benefit(1, "none", "2026-01-01")}, {}, ""},
      {"before the law's rows", "ktt", "2024-12-31", {benefit(1, "kela", "2024-01-01")}, {}, ""},
      {"day activity pays nothing", "day_activity", "2026-03-02", {benefit(1, "kela", "2026-01-01")}, {}, ""},
      {"a county's own work activity compensation for everyone",
       "work_activity",
       "2026-03-02",
       {},
       {rate("work_activity", "work_activity_compensation", "any", "purchaser", 450, "2026-01-01")},
       "work_activity_compensation/purchaser/450"},
      {"a new payer of activity money from a date: the day before",
       "ktt",
       "2026-03-14",
       {benefit(1, "social_assistance", "2026-01-01")},
       {rate("ktt", "activity_money", "social_assistance", "kela", 900, "2026-03-15")},
       "activity_money/purchaser/900"},
  };
  for (const auto& c : cases) {
    auto rates = law();
    rates.insert(rates.end(), c.extra_rates.begin(), c.extra_rates.end());
    if (std::string(c.name).starts_with("a new payer")) rates[2].valid_to = "2026-03-14";
    EXPECT_EQ(pays_text(day_pays(c.service_type, c.day, c.benefits, rates)), c.pays) << c.name;
  }
}

AttendedDay day(long long client, const char* d, const char* type = "ktt") { return {client, type, d}; }

std::string lines_text(const std::vector<Line>& lines) {
  std::string out;
  for (const auto& l : lines) {
    out += (out.empty() ? "" : "; ") + std::to_string(l.client_id) + " " + l.kind + "/" + l.payer + " " +
           std::to_string(l.days) + "x" + std::to_string(l.unit_cents) + "=" + std::to_string(l.amount_cents) + " " +
           l.first_day + ".." + l.last_day;
  }
  return out;
}

TEST(CompensationRules, AMonthCountsItsOwnDaysFromAMidMonthStart) {
  BatchInput in;
  in.month = "2026-03";
  in.rates = law();
  in.benefits = {benefit(1, "kela", "2026-01-01"), benefit(2, "social_assistance", "2026-03-16")};
  // Client 1 also worked on the last days of February (paid in February's batch) and on 1 April (April's).
  in.days = {day(1, "2026-02-26"), day(1, "2026-03-02"), day(1, "2026-03-03"), day(1, "2026-03-31"),
             day(1, "2026-04-01"), day(2, "2026-03-16"), day(2, "2026-03-17"), day(2, "2026-03-17")};
  EXPECT_EQ(lines_text(batch_lines(in)),
            "1 expense_allowance/kela 3x900=2700 2026-03-02..2026-03-31; "
            "2 activity_money/purchaser 2x900=1800 2026-03-16..2026-03-17");
}

TEST(CompensationRules, TheWeeklyLimitCountsTheWeekAcrossTheMonthsStart) {
  BatchInput in;
  in.month = "2026-04";  // 1 April 2026 is a Wednesday
  in.rates = {rate("ktt", "expense_allowance", "kela", "benefit_payer", 900, "2025-01-01", {}, 2)};
  in.benefits = {benefit(1, "kela", "2026-01-01")};
  // Monday and Tuesday of the week were paid in March: the week's limit of 2 leaves nothing for 1–3 April;
  // the next week pays two of its three days.
  in.days = {day(1, "2026-03-30"), day(1, "2026-03-31"), day(1, "2026-04-01"), day(1, "2026-04-02"),
             day(1, "2026-04-06"), day(1, "2026-04-07"), day(1, "2026-04-08")};
  EXPECT_EQ(lines_text(batch_lines(in)), "1 expense_allowance/kela 2x900=1800 2026-04-06..2026-04-07");
}

TEST(CompensationRules, AChangeOfLawMidMonthPaysEachDayByTheRuleOfThatDay) {
  BatchInput in;
  in.month = "2026-03";
  in.rates = law();
  in.rates[0].valid_to = "2026-03-15";
  in.rates.push_back(rate("ktt", "expense_allowance", "kela", "benefit_payer", 1000, "2026-03-16", {}, 5));
  in.rates[2].valid_to = "2026-03-15";
  in.rates.push_back(rate("ktt", "activity_money", "social_assistance", "kela", 900, "2026-03-16"));
  in.benefits = {benefit(1, "kela", "2026-01-01"), benefit(2, "social_assistance", "2026-01-01")};
  in.days = {day(1, "2026-03-13"), day(1, "2026-03-16"), day(1, "2026-03-17"), day(2, "2026-03-13"),
             day(2, "2026-03-16")};
  EXPECT_EQ(lines_text(batch_lines(in)),
            "1 expense_allowance/kela 1x900=900 2026-03-13..2026-03-13; "
            "1 expense_allowance/kela 2x1000=2000 2026-03-16..2026-03-17; "
            "2 activity_money/purchaser 1x900=900 2026-03-13..2026-03-13; "
            "2 activity_money/kela 1x900=900 2026-03-16..2026-03-16");
  const auto t = totals(batch_lines(in));
  ASSERT_EQ(t.size(), 3U);
  EXPECT_EQ(t[0].payer + "/" + t[0].kind + " " + std::to_string(t[0].days) + " " + std::to_string(t[0].amount_cents),
            "kela/expense_allowance 3 2900");
  EXPECT_EQ(t[1].payer + "/" + t[1].kind + " " + std::to_string(t[1].amount_cents), "kela/activity_money 900");
  EXPECT_EQ(t[2].payer + "/" + t[2].kind + " " + std::to_string(t[2].amount_cents), "purchaser/activity_money 900");
}

TEST(CompensationRules, FaresClaimsAndAdjustmentsGoIntoTheBatch) {
  BatchInput in;
  in.month = "2026-04";
  in.rates = law();
  in.benefits = {benefit(1, "kela", "2026-01-01")};
  TravelFare old_fare, new_fare;
  old_fare.client_id = new_fare.client_id = 1;
  old_fare.cents_per_day = 420;
  old_fare.valid_from = "2026-01-01";
  old_fare.valid_to = "2026-03-31";
  new_fare.cents_per_day = 460;
  new_fare.valid_from = "2026-04-01";
  in.fares = {old_fare, new_fare};
  in.days = {day(1, "2026-04-01"), day(1, "2026-04-02")};
  TravelClaim claim;
  claim.id = 7;
  claim.client_id = 1;
  claim.day = "2026-03-20";
  claim.cents = 1250;
  in.claims = {claim};
  // A March day found attended after March was approved, and one found absent.
  Adjustment added, taken;
  added.id = 3;
  added.client_id = taken.client_id = 1;
  added.service_type = taken.service_type = "ktt";
  added.day = "2026-03-10";
  added.reason = "Läsnäolo kirjattiin väärin";
  taken.id = 4;
  taken.day = "2026-03-11";
  taken.attended = false;
  in.adjustments = {added, taken};
  in.recorded = {{3, "Ilona Ohjaaja"}};
  const auto lines = batch_lines(in);
  EXPECT_EQ(lines_text(lines),
            "1 expense_allowance/kela 2x900=1800 2026-04-01..2026-04-02; "
            "1 travel/purchaser 2x460=920 2026-04-01..2026-04-02; "
            "1 travel_claim/purchaser 0x1250=1250 2026-03-20..2026-03-20; "
            "1 expense_allowance/kela 1x900=900 2026-03-10..2026-03-10; "
            "1 travel/purchaser 1x420=420 2026-03-10..2026-03-10; "
            "1 expense_allowance/kela -1x900=-900 2026-03-11..2026-03-11; "
            "1 travel/purchaser -1x420=-420 2026-03-11..2026-03-11");
  EXPECT_EQ(lines[3].reason, "Läsnäolo kirjattiin väärin");
  EXPECT_EQ(lines[3].recorded_by, "Ilona Ohjaaja");
  EXPECT_EQ(*lines[2].claim_id, 7);
  long long total = 0;
  for (const auto& t : totals(lines)) total += t.amount_cents;
  EXPECT_EQ(total, 1800 + 920 + 1250);  // the day added and the day taken back cancel out
}

struct WeeklyAdjustmentCase {
  const char* name;
  std::vector<const char*> present;                 // the week of 9 March as it was paid
  std::vector<std::pair<const char*, bool>> fixes;  // the corrected days: attended or not
  const char* lines;
};

// Kela's expense allowance is paid for at most 5 days a week: a correction of an approved week pays what it changes
// of the week's paid days, not a day more.
TEST(CompensationRules, AnAdjustmentKeepsTheWeeklyLimit) {
  const std::vector<WeeklyAdjustmentCase> cases = {
      {"a fifth day found", {"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12"}, {{"2026-03-13", true}},
       "1 expense_allowance/kela 1x900=900 2026-03-13..2026-03-13"},
      {"a sixth day found", {"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"},
       {{"2026-03-14", true}}, ""},
      {"a paid day taken back", {"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"},
       {{"2026-03-10", false}}, "1 expense_allowance/kela -1x900=-900 2026-03-10..2026-03-10"},
      // Six days present, five paid: with one taken back the other five are still paid.
      {"a day taken back from six",
       {"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14"},
       {{"2026-03-10", false}}, ""},
      {"two days found, one within the limit", {"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12"},
       {{"2026-03-14", true}, {"2026-03-13", true}}, "1 expense_allowance/kela 1x900=900 2026-03-13..2026-03-13"},
      {"one found and one taken back", {"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"},
       {{"2026-03-10", false}, {"2026-03-14", true}},
       "1 expense_allowance/kela -1x900=-900 2026-03-10..2026-03-10; "
       "1 expense_allowance/kela 1x900=900 2026-03-14..2026-03-14"},
      {"another week's days are not this one's", {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"},
       {{"2026-03-13", true}}, "1 expense_allowance/kela 1x900=900 2026-03-13..2026-03-13"},
  };
  for (const auto& c : cases) {
    BatchInput in;
    in.month = "2026-04";
    in.rates = law();
    in.benefits = {benefit(1, "kela", "2026-01-01")};
    for (const char* d : c.present) in.adjusted_weeks.push_back(day(1, d));
    long long id = 0;
    for (const auto& [d, attended] : c.fixes) {
      Adjustment a;
      a.id = ++id;
      a.client_id = 1;
      a.service_type = "ktt";
      a.day = d;
      a.attended = attended;
      in.adjustments.push_back(a);
    }
    EXPECT_EQ(lines_text(batch_lines(in)), c.lines) << c.name;
  }
}

TEST(CompensationRules, Months) {
  EXPECT_TRUE(is_month("2026-02"));
  for (const char* bad : {"", "2026-13", "2026-00", "2026-2", "26-02", "2026/02", "2026-02-01"}) {
    EXPECT_FALSE(is_month(bad)) << bad;
  }
  EXPECT_EQ(last_day("2028-02"), "2028-02-29");
  EXPECT_EQ(last_day("2026-12"), "2026-12-31");
  EXPECT_EQ(month_of("2026-12-31"), "2026-12");
}

struct ApprovalCase {
  const char* name;
  const char* month;
  const char* today;
  bool approved;
  FieldCodes errors;
};

TEST(CompensationRules, AMonthIsApprovedOnceAfterItEnds) {
  const std::vector<ApprovalCase> cases = {
      {"the month before", "2026-03", "2026-04-01", false, {}},
      {"on its last day", "2026-03", "2026-03-31", false, {{"month", "month_not_ended"}}},
      {"approved already", "2026-03", "2026-04-02", true, {{"month", "month_approved"}}},
      {"not a month", "2026-3", "2026-04-02", false, {{"month", "invalid_month"}}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(all_errors(validate_approval(c.month, c.today, c.approved)), c.errors) << c.name;
}

struct RateCase {
  const char* name;
  Rate rate;
  FieldCodes errors;
};

TEST(CompensationRules, ARateFollowsTheRowsOfItsKind) {
  const std::vector<std::string> types = {"ktt", "work_activity"};
  const std::vector<RateCase> cases = {
      {"a new amount from a date", rate("ktt", "expense_allowance", "kela", "benefit_payer", 1000, "2027-01-01"), {}},
      {"a new payer of activity money",
       rate("ktt", "activity_money", "social_assistance", "kela", 900, "2027-01-01"),
       {}},
      {"on the previous row's start",
       rate("ktt", "expense_allowance", "kela", "benefit_payer", 1000, "2025-01-01"),
       {{"validFrom", "not_after_previous"}}},
      {"a first row of another kind",
       rate("work_activity", "work_activity_compensation", "any", "purchaser", 500, "2020-01-01"),
       {}},
      {"the benefit's payer for social assistance",
       rate("ktt", "activity_money", "social_assistance", "benefit_payer", 900, "2027-01-01"),
       {{"payer", "no_benefit_payer"}}},
      {"an unknown service type",
       rate("golf", "activity_money", "any", "purchaser", 900, "2027-01-01"),
       {{"serviceType", "invalid_choice"}}},
      {"unknown kind, benefit and payer",
       rate("ktt", "bonus", "lottery", "santa", 900, "2027-01-01"),
       {{"benefit", "invalid_choice"}, {"kind", "invalid_choice"}, {"payer", "invalid_choice"}}},
      {"no amount",
       rate("ktt", "expense_allowance", "kela", "benefit_payer", 0, "2027-01-01"),
       {{"amountCents", "required"}}},
      {"over 1 000 €",
       rate("ktt", "expense_allowance", "kela", "benefit_payer", 100001, "2027-01-01"),
       {{"amountCents", "too_large"}}},
      {"an end before the start",
       rate("ktt", "expense_allowance", "kela", "benefit_payer", 900, "2027-01-01", "2026-12-31"),
       {{"validTo", "end_before_start"}}},
      {"eight days a week",
       rate("ktt", "expense_allowance", "kela", "benefit_payer", 900, "2027-01-01", {}, 8),
       {{"maxDaysPerWeek", "out_of_range"}}},
      {"no start", rate("ktt", "expense_allowance", "kela", "benefit_payer", 900, ""), {{"validFrom", "required"}}},
  };
  for (const auto& c : cases) EXPECT_EQ(all_errors(validate_rate(c.rate, types, law())), c.errors) << c.name;
  // A purchaser's own row does not follow the law's.
  auto own = rate("ktt", "expense_allowance", "kela", "benefit_payer", 1000, "2020-01-01");
  own.organisation_id = 5;
  EXPECT_TRUE(validate_rate(own, types, law()).empty());
}

struct BenefitCase {
  const char* name;
  Benefit benefit;
  FieldCodes errors;
};

TEST(CompensationRules, ABenefitPeriodDoesNotOverlapOneOfTheSamePayer) {
  std::vector<Benefit> existing = {benefit(1, "kela", "2026-01-01", "2026-06-30")};
  existing[0].id = 1;
  const std::vector<BenefitCase> cases = {
      {"Kela after the last", benefit(1, "kela", "2026-07-01"), {}},
      {"Kela overlapping its last day", benefit(1, "kela", "2026-06-30"), {{"validFrom", "overlaps"}}},
      {"Kela before and into it", benefit(1, "kela", "2025-01-01", "2026-01-01"), {{"validFrom", "overlaps"}}},
      {"social assistance beside Kela", benefit(1, "social_assistance", "2026-03-01"), {}},
      {"a fund with its name", benefit(1, "unemployment_fund", "2026-07-01", {}, "Erityisalojen kassa"), {}},
      {"a fund without its name", benefit(1, "unemployment_fund", "2026-07-01"), {{"fundName", "required"}}},
      {"a fund's name for Kela", benefit(1, "kela", "2026-07-01", {}, "Erko"), {{"fundName", "not_allowed"}}},
      {"an unknown payer", benefit(1, "lottery", "2026-07-01"), {{"payer", "invalid_choice"}}},
      {"ending before it starts", benefit(1, "none", "2026-07-01", "2026-06-01"), {{"validTo", "end_before_start"}}},
      {"no start", benefit(1, "none", ""), {{"validFrom", "required"}}},
  };
  for (const auto& c : cases) EXPECT_EQ(all_errors(validate_benefit(c.benefit, existing)), c.errors) << c.name;
}

TEST(CompensationRules, FaresAndClaims) {
  TravelFare f;
  f.cents_per_day = 460;
  f.means = "Bussi, 30 päivän lippu";
  f.valid_from = "2026-04-01";
  TravelFare earlier = f;
  earlier.valid_from = "2026-01-01";
  EXPECT_TRUE(validate_fare(f, {earlier}).empty());
  EXPECT_EQ(all_errors(validate_fare(f, {f})), (FieldCodes{{"validFrom", "not_after_previous"}}));
  TravelFare bad;
  bad.cents_per_day = 10001;
  EXPECT_EQ(all_errors(validate_fare(bad, {})),
            (FieldCodes{{"centsPerDay", "too_large"}, {"means", "required"}, {"validFrom", "required"}}));

  TravelClaim c;
  c.day = "2026-04-01";
  c.cents = 1250;
  c.description = "Taksi lääkärin määräyksestä";
  EXPECT_TRUE(validate_claim(c, "2026-04-01").empty());
  EXPECT_EQ(all_errors(validate_claim(c, "2026-03-31")), (FieldCodes{{"day", "in_future"}}));
  EXPECT_EQ(all_errors(validate_claim(TravelClaim{}, "2026-03-31")),
            (FieldCodes{{"cents", "required"}, {"day", "required"}, {"description", "required"}}));
}

struct AdjustmentCase {
  const char* name;
  bool attended, approved, counted, adjusted, period;
  FieldCodes errors;
};

TEST(CompensationRules, AnAdjustmentCorrectsADayOfAnApprovedMonthOnce) {
  const std::vector<AdjustmentCase> cases = {
      {"a day found attended", true, true, false, false, true, {}},
      {"a day found absent", false, true, true, false, true, {}},
      {"attended already", true, true, true, false, true, {{"attended", "already_attended"}}},
      {"not attended anyway", false, true, false, false, true, {{"attended", "not_attended"}}},
      {"an open month", true, false, false, false, true, {{"day", "month_not_approved"}}},
      {"corrected already", true, true, false, true, true, {{"day", "already_adjusted"}}},
      {"no period that day", true, true, false, false, false, {{"day", "no_period"}}},
  };
  for (const auto& c : cases) {
    Adjustment a;
    a.day = "2026-03-10";
    a.attended = c.attended;
    a.reason = "Korjaus";
    EXPECT_EQ(all_errors(validate_adjustment(a, c.approved, c.counted, c.adjusted, c.period)), c.errors) << c.name;
  }
  EXPECT_EQ(all_errors(validate_adjustment(Adjustment{}, true, false, false, true)),
            (FieldCodes{{"day", "required"}, {"reason", "required"}}));
}

TEST(CompensationAccess, ManagersApproveWorkersRecordTheAdministratorKeepsTheLaw) {
  const auto user = [](const char* role, long long org) {
    auth::AuthContext u;
    u.roles.push_back({org, role});
    return u;
  };
  const auto manager = user("manager", 1), instructor = user("social_instructor", 1), coach = user("coach", 1),
             other = user("manager", 2), admin = user("admin", 1);
  EXPECT_TRUE(may_read_batches(manager, 1));
  EXPECT_TRUE(may_read_batches(instructor, 1));
  EXPECT_FALSE(may_read_batches(coach, 1));
  EXPECT_FALSE(may_read_batches(other, 1));
  EXPECT_TRUE(may_approve(manager, 1));
  EXPECT_FALSE(may_approve(instructor, 1));
  EXPECT_FALSE(may_approve(other, 1));
  EXPECT_TRUE(may_record_for_client(instructor, 1));
  EXPECT_FALSE(may_record_for_client(manager, 1));
  EXPECT_FALSE(may_record_for_client(user("social_worker", 2), 1));
  EXPECT_TRUE(may_keep_rates(admin, std::nullopt));
  EXPECT_FALSE(may_keep_rates(manager, std::nullopt));
  EXPECT_TRUE(may_keep_rates(manager, 1));
  EXPECT_FALSE(may_keep_rates(other, 1));
}

}  // namespace
}  // namespace polku::compensation
