// The demo data that `make run` loads (no other test stands on it): it loads into a fresh
// database of either kind through the same stores a user's changes go through, once,
// and every demo user signs in and sees the demo's story.
#include "api/api_test_helpers.hpp"
#include "app/demo_data.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class DemoDataApi : public BackendTest {};

TEST_P(DemoDataApi, LoadsIntoAFreshDatabaseOnceAndEveryDemoUserSignsIn) {
  std::vector<app::DemoLogin> logins;
  TestServer server(GetParam(), [&](db::Database& db) {
    logins = app::seed_demo(db);
    EXPECT_TRUE(app::has_demo_users(db));
    EXPECT_TRUE(app::seed_demo(db).empty()) << "a second seed does nothing";
  });
  ASSERT_FALSE(logins.empty());
  for (const auto& login : logins) {
    HttpClient client(server.port());
    auto res = client.login(login.username, app::kDemoPassword);
    ASSERT_EQ(res.status, 200) << login.username << ": " << res.body;
    EXPECT_EQ(text_at(res.json().at("user"), "username"), login.username);
  }
  auto instructor = signed_in(server, "sanna", "fi", app::kDemoPassword);
  EXPECT_EQ(items_ok(instructor.get("/api/v1/clients")).size(), 7U);
  EXPECT_FALSE(items_ok(instructor.get("/api/v1/cases")).empty());
  EXPECT_FALSE(items_ok(instructor.get("/api/v1/places")).empty());
  EXPECT_FALSE(items_ok(signed_in(server, "mikko", "fi", app::kDemoPassword).get("/api/v1/agreements")).empty());

  // Every case that has started work has its place and a client agreement acknowledged by all three.
  int started = 0;
  for (const auto& c : items_ok(instructor.get("/api/v1/cases"))) {
    const auto stage = text_at(c, "stage");
    if (stage != "implementation" && stage != "end" && stage != "follow_up" && stage != "closed") continue;
    ++started;
    const auto client = std::to_string(int_at(c, "clientId"));
    EXPECT_FALSE(items_ok(instructor.get("/api/v1/bookings?clientId=" + client)).empty()) << stage << " case";
    bool acknowledged = false;
    for (const auto& a : items_ok(instructor.get("/api/v1/client-agreements?clientId=" + client))) {
      acknowledged = acknowledged || a.at("acknowledgements").as_array().size() == 3;
    }
    EXPECT_TRUE(acknowledged) << stage << " case of client " << client;
  }
  EXPECT_GE(started, 2) << "the demo shows a case at work and an ended one";

  // Each role of the start of the work opens Polku to what waits for them.
  const std::vector<std::pair<const char*, const char*>> waiting = {
      {"sanna", "client_agreement_to_acknowledge"}, {"leena", "decision_to_make"},
      {"hanna", "service_order_to_answer"},         {"aino", "client_agreement_to_acknowledge"},
      {"aino", "client_starting_at_place"},         {"mikko", "case_without_own_worker"},
      {"sanna", "absence_alert_to_handle"}};
  for (const auto& [user, kind] : waiting) {
    auto who = signed_in(server, user, "fi", app::kDemoPassword);
    bool found = false;
    for (const auto& t : items_ok(who.get("/api/v1/tasks"))) found = found || text_at(t, "kind") == kind;
    EXPECT_TRUE(found) << user << " should see " << kind;
  }
}

TEST_P(DemoDataApi, TheCaseAtWorkRunsInAPeriodWithItsDaysMarkedByThePlacesSupervisor) {
  TestServer server(GetParam(), [](db::Database& db) { app::seed_demo(db); });
  auto aino = signed_in(server, "aino", "fi", app::kDemoPassword);
  const std::string today = today_helsinki();
  auto days = items_ok(aino.get("/api/v1/attendance?from=" + add_days(today, -27) + "&to=" + add_days(today, -1)));
  ASSERT_GE(days.size(), 8U) << "three days a week for four weeks, less holidays";
  std::map<std::string, int> statuses;
  for (const auto& d : days) {
    EXPECT_EQ(text_at(d, "clientName"), "Matti Johannes Esimerkki");
    ASSERT_TRUE(d.at("record").is_object()) << "every past day is marked: " << text_at(d, "date");
    ++statuses[text_at(d.at("record"), "status")];
  }
  EXPECT_EQ(statuses["absent_without_notice"], 1);
  EXPECT_EQ(statuses["absent_with_notice"], 1);
  EXPECT_GE(statuses["present"], 6);
  auto sanna = signed_in(server, "sanna", "fi", app::kDemoPassword);
  auto alerts = items_ok(sanna.get("/api/v1/absence-alerts"));
  ASSERT_EQ(alerts.size(), 1U);
  EXPECT_TRUE(alerts[0].at("handledAt").is_null());
  // His rehabilitation course five weeks on is a break of the period, which his guidance window grows by.
  const std::string period = "/api/v1/periods/" + std::to_string(int_at(days[0], "periodId"));
  auto read = json_ok(sanna.get(period + "/attendance?from=" + today + "&to=" + today));
  ASSERT_EQ(read.at("period").at("breaks").as_array().size(), 1U);
  EXPECT_EQ(text_at(read.at("period").at("breaks").as_array()[0], "reason"), "Kuntoutuskurssi");
  EXPECT_EQ(int_at(json_ok(sanna.get(period + "/guidance")).at("windows").as_array()[0], "pausedDays"), 14);
  // His first intermediate meeting is recorded and the next one scheduled.
  const auto meetings = json_ok(sanna.get("/api/v1/cases/" + std::to_string(int_at(read.at("period"), "caseId")) +
                                          "/meetings"))
                            .at("meetings")
                            .as_array();
  ASSERT_EQ(meetings.size(), 2U);
  EXPECT_EQ(text_at(meetings[0], "state"), "scheduled");
  EXPECT_EQ(text_at(meetings[1], "state"), "held");
}

POLKU_API_TEST_BACKENDS(DemoDataApi);

}  // namespace
}  // namespace polku::api_test
