// The guidance module over real HTTP on both databases: a coach records guidance and the window fills, social
// guidance only by a social welfare professional, who reads and records, the followed windows, and a window
// falling behind on the task lists of the coach and the own worker.
#include "api/guidance_helpers.hpp"

namespace polku::api_test {
namespace {

class GuidanceApi : public BackendTest {};

TEST_P(GuidanceApi, ACoachRecordsGuidanceAndTheWindowFills) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto g = guided(w, two_weeks_ago());
  ASSERT_NE(g.period_id, 0);
  auto coach = w.sign_in("coach");

  auto log = json_ok(coach.get(guidance_path(g)));
  EXPECT_EQ(int_at(log.at("promise"), "minHours"), 6);
  EXPECT_TRUE(log.at("promise").at("socialIncluded").as_bool());
  EXPECT_TRUE(log.at("mayRecord").as_bool());
  ASSERT_EQ(log.at("windows").as_array().size(), 1U);
  auto window = log.at("windows").at(0);
  EXPECT_EQ(text_at(window, "from"), g.start);
  EXPECT_EQ(text_at(window, "to"), g.end);
  EXPECT_EQ(int_at(window, "requiredMinutes"), 360);
  EXPECT_EQ(text_at(window, "state"), "open");

  auto made = json_ok(coach.post(guidance_path(g), session(g.start, 90, "individual")), 201);
  EXPECT_EQ(int_at(made, "minutes"), 90);
  EXPECT_EQ(text_at(made, "givenByName"), w.name("coach"));
  EXPECT_FALSE(made.at("givenByProfessional").as_bool());
  json_ok(coach.post(guidance_path(g), session(add_days(g.start, 1), 120, "group")), 201);

  // Social guidance only by a social welfare professional: refused until the administrator records the coach as one.
  auto refused = expect_problem(coach.post(guidance_path(g), session(add_days(g.start, 2), 60, "social")), 422);
  EXPECT_TRUE(has_field_error(refused, "kind", "social_guidance_needs_professional")) << json::serialize(refused);
  auto admin = w.sign_in("admin");
  const std::string user_path = "/api/v1/users/" + std::to_string(w.user_id("coach"));
  auto user = json_ok(admin.get(user_path));
  EXPECT_FALSE(user.at("socialWelfareProfessional").as_bool());
  auto changed = user.as_object();
  changed["socialWelfareProfessional"] = true;
  EXPECT_TRUE(json_ok(admin.put(user_path, changed)).at("socialWelfareProfessional").as_bool());
  coach = w.sign_in("coach");
  auto social = json_ok(coach.post(guidance_path(g), session(add_days(g.start, 2), 60, "social")), 201);
  EXPECT_TRUE(social.at("givenByProfessional").as_bool());

  log = json_ok(coach.get(guidance_path(g)));
  window = log.at("windows").at(0);
  EXPECT_EQ(int_at(window, "individualMinutes"), 150);
  EXPECT_EQ(int_at(window, "socialMinutes"), 60);
  EXPECT_EQ(int_at(window, "groupMinutes"), 120);
  EXPECT_EQ(int_at(window, "missingMinutes"), 210);
  EXPECT_FALSE(window.at("met").as_bool());
  ASSERT_EQ(log.at("sessions").as_array().size(), 3U);
  EXPECT_EQ(text_at(log.at("sessions").at(0), "kind"), "social");  // newest first

  // The fields, checked by the server.
  auto bad = expect_problem(
      coach.post(guidance_path(g),
                 json::object{{"day", add_days(today_helsinki(), 1)}, {"minutes", 0}, {"kind", "coffee"}}),
      422);
  EXPECT_TRUE(has_field_error(bad, "day", "in_future")) << json::serialize(bad);
  EXPECT_TRUE(has_field_error(bad, "minutes", "required")) << json::serialize(bad);
  EXPECT_TRUE(has_field_error(bad, "kind", "invalid_choice")) << json::serialize(bad);
  bad = expect_problem(coach.post(guidance_path(g), session(add_days(g.start, -1), 30, "individual")), 422);
  EXPECT_TRUE(has_field_error(bad, "day", "outside_period")) << json::serialize(bad);

