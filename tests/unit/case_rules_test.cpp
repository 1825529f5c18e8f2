// The transition table of cases: every stage and every guard, for every service type.
#include "cases/case_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "unit/case_test_types.hpp"

namespace polku::cases {
namespace {

using cases_test::seeded_types;
using service_types::ServiceType;

constexpr const char* kToday = "2026-11-25";

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// A case at `stage` with every record, a valid signed decision and every notice.
Case complete_case(const ServiceType& type, std::string stage) {
  Case c;
  c.id = 1;
  c.service_type = type.code;
  c.stage = std::move(stage);
  c.own_production = true;
  c.referral = Referral{"employment_services", "Työllisyyspalvelut", "Tilaus", "2026-01-05"};
  c.assessment = Assessment{"Pitkä työttömyys", "service_needed", 2, "Leena", "2026-01-20"};
  Plan p;
  p.kind = type.accepted_plan_kinds.front();
  p.date = "2026-02-01";
  p.tasks_and_place = "Kierrätyskeskus, lajittelu";
  p.hours_per_day = 4;
  p.days_per_week = 3;
  p.start_date = "2026-03-01";
  p.length_months = 6;
  p.goal = "Työkyvyn vahvistaminen";
  p.support_and_guidance = "Työvalmentaja";
  p.evaluation_date = "2026-08-31";
  c.plan = p;
  Decision d;
  d.status = "signed";
  d.data.start_date = "2026-03-01";
  d.data.end_date = "2026-12-31";
  c.decisions = {d};
  for (const char* kind : {"shop_steward", "employment_authority_start"}) {
    Notice n;
    n.kind = kind;
    c.notices.push_back(n);
  }
  c.end = End{"period_ended", "2026-12-31", "", true, false};
  c.follow_up = FollowUp{"education", "", ""};
  return c;
}

std::string previous_stage(std::string_view target) {
  return std::string(kStages[static_cast<std::size_t>(stage_index(target) - 1)]);
}

TransitionContext today() { return {kToday, {}}; }

TEST(CaseTransitions, CompleteCaseMovesForwardOneStageForEveryServiceType) {
  for (const auto& type : seeded_types()) {
    for (std::size_t i = 1; i < kStages.size(); ++i) {
      auto c = complete_case(type, std::string(kStages[i - 1]));
      EXPECT_TRUE(evaluate_transition(c, kStages[i], type, today()).empty()) << type.code << " -> " << kStages[i];
    }
  }
}

TEST(CaseTransitions, OnlyTheNextStageIsAllowed) {
  for (const auto& type : seeded_types()) {
    for (std::size_t from = 0; from + 1 < kStages.size(); ++from) {
      for (std::size_t to = 0; to < kStages.size(); ++to) {
        if (to == from + 1) continue;
        auto c = complete_case(type, std::string(kStages[from]));
        c.end->reason = "period_ended";
        EXPECT_EQ(evaluate_transition(c, kStages[to], type, today()),
                  std::vector<std::string>{"transition_not_allowed"})
            << type.code << " " << kStages[from] << " -> " << kStages[to];
      }
    }
  }
}

TEST(CaseTransitions, UnknownTargetIsNotAllowed) {
  const auto type = cases_test::seeded_type("ktt");
  EXPECT_EQ(evaluate_transition(complete_case(type, "referral"), "nowhere", type, today()),
            std::vector<std::string>{"transition_not_allowed"});
}

TEST(CaseTransitions, ClosedCaseMovesNowhere) {
  const auto type = cases_test::seeded_type("ktt");
  EXPECT_EQ(evaluate_transition(complete_case(type, "closed"), "referral", type, today()),
            std::vector<std::string>{"case_closed"});
}

TEST(CaseTransitions, InterruptionAllowsStartStraightToEnd) {
  const auto type = cases_test::seeded_type("ktt");
  auto c = complete_case(type, "start");
  c.status = "interrupted";
  EXPECT_TRUE(evaluate_transition(c, "end", type, today()).empty());
  c.status = "active";
  c.end->reason = "interrupted";
  EXPECT_TRUE(evaluate_transition(c, "end", type, today()).empty());
  c.end->reason = "period_ended";
  EXPECT_EQ(evaluate_transition(c, "end", type, today()), std::vector<std::string>{"transition_not_allowed"});
}

TEST(CaseTransitions, NegativeAssessmentClosesTheCaseWithAFollowUpPath) {
  for (const auto& type : seeded_types()) {
    auto c = complete_case(type, "assessment");
    EXPECT_EQ(evaluate_transition(c, "closed", type, today()), std::vector<std::string>{"transition_not_allowed"});
    c.assessment->outcome = "not_needed";
    EXPECT_TRUE(evaluate_transition(c, "closed", type, today()).empty()) << type.code;
    c.follow_up.reset();
    EXPECT_EQ(evaluate_transition(c, "closed", type, today()), std::vector<std::string>{"follow_up_missing"});
  }
}

TEST(CaseTransitions, InterruptedCaseMovesOnlyToEnd) {
  const auto type = cases_test::seeded_type("work_activity");
  auto c = complete_case(type, "plan");
  c.status = "interrupted";
  EXPECT_EQ(evaluate_transition(c, "start", type, today()), std::vector<std::string>{"case_interrupted"});
  c.stage = "implementation";
  EXPECT_TRUE(evaluate_transition(c, "end", type, today()).empty());
}

struct GuardCase {
  const char* name;
  const char* target;
  const char* guard;
  std::function<void(Case&, const ServiceType&)> break_it;
  std::function<bool(const ServiceType&)> applies;
};

bool always(const ServiceType&) { return true; }

const std::vector<GuardCase>& guard_cases() {
  static const std::vector<GuardCase> table = {
      {"no referral", "assessment", "referral_missing", [](Case& c, const ServiceType&) { c.referral.reset(); },
       always},
      {"no assessment", "plan", "assessment_missing", [](Case& c, const ServiceType&) { c.assessment.reset(); },
       always},
      {"assessment says no need", "plan", "assessment_negative",
       [](Case& c, const ServiceType&) { c.assessment->outcome = "not_needed"; }, always},
      {"no plan", "start", "plan_missing", [](Case& c, const ServiceType&) { c.plan.reset(); },
       [](const ServiceType& t) { return t.plan_required; }},
      {"plan of a kind the type does not accept", "start", "plan_kind_not_accepted",
       [](Case& c, const ServiceType& t) {
         for (auto kind : service_types::kPlanKinds)
           if (!t.accepts_plan_kind(kind)) c.plan->kind = std::string(kind);
       },
       always},
      {"plan without the § 9 goal", "start", "plan_ktt_content_missing",
       [](Case& c, const ServiceType&) { c.plan->goal.clear(); }, [](const ServiceType& t) { return t.code == "ktt"; }},
      {"plan without evaluation date", "start", "plan_ktt_content_missing",
       [](Case& c, const ServiceType&) { c.plan->evaluation_date.clear(); },
       [](const ServiceType& t) { return t.code == "ktt"; }},
      {"no decision", "implementation", "decision_missing", [](Case& c, const ServiceType&) { c.decisions.clear(); },
       always},
      {"only a draft decision", "implementation", "decision_missing",
       [](Case& c, const ServiceType&) { c.decisions[0].status = "draft"; }, always},
      {"only a replaced decision", "implementation", "decision_missing",
       [](Case& c, const ServiceType&) { c.decisions[0].status = "replaced"; }, always},
      {"decision already ended", "implementation", "decision_missing",
       [](Case& c, const ServiceType&) { c.decisions[0].data.end_date = "2026-11-24"; }, always},
      {"no shop steward notice in own production", "implementation", "shop_steward_notice_missing",
       [](Case& c, const ServiceType&) { c.notices.erase(c.notices.begin()); }, always},
      {"no employment authority start notice", "implementation", "employment_authority_start_notice_missing",
       [](Case& c, const ServiceType&) { c.notices.pop_back(); },
       [](const ServiceType& t) { return t.absence_sanctionable; }},
      {"no end record", "end", "end_missing", [](Case& c, const ServiceType&) { c.end.reset(); }, always},
      {"no end record before follow-up", "follow_up", "end_missing", [](Case& c, const ServiceType&) { c.end.reset(); },
       always},
      {"no follow-up path", "closed", "follow_up_missing", [](Case& c, const ServiceType&) { c.follow_up.reset(); },
       always},
  };
  return table;
}

TEST(CaseTransitions, EveryGuardForEveryStageAndServiceType) {
  for (const auto& type : seeded_types()) {
    for (const auto& g : guard_cases()) {
      auto c = complete_case(type, previous_stage(g.target));
      g.break_it(c, type);
      const auto unmet = evaluate_transition(c, g.target, type, today());
      if (g.applies(type)) {
        EXPECT_EQ(unmet, std::vector<std::string>{g.guard}) << type.code << ": " << g.name;
      } else {
        EXPECT_TRUE(unmet.empty()) << type.code << ": " << g.name;
      }
    }
  }
}

// Which stages each guard belongs to: moving into any other stage never names it.
const std::map<std::string, std::set<std::string>>& guard_stages() {
  static const std::map<std::string, std::set<std::string>> stages = {
      {"referral_missing", {"assessment"}},
      {"assessment_missing", {"plan"}},
      {"assessment_negative", {"plan"}},
      {"plan_missing", {"start"}},
      {"plan_kind_not_accepted", {"start"}},
      {"plan_ktt_content_missing", {"start"}},
      {"decision_missing", {"implementation"}},
      {"shop_steward_notice_missing", {"implementation"}},
      {"employment_authority_start_notice_missing", {"implementation"}},
      {"end_missing", {"end", "follow_up"}},
      {"follow_up_missing", {"closed"}},
  };
  return stages;
}

TEST(CaseTransitions, EveryStageTimesEveryGuardForEveryServiceType) {
  for (const auto& type : seeded_types()) {
    for (const auto& g : guard_cases()) {
      const auto& belongs = guard_stages().at(g.guard);
      for (std::size_t i = 1; i < kStages.size(); ++i) {
        const std::string target(kStages[i]);
        auto c = complete_case(type, previous_stage(target));
        g.break_it(c, type);
        const bool expected = belongs.count(target) != 0 && g.applies(type);
        EXPECT_EQ(contains(evaluate_transition(c, target, type, today()), g.guard), expected)
            << type.code << ": " << g.name << ", moving to " << target;
      }
    }
  }
}

TEST(CaseTransitions, RefusalNamesEveryUnmetGuard) {
  const auto type = cases_test::seeded_type("ktt");
  auto c = complete_case(type, "start");
  c.decisions.clear();
  c.notices.clear();
  EXPECT_EQ(evaluate_transition(c, "implementation", type, today()),
            (std::vector<std::string>{"decision_missing", "shop_steward_notice_missing",
                                      "employment_authority_start_notice_missing"}));
}

TEST(CaseTransitions, NoShopStewardNoticeNeededWhenThePlaceIsAnotherOrganisations) {
  const auto type = cases_test::seeded_type("work_activity");
  auto c = complete_case(type, "start");
  c.own_production = false;
  c.notices.clear();
  EXPECT_TRUE(evaluate_transition(c, "implementation", type, today()).empty());
  EXPECT_TRUE(missing_notices(c, type).empty());
}

// At the purchaser's own place the notice is needed for every service type, KTT or not.
TEST(CaseTransitions, ShopStewardNoticeNeededAtAnOwnPlaceForEveryServiceType) {
  for (const char* code : {"ktt", "work_activity", "day_activity", "job_coaching"}) {
    const auto type = cases_test::seeded_type(code);
    auto c = complete_case(type, "start");
    c.own_production = true;
    c.notices.erase(std::remove_if(c.notices.begin(), c.notices.end(),
                                   [](const Notice& n) { return n.kind == "shop_steward"; }),
                    c.notices.end());
    EXPECT_TRUE(contains(evaluate_transition(c, "implementation", type, today()), "shop_steward_notice_missing"))
        << code;
    EXPECT_TRUE(contains(missing_notices(c, type), "shop_steward")) << code;
  }
}

TEST(CaseTransitions, PlanIsNotNeededWhenTheTypeDoesNotRequireOne) {
  auto type = cases_test::seeded_type("day_activity");
  type.plan_required = false;
  auto c = complete_case(type, "plan");
  c.plan.reset();
  EXPECT_TRUE(evaluate_transition(c, "start", type, today()).empty());
}

TEST(CaseTransitions, AgreementHookGuardsStartToImplementationOnly) {
  const auto type = cases_test::seeded_type("ktt");
  TransitionContext context{kToday, {"agreement_missing"}};
  EXPECT_EQ(evaluate_transition(complete_case(type, "start"), "implementation", type, context),
            std::vector<std::string>{"agreement_missing"});
  EXPECT_TRUE(evaluate_transition(complete_case(type, "plan"), "start", type, context).empty());
}

TEST(CaseTransitions, NextStageFollowsTheProcess) {
  EXPECT_EQ(next_stage("referral"), "assessment");
  EXPECT_EQ(next_stage("implementation"), "end");
  EXPECT_EQ(next_stage("follow_up"), "closed");
  EXPECT_EQ(next_stage("closed"), "");
}

TEST(CaseNotices, MissingNoticesFromTheStartStage) {
  const auto ktt = cases_test::seeded_type("ktt");
  auto c = complete_case(ktt, "plan");
  c.notices.clear();
  EXPECT_TRUE(missing_notices(c, ktt).empty());
  c.stage = "start";
  EXPECT_EQ(missing_notices(c, ktt), (std::vector<std::string>{"shop_steward", "employment_authority_start"}));
  c.end = End{"interrupted", "2026-05-01", "Ei saapunut", false, true};
  EXPECT_TRUE(contains(missing_notices(c, ktt), "employment_authority_interruption"));
  Notice told;
  told.kind = "employment_authority_interruption";
  c.notices.push_back(told);
  EXPECT_FALSE(contains(missing_notices(c, ktt), "employment_authority_interruption"));
}

TEST(CaseNotices, AnyKttInterruptionIsToldToTheEmploymentAuthority) {
  const auto ktt = cases_test::seeded_type("ktt");
  const auto work = cases_test::seeded_type("work_activity");
  auto c = complete_case(ktt, "implementation");
  c.end.reset();
  EXPECT_TRUE(missing_notices(c, ktt).empty());
  c.status = "interrupted";
  EXPECT_EQ(missing_notices(c, ktt), std::vector<std::string>{"employment_authority_interruption"});
  auto w = complete_case(work, "implementation");
  w.status = "interrupted";
  EXPECT_TRUE(missing_notices(w, work).empty());
}

TEST(CaseRecords, KttInterruptionWithoutAcceptableReasonNotifiesEmploymentAuthority) {
  const auto ktt = cases_test::seeded_type("ktt");
  const auto work = cases_test::seeded_type("work_activity");
  End e{"interrupted", "2026-05-01", "Ei saapunut", false, false};
  EXPECT_TRUE(notifies_employment_authority(ktt, e));
  EXPECT_FALSE(notifies_employment_authority(work, e));
  e.acceptable_reason = true;
  EXPECT_FALSE(notifies_employment_authority(ktt, e));
  e = End{"period_ended", "2026-05-01", "", false, false};
  EXPECT_FALSE(notifies_employment_authority(ktt, e));
}

}  // namespace
}  // namespace polku::cases
