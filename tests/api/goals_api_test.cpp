// A case's goals over real HTTP on both databases: set in the implementation plan, rated by two evaluations on one
// scale (the progress in order), revised with the text before kept; a completed evaluation rates no more; who
// reads and who keeps them.
#include "api/forms_helpers.hpp"
#include "api/guidance_helpers.hpp"
#include "api/pdf_helpers.hpp"

namespace polku::api_test {
namespace {

class GoalsApi : public BackendTest {};

TEST_P(GoalsApi, AGoalIsSetInThePlanRatedByEachEvaluationAndRevisedWithItsHistory) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  for (const char* kind : {"implementation_plan", "intermediate_evaluation", "final_evaluation"}) {
    json_ok(manager.post(forms_path(w.county), plain_form(kind, kind)), 201);
  }
  const auto reg = w.registry();
  const auto g = guided(w, reg, add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14), "Ville", "Tavoite");
  const std::string cases = "/api/v1/cases/" + std::to_string(g.case_id);
  auto coach = w.sign_in("coach");
  const auto begin = [&](const char* kind) {
    return json_ok(coach.post(cases + "/forms", json::object{{"kind", kind}}), 201);
  };
  auto plan = begin("implementation_plan");
  auto goal = json_ok(coach.post(cases + "/goals", json::object{{"goal", "Säännöllinen päivärytmi"},
                                                                {"measure", "Saapuu ajoissa kolmena päivänä viikossa"},
                                                                {"setInEntryId", int_at(plan, "id")}}),
                      201);
  EXPECT_EQ(int_at(goal, "setInEntryId"), int_at(plan, "id"));
  const std::string path = "/api/v1/goals/" + std::to_string(int_at(goal, "id"));

  // Rated in the intermediate evaluation while it is filled, then again (the last rating stands), then completed.
  auto middle = begin("intermediate_evaluation");
  const auto rating_path = [&](const json::value& e) { return path + "/ratings/" + std::to_string(int_at(e, "id")); };
  EXPECT_TRUE(has_field_error(
      expect_problem(coach.put(path + "/ratings/" + std::to_string(int_at(plan, "id")), json::object{{"rating", 2}}),
                     422),
      "entryId", "not_an_evaluation"));
  EXPECT_TRUE(has_field_error(expect_problem(coach.put(rating_path(middle), json::object{{"rating", 6}}), 422),
                              "rating", "out_of_range"));
  json_ok(coach.put(rating_path(middle), json::object{{"rating", 3}}));
  json_ok(coach.put(rating_path(middle), json::object{{"rating", 2}, {"note", "Aamut vielä vaikeita"}}));
  json_ok(coach.post("/api/v1/form-entries/" + std::to_string(int_at(middle, "id")) + "/completion",
                     json::object{{"version", int_at(middle, "version")}}));
  EXPECT_TRUE(has_field_error(expect_problem(coach.put(rating_path(middle), json::object{{"rating", 4}}), 422),
                              "entryId", "form_completed"));

  // Revised with a reason; then the final evaluation rates it higher.
  auto revised = json_ok(coach.post(path + "/revisions", json::object{{"goal", "Säännöllinen päivärytmi"},
                                                                      {"measure", "Saapuu ajoissa neljänä päivänä"},
                                                                      {"reason", "Kolme päivää onnistuu jo"},
                                                                      {"version", int_at(goal, "version")}}),
                         201);
  expect_problem(
      coach.post(path + "/revisions",
                 json::object{{"goal", "x"}, {"measure", "y"}, {"reason", "z"}, {"version", int_at(goal, "version")}}),
      409);
  auto last = begin("final_evaluation");
  json_ok(coach.put(rating_path(last), json::object{{"rating", 4}}));