  // The start page's list: the coach's period with its window today.
  auto followed = items_ok(coach.get("/api/v1/guidance"));
  ASSERT_EQ(followed.size(), 1U);
  EXPECT_EQ(int_at(followed[0], "periodId"), g.period_id);
  EXPECT_EQ(int_at(followed[0].at("window"), "individualMinutes"), 150);
  EXPECT_EQ(text_at(followed[0], "clientName"), "Oona Ohjattava");
}

TEST_P(GuidanceApi, TheCaseReadsItThePlaceAndOtherPurchasersDoNot) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto g = guided(w, two_weeks_ago());
  ASSERT_NE(g.period_id, 0);
  json_ok(w.sign_in("instructor").post(guidance_path(g), session(g.start, 45, "individual")), 201);

  // The purchaser's manager reads and does not record.
  auto manager = w.sign_in("manager");
  auto log = json_ok(manager.get(guidance_path(g)));
  EXPECT_FALSE(log.at("mayRecord").as_bool());
  EXPECT_EQ(log.at("sessions").as_array().size(), 1U);
  expect_problem(manager.post(guidance_path(g), session(g.start, 45, "individual")), 403);
  // The place's staff mark the days but see no guidance; another county sees nothing of the period.
  for (const char* who : {"supervisor", "recycling_manager", "other_instructor"}) {
    auto other = w.sign_in(who);
    expect_problem(other.get(guidance_path(g)), 404);
    expect_problem(other.post(guidance_path(g), session(g.start, 45, "individual")), 404);
    EXPECT_TRUE(items_ok(other.get("/api/v1/guidance")).empty()) << who;
  }
  expect_problem(HttpClient(server.port()).get(guidance_path(g)), 401);
  expect_problem(w.sign_in("coach").get("/api/v1/periods/999999/guidance"), 404);
}

TEST_P(GuidanceApi, AWindowFallingBehindIsOnTheCoachsAndTheOwnWorkersTaskLists) {
  TestServer server(GetParam());
  auto w = World::build(server);
  // A period from the Monday 11–12 weeks ago: its first window ends within the coming three weeks.
  const auto today = today_helsinki();
  const auto start = add_days(today, 1 - iso_weekday(today) - 77);
  const auto g = guided(w, start);
  ASSERT_NE(g.period_id, 0);
  auto client = json_ok(w.sign_in("instructor").get("/api/v1/clients/" + std::to_string(g.client_id)));
  json_ok(w.sign_in("manager").put(
      "/api/v1/clients/" + std::to_string(g.client_id) + "/own-worker",
      json::object{{"ownWorkerId", w.user_id("worker")}, {"version", int_at(client, "version")}}));
  json_ok(w.sign_in("coach").post(guidance_path(g), session(start, 60, "individual")), 201);

  const auto task_of = [&](const std::string& who) -> json::value {
    for (const auto& t : items_ok(w.sign_in(who).get("/api/v1/tasks"))) {
      if (text_at(t, "kind") == "guidance_falling_behind" && int_at(t, "periodId") == g.period_id) return t;
    }
    return nullptr;
  };
  for (const char* who : {"coach", "worker"}) {
    const auto t = task_of(who);
    ASSERT_TRUE(t.is_object()) << who;
    EXPECT_EQ(text_at(t, "due"), g.end) << who;
    EXPECT_EQ(text_at(t, "since"), add_days(g.end, -20)) << who;
    EXPECT_EQ(int_at(t, "missingMinutes"), 300) << who;
    EXPECT_EQ(int_at(t, "caseId"), g.case_id) << who;
  }
  EXPECT_TRUE(task_of("supervisor").is_null());

  // Guidance given: the hours are met, but the product's social guidance is still missing; then it is given.
  json_ok(w.sign_in("coach").post(guidance_path(g), session(add_days(start, 1), 300, "individual")), 201);
  auto t = task_of("coach");
  ASSERT_TRUE(t.is_object());
  EXPECT_EQ(int_at(t, "missingMinutes"), 0);
  auto admin = w.sign_in("admin");
  const std::string user_path = "/api/v1/users/" + std::to_string(w.user_id("worker"));
  auto user = json_ok(admin.get(user_path)).as_object();
  user["socialWelfareProfessional"] = true;
  json_ok(admin.put(user_path, user));
  json_ok(w.sign_in("worker").post(guidance_path(g), session(add_days(start, 2), 45, "social")), 201);
  EXPECT_TRUE(task_of("coach").is_null());
  EXPECT_TRUE(task_of("worker").is_null());
}

POLKU_API_TEST_BACKENDS(GuidanceApi);

}  // namespace
}  // namespace polku::api_test
