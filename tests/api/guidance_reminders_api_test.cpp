// The guidance reminders on both databases: the sweep (called here with the day it runs on, as `polku serve`
// calls it with the Helsinki day) notifies the coach and the own worker once when a window starts falling behind,
// in the app and by e-mail, and nobody of a met window, of a window not yet in its last 21 days or of one that
// ended; two sweeps at once (two nodes) still notify once. The notices are read back over real HTTP.
#include <thread>

#include "api/guidance_helpers.hpp"
#include "guidance/reminders.hpp"
#include "notifications/notifier.hpp"
#include "platform/db/row.hpp"

namespace polku::api_test {
namespace {

class GuidanceRemindersApi : public BackendTest {};

// The reminders over the server's database, as a node's sweep runs them.
class Sweep {
 public:
  explicit Sweep(TestServer& server)
      : db_(server.database().url(), 1),
        audit_(db_),
        transactor_(db_, audit_),
        store_(db_),
        notices_(notice_store_, "https://polku.example.fi"),
        reminders_(store_, transactor_, notices_) {}
  int on(const std::string& day) { return reminders_.remind(day); }
  db::Database& db() { return db_; }

 private:
  db::Database db_;
  audit::AuditLog audit_;
  work::Transactor transactor_;
  guidance::GuidanceStore store_;
  notifications::NotificationStore notice_store_{db_};
  notifications::Notifier notices_;
  guidance::Reminders reminders_;
};

json::array guidance_notices(World& w, const std::string& who) {
  json::array out;
  for (const auto& n : items_of(json_ok(w.sign_in(who).get("/api/v1/notifications")))) {
    if (text_at(n, "kind") == "guidance_falling_behind") out.push_back(n);
  }
  return out;
}

TEST_P(GuidanceRemindersApi, AWindowFallingBehindIsNotifiedOncePerRecipientFromItsLast21Days) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  // Both windows end in about ten weeks, so the server's own sweep of today has nothing to tell.
  const auto behind = guided(w, reg, two_weeks_ago(), "Oona", "Ohjattava");
  const auto met = guided(w, reg, two_weeks_ago(), "Mikko", "Mallikas");
  ASSERT_NE(behind.period_id, 0);
  ASSERT_NE(met.period_id, 0);
  ASSERT_EQ(behind.end, met.end);
  const std::string client_path = "/api/v1/clients/" + std::to_string(behind.client_id);
  auto client = json_ok(w.sign_in("instructor").get(client_path));
  json_ok(w.sign_in("manager").put(client_path + "/own-worker", json::object{{"ownWorkerId", w.user_id("worker")},
                                                                             {"version", int_at(client, "version")}}));
  // The coach, a social welfare professional, gives one client an hour and the other all that was promised.
  auto admin = w.sign_in("admin");
  const std::string user_path = "/api/v1/users/" + std::to_string(w.user_id("coach"));
  auto coach_user = json_ok(admin.get(user_path)).as_object();
  coach_user["socialWelfareProfessional"] = true;
  json_ok(admin.put(user_path, coach_user));
  auto coach = w.sign_in("coach");
  json_ok(coach.post(guidance_path(behind), session(behind.start, 60, "individual")), 201);
  json_ok(coach.post(guidance_path(met), session(met.start, 360, "individual")), 201);
  json_ok(coach.post(guidance_path(met), session(add_days(met.start, 1), 45, "social")), 201);

  const std::string warn_from = add_days(behind.end, -20);
  Sweep one(server), other(server);
  EXPECT_EQ(one.on(add_days(warn_from, -1)), 0);  // not yet in its last 21 days
  // Two nodes sweep the first day at once: the coach and the own worker are told once, of `behind` only.
  int by_one = -1, by_other = -1;
  std::thread a([&] { by_one = one.on(warn_from); });
  std::thread b([&] { by_other = other.on(warn_from); });
  a.join();
  b.join();
  EXPECT_EQ(by_one + by_other, 2) << by_one << " + " << by_other;
  EXPECT_EQ(one.on(warn_from), 0);               // again the same day
  EXPECT_EQ(one.on(add_days(warn_from, 1)), 0);  // the next day
  EXPECT_EQ(one.on(behind.end), 0);
  EXPECT_EQ(one.on(add_days(behind.end, 1)), 0);  // the window and the period have ended

  for (const char* who : {"coach", "worker"}) {
    const auto notices = guidance_notices(w, who);
    ASSERT_EQ(notices.size(), 1U) << who;
    const auto& n = notices[0];
    EXPECT_EQ(text_at(n, "link"),
              "/cases/" + std::to_string(behind.case_id) + "#period-" + std::to_string(behind.period_id) + "-guidance")
        << who;
    EXPECT_EQ(int_at(n, "clientId"), behind.client_id) << who;
    EXPECT_EQ(text_at(n.at("params"), "clientName"), "Oona Ohjattava") << who;
    EXPECT_EQ(text_at(n.at("params"), "windowEnd"), behind.end) << who;
    EXPECT_EQ(text_at(n.at("params"), "missingMinutes"), "300") << who;
    EXPECT_EQ(text_at(n.at("params"), "socialMissing"), "true") << who;
    EXPECT_TRUE(n.at("readAt").is_null()) << who;
  }
  for (const char* who : {"instructor", "supervisor", "provider_manager"}) {
    EXPECT_TRUE(guidance_notices(w, who).empty()) << who;
  }

  // Each notice's e-mail waits in the outbox, naming the client only as an e-mail may.
  std::vector<std::pair<std::string, std::string>> mails;
  one.db().read([&](soci::session& sql) {
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT recipient, body FROM outbox ORDER BY recipient");
    for (const auto& r : rows) mails.emplace_back(db::text_at(r, 0), db::text_at(r, 1));
    return 0;
  });
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_EQ(mails[0].first, "coach@example.invalid");
  EXPECT_EQ(mails[1].first, "worker@example.invalid");
  for (const auto& [to, body] : mails) {
    EXPECT_NE(body.find("Asiakas: Oona O.\n"), std::string::npos) << to << ": " << body;
    EXPECT_NE(body.find("Ohjausta puuttuu: 5 h\n"), std::string::npos) << to << ": " << body;
    EXPECT_EQ(body.find("Ohjattava"), std::string::npos) << to << ": " << body;
    EXPECT_NE(body.find("https://polku.example.fi/cases/" + std::to_string(behind.case_id)), std::string::npos) << body;
  }
}

POLKU_API_TEST_BACKENDS(GuidanceRemindersApi);

}  // namespace
}  // namespace polku::api_test
