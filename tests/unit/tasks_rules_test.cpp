// The task list's rules (pure): which items each role is given, kind by kind, when an
// item is not (yet or any more) theirs, and the list's order.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "bookings/booking_tasks.hpp"
#include "cases/case_tasks.hpp"
#include "clients/client_tasks.hpp"
#include "decisions/decision_tasks.hpp"
#include "service_orders/service_order_tasks.hpp"
#include "tasks/task_rules.hpp"

namespace polku::tasks {
namespace {

constexpr long long kCounty = 1;  // purchaser
constexpr long long kClub = 2;    // host and provider
constexpr long long kOther = 3;   // another purchaser
constexpr long long kOwnWorker = 10, kNamedSupervisor = 14;
const std::string kToday = "2026-12-02";

auth::AuthContext user(long long id, long long org, const char* role) {
  auth::AuthContext u;
  u.user_id = id;
  u.roles = {{org, role}};
  return u;
}

bookings::TaskScene scene(std::optional<long long> own_worker, std::optional<long long> supervisor) {
  bookings::TaskScene s;
  s.client_id = 100;
  s.client_name = "Matti Esimerkki";
  s.client_organisation_id = kCounty;
  s.own_worker_id = own_worker;
  s.place_id = 7;
  s.place_name = "Lajittelu";
  s.host_id = kClub;
  s.supervisor_user_id = supervisor;
  return s;
}

// One waiting thing of each kind, as the stores would read them.
struct World {
  std::vector<decisions::AwaitingDecision> decisions{
      {1, 100, "Matti Esimerkki", kCounty, "2026-11-20", "2026-12-10", false}};
  std::vector<clients::ClientWithoutWorker> unassigned{{101, "Liisa Uusi", kCounty, 2, "2026-11-30T08:00:00Z"}};
  std::vector<cases::StartingCase> starting{{3, 100, "Matti Esimerkki", kCounty, kOwnWorker, "2026-12-01", ""}};
  std::vector<service_orders::ServiceOrder> orders = [] {
    service_orders::ServiceOrder o;
    o.id = 5;
    o.status = "sent";
    o.provider_organisation_id = kClub;
    o.purchaser_organisation_id = kCounty;
    o.data.client_id = 100;
    o.data.start_date = "2026-12-15";
    o.created_at = "2026-12-01T09:00:00Z";
    return std::vector{o};
  }();
  bookings::BookingTaskRows bookings = [] {
    bookings::BookingTaskRows r;
    r.agreements.push_back({6, scene(kOwnWorker, kNamedSupervisor), kCounty, "2026-12-01T10:00:00Z", "2026-12-07", {}});
    r.visits.push_back({8, scene(kOwnWorker, kNamedSupervisor), "2026-11-30"});
    r.starting.push_back({9, scene(kOwnWorker, kNamedSupervisor), 3, "2026-12-07", "2026-11-25T10:00:00Z"});
    return r;
  }();
};

std::vector<Task> everything_for(const auth::AuthContext& u, const World& w) {
  std::vector<Task> all;
  auto add = [&all](std::vector<Task> more) { all.insert(all.end(), more.begin(), more.end()); };
  add(decisions::decision_tasks(u, w.decisions));
  add(clients::client_tasks(u, w.unassigned));
  add(cases::case_tasks(u, w.starting, kToday));
  add(service_orders::service_order_tasks(u, w.orders));
  add(bookings::booking_tasks(u, w.bookings));
  return ordered(std::move(all), kToday);
}

std::set<std::string> kinds(const std::vector<Task>& items) {
  std::set<std::string> out;
  for (const auto& t : items) out.insert(t.party.empty() ? t.kind : t.kind + ":" + t.party);
  return out;
}

struct RoleCase {
  const char* name;
  auth::AuthContext user;
  std::set<std::string> expected;
};

class TaskListByRole : public ::testing::TestWithParam<RoleCase> {};

TEST_P(TaskListByRole, GivesEachRoleWhatWaitsForThem) {
  EXPECT_EQ(kinds(everything_for(GetParam().user, World{})), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TaskListByRole,
    ::testing::Values(RoleCase{"own_worker",
                               user(kOwnWorker, kCounty, "social_instructor"),
                               {"case_start_date_reached", "client_agreement_to_acknowledge:client",
                                "client_agreement_to_acknowledge:purchaser", "visit_outcome_to_record"}},
                      RoleCase{"social_worker_deciding", user(11, kCounty, "social_worker"), {"decision_to_make"}},
                      RoleCase{"purchasers_manager", user(12, kCounty, "manager"), {"case_without_own_worker"}},
                      RoleCase{"host_and_provider_manager",
                               user(13, kClub, "manager"),
                               {"service_order_to_answer", "client_agreement_to_acknowledge:host",
                                "client_starting_at_place"}},
                      RoleCase{"named_supervisor",
                               user(kNamedSupervisor, kClub, "placement_supervisor"),
                               {"client_agreement_to_acknowledge:host", "client_starting_at_place"}},
                      RoleCase{"another_supervisor_of_the_host", user(15, kClub, "placement_supervisor"), {}},
                      RoleCase{"coach", user(16, kClub, "coach"), {}},
                      RoleCase{"another_purchasers_worker", user(17, kOther, "social_worker"), {}},
                      RoleCase{"another_purchasers_manager", user(18, kOther, "manager"), {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(TaskRules, InstructorsDecideWhereTheRegionLetsThem) {
  World w;
  const auto instructor = user(kOwnWorker, kCounty, "social_instructor");
  EXPECT_TRUE(decisions::decision_tasks(instructor, w.decisions).empty());
  w.decisions[0].instructors_may_decide = true;
  ASSERT_EQ(decisions::decision_tasks(instructor, w.decisions).size(), 1U);
  EXPECT_EQ(decisions::decision_tasks(instructor, w.decisions)[0].due, "2026-12-10");  // before the plan's start
}

TEST(TaskRules, ACaseWaitsFromItsStartDateTheAgreementsBeforeThePlans) {
  const auto own = user(kOwnWorker, kCounty, "social_instructor");
  struct Case {
    std::string plan, agreed;
    bool waits;
  };
  for (const auto& c : std::vector<Case>{{"2026-12-01", "", true},
                                         {"2026-12-02", "", true},
                                         {"2026-12-03", "", false},
                                         {"2026-12-01", "2026-12-09", false},
                                         {"2026-12-20", "2026-12-02", true},
                                         {"", "", false}}) {
    std::vector<cases::StartingCase> rows{{3, 100, "M", kCounty, kOwnWorker, c.plan, c.agreed}};
    EXPECT_EQ(cases::case_tasks(own, rows, kToday).size(), c.waits ? 1U : 0U) << c.plan << " / " << c.agreed;
  }
  // Without an own worker any of the purchaser's workers moves it; with one, only they.
  std::vector<cases::StartingCase> nobodys{{3, 100, "M", kCounty, std::nullopt, "2026-12-01", ""}};
  EXPECT_EQ(cases::case_tasks(user(11, kCounty, "social_worker"), nobodys, kToday).size(), 1U);
  EXPECT_TRUE(cases::case_tasks(user(12, kCounty, "manager"), nobodys, kToday).empty());
}

TEST(TaskRules, AcknowledgementsWaitOnlyForThePartiesMissing) {
  World w;
  w.bookings.agreements[0].acknowledged = {"client", "host"};
  EXPECT_EQ(kinds(bookings::booking_tasks(user(kOwnWorker, kCounty, "social_instructor"), w.bookings)),
            (std::set<std::string>{"client_agreement_to_acknowledge:purchaser", "visit_outcome_to_record"}));
  EXPECT_EQ(kinds(bookings::booking_tasks(user(13, kClub, "manager"), w.bookings)),
            std::set<std::string>{"client_starting_at_place"});
}

TEST(TaskRules, WithoutANamedSupervisorOrOwnWorkerAnyOfTheRoleActs) {
  const bookings::TaskScene open = scene(std::nullopt, std::nullopt);
  EXPECT_TRUE(bookings::acts_at_place(user(15, kClub, "placement_supervisor"), open));
  EXPECT_FALSE(bookings::acts_at_place(user(15, kOther, "placement_supervisor"), open));
  EXPECT_TRUE(bookings::acts_for_client(user(11, kCounty, "social_worker"), open));
  EXPECT_FALSE(bookings::acts_for_client(user(11, kCounty, "manager"), open));
  EXPECT_FALSE(bookings::acts_for_client(user(11, kCounty, "social_worker"), scene(kOwnWorker, std::nullopt)));
}

TEST(TaskRules, AnsweredOrdersAndOtherProvidersOrdersDoNotWait) {
  World w;
  const auto manager = user(13, kClub, "manager");
  EXPECT_EQ(service_orders::service_order_tasks(manager, w.orders).size(), 1U);
  w.orders[0].status = "accepted";
  EXPECT_TRUE(service_orders::service_order_tasks(manager, w.orders).empty());
  EXPECT_EQ(service_orders::answering_providers(manager), std::vector<long long>{kClub});
  EXPECT_TRUE(service_orders::answering_providers(user(16, kClub, "coach")).empty());
}

Task task(const char* kind, const char* since, const char* due, long long client) {
  Task t;
  t.kind = kind;
  t.since = since;
  t.due = due;
  t.client_id = client;
  return t;
}

TEST(TaskRules, OverdueFirstThenByDueDateOncePerItem) {
  const auto list = ordered({task("b", "2026-11-01", "", 1), task("c", "2026-11-20", "2026-12-10", 2),
                             task("a", "2026-11-25", "2026-11-30", 3), task("c", "2026-11-20", "2026-12-10", 2),
                             task("d", "2026-10-01", "2026-12-05", 4)},
                            kToday);
  std::vector<std::string> order;
  for (const auto& t : list) order.push_back(t.kind);
  EXPECT_EQ(order, (std::vector<std::string>{"a", "d", "c", "b"}));  // the copy of "c" given twice is shown once
  EXPECT_TRUE(is_overdue(list[0], kToday));
  EXPECT_FALSE(is_overdue(list[1], kToday));
  EXPECT_FALSE(is_overdue(task("x", "2026-11-01", "2026-12-02", 1), kToday));  // due today is not late
  // One period's absence notices of two different two weeks are two items.
  auto first = task("absence_notice_to_send", "2026-11-16", "2026-11-22", 6), second = first;
  first.period_id = second.period_id = 9;
  second.since = "2026-11-30";
  second.due = "2026-12-06";
  EXPECT_EQ(ordered({first, second, first}, kToday).size(), 2U);

  // An absence without notice comes before even the overdue: someone may need to be reached today.
  const auto alerted =
      ordered({task("a", "2026-11-25", "2026-11-30", 3), task("absence_alert_to_handle", "2026-12-01", "", 5),
               task("d", "2026-10-01", "2026-12-05", 4)},
              kToday);
  EXPECT_EQ(alerted.front().kind, "absence_alert_to_handle");
  EXPECT_EQ(alerted[1].kind, "a");
}

// Which items are also told when they come due, and what names one: a new date is a new reminder.
TEST(TaskRules, TheDatesComingDueAreRemindedEachOnceByItsTargetAndDate) {
  struct Case {
    const char* kind;
    const char* due;
    bool reminded;
  };
  const std::vector<Case> cases = {
      {"plan_update_due", "2026-12-10", true}, {"evaluation_due", "2026-12-10", true},
      {"meeting_due", "2026-12-10", true},     {"placement_feedback_due", "2026-12-10", true},
      {"evaluation_due", "", false},           {"absence_alert_to_handle", "2026-12-10", false},
      {"decision_to_make", "", false},         {"guidance_falling_behind", "2026-12-10", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(is_reminded(task(c.kind, "2026-11-26", c.due, 1)), c.reminded) << c.kind << " " << c.due;
  }
  auto a = task("evaluation_due", "2026-11-26", "2026-12-10", 1), b = a;
  a.case_id = b.case_id = 4;
  a.form_entry_id = 7;
  b.form_entry_id = 8;
  EXPECT_EQ(reminder_key(a), "evaluation_due:4:-:7:2026-12-10");
  EXPECT_NE(reminder_key(a), reminder_key(b));
  b = a;
  b.due = "2026-12-11";
  EXPECT_NE(reminder_key(a), reminder_key(b));
}

}  // namespace
}  // namespace polku::tasks
