// The archive schedule applied to dates: the rule in force, the clients due, the access log's cutoff.
#include "retention/retention_rules.hpp"

#include <gtest/gtest.h>

namespace polku::retention {
namespace {

const std::vector<ScheduleRule> kSchedule = {
    {"client_records", 10, "2015-01-01", "archive plan"},
    {"access_log", 12, "2024-01-01", "703/2023"},
    {"client_records", 12, "2030-01-01", "a longer period from 2030"},
};

TEST(RetentionSchedule, TheRuleInForceIsTheLatestValidOnTheDay) {
  struct Row {
    std::string_view record_class, today;
    int years;  // 0: none in force
  };
  const Row rows[] = {
      {kClientRecords, "2014-12-31", 0},  {kClientRecords, "2015-01-01", 10}, {kClientRecords, "2029-12-31", 10},
      {kClientRecords, "2030-01-01", 12}, {kAccessLog, "2023-12-31", 0},      {kAccessLog, "2040-01-01", 12},
      {"unknown", "2040-01-01", 0},
  };
  for (const auto& r : rows) {
    const auto rule = rule_in_force(kSchedule, r.record_class, r.today);
    EXPECT_EQ(rule ? rule->years : 0, r.years) << r.record_class << " on " << r.today;
  }
}

TEST(RetentionSchedule, AClientIsDueTheRulesYearsAfterTheLastCaseClosedAndNeverWhileOneIsOpen) {
  const ScheduleRule ten{"client_records", 10, "2015-01-01", ""};
  const std::vector<Registration> clients = {
      {1, "2016-03-01"},  // two cases closed, the later one counts
      {2, "2016-03-01"},  // one closed, one still open
      {3, "2016-05-10"},  // never had a case: from the registration
      {4, "2020-02-29"},  // closed on a leap day: due on the last day of February
      {5, "2016-03-01"},  // its case closed in 2017
  };
  const std::vector<CaseFacts> cases = {
      {1, "2016-06-30"}, {1, "2017-01-15"}, {2, "2016-06-30"},  {2, ""},
      {4, "2020-02-29"}, {5, "2017-08-01"}, {99, "2001-01-01"},  // a case of no registered client is ignored
  };
  struct Row {
    std::string today;
    std::vector<long long> due;
  };
  const Row rows[] = {
      {"2026-05-09", {}},        {"2026-05-10", {3}},       {"2027-01-14", {3}},          {"2027-01-15", {1, 3}},
      {"2027-08-01", {1, 3, 5}}, {"2030-02-27", {1, 3, 5}}, {"2030-02-28", {1, 3, 4, 5}}, {"2099-01-01", {1, 3, 4, 5}},
  };
  for (const auto& r : rows) {
    std::vector<long long> ids;
    for (const auto& d : due_clients(clients, cases, ten, r.today)) ids.push_back(d.client_id);
    EXPECT_EQ(ids, r.due) << r.today;
  }
  const auto one = due_clients(clients, cases, ten, "2027-01-15");
  ASSERT_EQ(one.size(), 2U);
  EXPECT_EQ(one[0].basis, "2017-01-15");
  EXPECT_EQ(one[0].due_on, "2027-01-15");
  EXPECT_EQ(one[1].basis, "2016-05-10");
}

TEST(RetentionSchedule, TheAccessLogsCutoffIsTheRulesYearsBeforeToday) {
  const ScheduleRule twelve{"access_log", 12, "2024-01-01", ""};
  EXPECT_EQ(access_log_cutoff(twelve, "2038-06-15"), "2026-06-15");
  EXPECT_EQ(access_log_cutoff(twelve, "2036-02-29"), "2024-02-29");
}

}  // namespace
}  // namespace polku::retention
