// The due dates' reminders on both databases: a round of the sweep (run here with the day, as `polku serve` runs it
// hourly) tells each user once of a task a date brought onto their list (here the next evaluation), in the app and
// by e-mail; another round tells nobody again; a new date is a new reminder, told once even by two rounds at once.
#include <thread>

#include "api/forms_helpers.hpp"
#include "api/guidance_helpers.hpp"
#include "platform/db/database.hpp"
#include "platform/db/row.hpp"

namespace polku::api_test {
namespace {

class DueRemindersApi : public BackendTest {};

json::array due_notices(World& w, const std::string& who) {
  json::array out;
  for (const auto& n : items_ok(w.sign_in(who).get("/api/v1/notifications"))) {
    if (text_at(n, "kind") == "task_due") out.push_back(n);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> mails(TestServer& server) {
  db::Database db(server.database().url(), 1);
  return db.read([](soci::session& sql) {
    std::vector<std::pair<std::string, std::string>> out;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT recipient, subject FROM outbox ORDER BY id");
    for (const auto& r : rows) out.emplace_back(db::text_at(r, 0), db::text_at(r, 1));
    return out;
  });
}

TEST_P(DueRemindersApi, ADateComingDueIsToldOnceToEachWhoseListItIsOn) {
  TestServer server(GetParam());
  auto w = World::build(server);
  json_ok(w.sign_in("manager").post(forms_path(w.county), next_evaluation_form()), 201);
  const auto g = guided(w, w.registry(), two_weeks_ago(), "Eeva", "Arvioitava");
  const std::string client_path = "/api/v1/clients/" + std::to_string(g.client_id);
  auto person = json_ok(w.sign_in("instructor").get(client_path));
  json_ok(w.sign_in("manager").put(client_path + "/own-worker", json::object{{"ownWorkerId", w.user_id("worker")},
                                                                             {"version", int_at(person, "version")}}));
  const std::string forms = case_path(g.case_id, "/forms");
  auto coach = w.sign_in("coach");
  const auto evaluate = [&](const std::string& next) {
    auto e = json_ok(coach.post(forms, json::object{{"kind", "intermediate_evaluation"},
                                                    {"answers", json::object{{"next_evaluation_date", next}}}}),
                     201);
    json_ok(coach.post("/api/v1/form-entries/" + std::to_string(int_at(e, "id")) + "/completion",
                       json::object{{"version", int_at(e, "version")}}));
  };
  const std::string today = today_helsinki(), next = add_days(today, 10);
  evaluate(next);

  // The coach and the own worker have it on their lists: each is told once.
  EXPECT_EQ(server.remind_due(today), 2);
  for (const char* who : {"coach", "worker"}) {
    const auto notices = due_notices(w, who);
    ASSERT_EQ(notices.size(), 1U) << who;
    EXPECT_EQ(text_at(notices[0].at("params"), "taskKind"), "evaluation_due");
    EXPECT_EQ(text_at(notices[0].at("params"), "date"), next);
    EXPECT_EQ(int_at(notices[0], "clientId"), g.client_id);
    EXPECT_EQ(text_at(notices[0], "link"), "/");
  }
  EXPECT_TRUE(due_notices(w, "instructor").empty());
  const auto sent = mails(server);
  ASSERT_EQ(sent.size(), 2U);
  for (const auto& [to, subject] : sent) EXPECT_EQ(subject, "Polku: väliarvio " + display_date(next)) << to;

  // Another round tells nobody again.
  EXPECT_EQ(server.remind_due(today), 0);
  EXPECT_EQ(server.remind_due(add_days(today, 1)), 0);

  // The next evaluation begun and completed with a new date: a new reminder, when it comes due; two rounds at once
  // (two nodes) tell each once.
  evaluate(add_days(today, 12));
  int a = -1, b = -1;
  std::thread one([&] { a = server.remind_due(today); });
  std::thread two([&] { b = server.remind_due(today); });
  one.join();
  two.join();
  EXPECT_EQ(a + b, 2);
  EXPECT_EQ(due_notices(w, "coach").size(), 2U);
  EXPECT_EQ(due_notices(w, "worker").size(), 2U);
  EXPECT_EQ(mails(server).size(), 4U);
}

}  // namespace

POLKU_API_TEST_BACKENDS(DueRemindersApi);

}  // namespace polku::api_test