  auto read = json_ok(w.sign_in("instructor").get(cases + "/goals"));
  EXPECT_EQ(int_at(read, "scaleSteps"), 5);
  ASSERT_EQ(read.at("items").as_array().size(), 1U);
  const auto& one = read.at("items").as_array()[0];
  EXPECT_EQ(text_at(one, "measure"), "Saapuu ajoissa neljänä päivänä");
  ASSERT_EQ(one.at("revisions").as_array().size(), 1U);
  EXPECT_EQ(text_at(one.at("revisions").as_array()[0], "measureBefore"), "Saapuu ajoissa kolmena päivänä viikossa");
  EXPECT_EQ(text_at(one.at("revisions").as_array()[0], "reason"), "Kolme päivää onnistuu jo");
  const auto& ratings = one.at("ratings").as_array();
  ASSERT_EQ(ratings.size(), 2U) << "one rating per evaluation";
  EXPECT_EQ(text_at(ratings[0], "entryKind"), "intermediate_evaluation");
  EXPECT_EQ(int_at(ratings[0], "rating"), 2);
  EXPECT_EQ(text_at(ratings[0], "note"), "Aamut vielä vaikeita");
  EXPECT_EQ(text_at(ratings[1], "entryKind"), "final_evaluation");
  EXPECT_EQ(int_at(ratings[1], "rating"), 4);
  EXPECT_EQ(int_at(revised, "version"), int_at(goal, "version") + 1);
}

TEST_P(GoalsApi, TheCasesReadersReadTheGoalsAndThePlaceSeesNone) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  const auto g = guided(w, reg, add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14), "Ville", "Tavoite");
  const std::string goals = "/api/v1/cases/" + std::to_string(g.case_id) + "/goals";
  json_ok(w.sign_in("instructor").post(goals, json::object{{"goal", "Työkokeilu"}, {"measure", "Hakee paikkaa"}}), 201);
  EXPECT_TRUE(json_ok(w.sign_in("coach").get(goals)).at("mayWrite").as_bool());
  expect_problem(w.sign_in("supervisor").get(goals), 404);
  expect_problem(w.sign_in("supervisor").post(goals, json::object{{"goal", "x"}, {"measure", "y"}}), 404);
  EXPECT_TRUE(has_field_error(
      expect_problem(
          w.sign_in("coach").post(goals, json::object{{"goal", "x"}, {"measure", "y"}, {"setInEntryId", 99999}}), 422),
      "setInEntryId", "invalid_choice"));
}

// A closed case's goals stay as they were: read, but neither set, revised nor rated, and the user is told why.
TEST_P(GoalsApi, AClosedCasesGoalsAreKeptAsTheyWere) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  const auto reg = w.registry();
  auto c = w.case_at(w.client("Suljettu", "Tavoite"), "end", {.place_id = reg.yard});
  const std::string cases = "/api/v1/cases/" + std::to_string(int_at(c, "id"));
  auto goal =
      json_ok(instructor.post(cases + "/goals", json::object{{"goal", "Opiskelupaikka"}, {"measure", "Haettu"}}), 201);
  c = json_ok(
      instructor.post(cases + "/transitions", json::object{{"to", "follow_up"}, {"version", int_at(c, "version")}}));
  c = json_ok(
      instructor.put(cases + "/follow-up", json::object{{"category", "education"}, {"version", int_at(c, "version")}}));
  c = json_ok(
      instructor.post(cases + "/transitions", json::object{{"to", "closed"}, {"version", int_at(c, "version")}}));
  ASSERT_EQ(text_at(c, "stage"), "closed");
  const auto goals = json_ok(instructor.get(cases + "/goals"));
  EXPECT_FALSE(goals.at("mayWrite").as_bool());
  EXPECT_EQ(goals.at("items").as_array().size(), 1U);
  auto refused = expect_problem(instructor.post("/api/v1/goals/" + std::to_string(int_at(goal, "id")) + "/revisions",
                                                json::object{{"goal", "Opiskelupaikka"},
                                                             {"measure", "Aloittanut"},
                                                             {"reason", "Tarkennus"},
                                                             {"version", int_at(goal, "version")}}),
                                409);
  EXPECT_EQ(problem_code(refused), "case_closed");
  EXPECT_EQ(problem_code(expect_problem(
                instructor.post(cases + "/goals", json::object{{"goal", "Uusi"}, {"measure", "Jotain"}}), 409)),
            "case_closed");
}

// The printed evaluation lists the case's goals with its ratings of them; a correction of it starts from those
// ratings, and the goal's progress shows the correction's rating instead of the one it corrects.
TEST_P(GoalsApi, AnEvaluationPrintsItsRatingsAndACorrectionCarriesThem) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  json_ok(manager.post(forms_path(w.county), plain_form("intermediate_evaluation", "Väliarviointi")), 201);
  const auto reg = w.registry();
  const auto g = guided(w, reg, add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14), "Åsa", "Öljynen");
  const std::string cases = "/api/v1/cases/" + std::to_string(g.case_id);
  auto coach = w.sign_in("coach");
  const auto rated = json_ok(
      coach.post(cases + "/goals", json::object{{"goal", "Päivärytmi säännölliseksi"}, {"measure", "Saapuu ajoissa"}}),
      201);
  json_ok(coach.post(cases + "/goals", json::object{{"goal", "Ruoanlaitto"}, {"measure", "Tekee lounaan itse"}}), 201);
  auto middle = json_ok(coach.post(cases + "/forms", json::object{{"kind", "intermediate_evaluation"}}), 201);
  const std::string entry = "/api/v1/form-entries/" + std::to_string(int_at(middle, "id"));
  const std::string rating = "/api/v1/goals/" + std::to_string(int_at(rated, "id")) + "/ratings/";
  json_ok(coach.put(rating + std::to_string(int_at(middle, "id")),
                    json::object{{"rating", 3}, {"note", "Aamut sujuvat jo"}}));
  json_ok(coach.post(entry + "/completion", json::object{{"version", int_at(middle, "version")}}));

  const auto text = text_of_pdf(coach.get(entry + "/pdf?lang=fi"));
  EXPECT_NE(text.find("Tavoitteiden saavuttaminen"), std::string::npos) << text;
  EXPECT_NE(text.find("Päivärytmi säännölliseksi"), std::string::npos) << text;
  EXPECT_NE(text.find("3/5"), std::string::npos) << text;
  EXPECT_NE(text.find("Aamut sujuvat jo"), std::string::npos) << text;
  EXPECT_NE(text.find("Ruoanlaitto"), std::string::npos) << "an unrated goal is listed too: " << text;
  EXPECT_NE(text_of_pdf(coach.get(entry + "/pdf?lang=sv")).find("Hur målen har nåtts"), std::string::npos);

  auto fix = json_ok(coach.post(entry + "/corrections", json::object{{"reason", "Arvio tarkentui"}}), 201);
  const auto progress = [&] {
    const auto read = json_ok(coach.get(cases + "/goals"));
    return read.at("items").as_array()[0].at("ratings").as_array();
  };
  auto ratings = progress();
  ASSERT_EQ(ratings.size(), 1U) << "the correction's copy stands for the corrected one";
  EXPECT_EQ(int_at(ratings[0], "entryId"), int_at(fix, "id"));
  EXPECT_EQ(int_at(ratings[0], "rating"), 3);
  EXPECT_EQ(text_at(ratings[0], "note"), "Aamut sujuvat jo");
  json_ok(coach.put(rating + std::to_string(int_at(fix, "id")), json::object{{"rating", 4}}));
  ratings = progress();
  ASSERT_EQ(ratings.size(), 1U);
  EXPECT_EQ(int_at(ratings[0], "rating"), 4);
}

POLKU_API_TEST_BACKENDS(GoalsApi);

}  // namespace
}  // namespace polku::api_test
