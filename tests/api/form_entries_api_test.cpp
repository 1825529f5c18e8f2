// A case's filled forms over real HTTP on both databases: a draft begun on the form's newest version survives a
// refused completion and keeps its version after a newer one is published; a completed form is locked and a
// correction is a new draft naming it; who reads and fills which kind.
#include "api/forms_helpers.hpp"
#include "api/guidance_helpers.hpp"
#include "platform/files/file_store.hpp"

namespace polku::api_test {
namespace {

class FormEntriesApi : public BackendTest {};

TEST_P(FormEntriesApi, ADraftIsSavedCompletedWhenWholeThenLockedAndCorrectedAsANewDraft) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  auto first = json_ok(manager.post(forms_path(w.county), feedback("Asiakaspalaute")), 201);
  const auto reg = w.registry();
  const auto g = guided(w, reg, add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14), "Lotta", "Lomake");
  const std::string forms = "/api/v1/cases/" + std::to_string(g.case_id) + "/forms";
  auto coach = w.sign_in("coach");

  // The coach begins the client's feedback with the client: a comment, the scale not yet.
  auto made = json_ok(coach.post(forms, json::object{{"kind", "client_feedback"},
                                                     {"answers", json::object{{"comment", "Työ on mukavaa."}}}}),
                      201);
  EXPECT_EQ(text_at(made, "state"), "draft");
  EXPECT_EQ(int_at(made, "formVersion"), 1);
  EXPECT_EQ(int_at(made, "formVersionId"), int_at(first, "id"));
  EXPECT_TRUE(made.at("mayWrite").as_bool());
  const std::string entry = "/api/v1/form-entries/" + std::to_string(int_at(made, "id"));

  // Completion names what is missing; the draft stays as it was.
  auto refused =
      expect_problem(coach.post(entry + "/completion", json::object{{"version", int_at(made, "version")}}), 422);
  EXPECT_TRUE(has_field_error(refused, "satisfaction", "required")) << json::serialize(refused);
  auto kept = json_ok(coach.get(entry));
  EXPECT_EQ(text_at(kept.at("answers"), "comment"), "Työ on mukavaa.");
  EXPECT_EQ(text_at(kept, "state"), "draft");

  // A value of the wrong type is refused on save; a right one saves; a save on an old version is a conflict.
  const auto answers = [](const std::string& step) {
    return json::object{{"comment", "Työ on mukavaa."}, {"satisfaction", step}};
  };
  EXPECT_TRUE(has_field_error(
      expect_problem(coach.put(entry, json::object{{"answers", answers("4")}, {"version", int_at(kept, "version")}}),
                     422),
      "satisfaction", "invalid_choice"));
  auto saved = json_ok(coach.put(entry, json::object{{"answers", answers("3")}, {"version", int_at(kept, "version")}}));
  EXPECT_EQ(int_at(saved, "version"), int_at(kept, "version") + 1);
  expect_problem(coach.put(entry, json::object{{"answers", answers("2")}, {"version", int_at(kept, "version")}}), 409);

  // A newer version of the form does not move the one begun.
  json_ok(manager.post(forms_path(w.county), feedback("Asiakkaan palaute")), 201);
  EXPECT_EQ(int_at(json_ok(coach.get(entry)), "formVersion"), 1);

  auto done = json_ok(coach.post(entry + "/completion", json::object{{"version", int_at(saved, "version")}}));
  EXPECT_EQ(text_at(done, "state"), "completed");
  EXPECT_EQ(text_at(done, "completedBy"), w.name("coach"));
  EXPECT_FALSE(done.at("mayWrite").as_bool());
  EXPECT_TRUE(has_field_error(
      expect_problem(coach.put(entry, json::object{{"answers", answers("1")}, {"version", int_at(done, "version")}}),
                     422),
      "state", "form_completed"));

  EXPECT_TRUE(
      has_field_error(expect_problem(coach.post(entry + "/corrections", json::object{}), 422), "reason", "required"));
  auto correction = json_ok(
      coach.post(entry + "/corrections", json::object{{"reason", "Asiakas tarkensi vastaustaan seuraavana päivänä."}}),
      201);
  EXPECT_EQ(text_at(correction, "state"), "draft");
  EXPECT_EQ(int_at(correction, "correctsId"), int_at(made, "id"));
  EXPECT_EQ(int_at(correction, "formVersion"), 1) << "a correction stays on the version it corrects";
  EXPECT_EQ(text_at(correction.at("answers"), "satisfaction"), "3");
  EXPECT_EQ(text_at(json_ok(coach.get(entry)).at("answers"), "satisfaction"), "3") << "the completed one is kept";
  EXPECT_EQ(items_ok(w.sign_in("instructor").get(forms)).size(), 2U);

  // The completed form prints, in the language asked for.
  auto pdf = coach.get(entry + "/pdf?lang=sv");
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0U);
  expect_problem(w.sign_in("supervisor").get(entry + "/pdf"), 404);

  // The completed form is kept as first given: printed again it is the same bytes, listed on the case with their
  // checksum, and downloaded from there exactly as kept. A draft is printed anew and not kept.
  EXPECT_EQ(coach.get(entry + "/pdf?lang=sv").body, pdf.body);
  const std::string documents = "/api/v1/cases/" + std::to_string(int_at(made, "caseId")) + "/documents";
  auto listed = items_ok(coach.get(documents));
  ASSERT_EQ(listed.size(), 1U);
  const auto& given = listed.front().as_object();
  EXPECT_EQ(text_at(given, "kind"), "client_feedback");
  EXPECT_EQ(text_at(given, "language"), "sv");
  EXPECT_EQ(text_at(given, "sha256"), files::sha256_hex(pdf.body));
  auto download = coach.get("/api/v1/documents/" + std::to_string(int_at(given, "id")));
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf.body);
  EXPECT_EQ(download.header("x-content-sha256"), files::sha256_hex(pdf.body));
  const std::string draft = "/api/v1/form-entries/" + std::to_string(int_at(correction, "id")) + "/pdf";
  EXPECT_EQ(coach.get(draft).status, 200);
  EXPECT_EQ(items_ok(coach.get(documents)).size(), 1U);
  expect_problem(w.sign_in("supervisor").get("/api/v1/documents/" + std::to_string(int_at(given, "id"))), 404);
}

TEST_P(FormEntriesApi, EachKindHasItsReadersAndWriters) {
  TestServer server(GetParam());
  auto w = World::build(server);
  json_ok(w.sign_in("manager").post(forms_path(w.county), feedback("Asiakaspalaute")), 201);
  const auto reg = w.registry();
  const auto g = guided(w, reg, add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14), "Lotta", "Lomake");
  const std::string forms = "/api/v1/cases/" + std::to_string(g.case_id) + "/forms";
  auto instructor = w.sign_in("instructor");
  auto made = json_ok(instructor.post(forms, json::object{{"kind", "client_feedback"}}), 201);
  const std::string entry = "/api/v1/form-entries/" + std::to_string(int_at(made, "id"));

  // The coach fills the feedback but not the client agreement, which is the purchaser's.
  expect_problem(w.sign_in("coach").post(forms, json::object{{"kind", "client_agreement"}}), 403);
  EXPECT_EQ(items_ok(w.sign_in("coach").get(forms)).size(), 1U);
  // A kind the purchaser has no form of.
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(forms, json::object{{"kind", "meeting_notes"}}), 422),
                              "kind", "invalid_choice"));
  EXPECT_TRUE(has_field_error(
      expect_problem(instructor.post(forms, json::object{{"kind", "client_feedback"}, {"answers", "hyvä"}}), 422),
      "answers", "invalid_format"));
  // The place's supervisor sees only the placement feedback (none yet), never this form; another host nothing.
  EXPECT_TRUE(items_ok(w.sign_in("supervisor").get(forms)).empty());
  expect_problem(w.sign_in("supervisor").get(entry), 404);
  expect_problem(w.sign_in("company_manager").get(forms), 404);
  expect_problem(w.sign_in("supervisor").put(entry, json::object{{"answers", json::object{}}, {"version", 1}}), 404);
}

// Seed 003: a completed implementation plan is delivered to the client's own worker, who acknowledges it.
TEST_P(FormEntriesApi, ACompletedImplementationPlanIsDeliveredToTheOwnWorkerWhoAcknowledgesIt) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  json_ok(manager.post(forms_path(w.county), plain_form("implementation_plan", "Toteutussuunnitelma")), 201);
  const auto reg = w.registry();
  const auto g = guided(w, reg, add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14), "Olli", "Oma");
  auto person = json_ok(manager.get("/api/v1/clients/" + std::to_string(g.client_id)));
  json_ok(manager.put("/api/v1/clients/" + std::to_string(g.client_id) + "/own-worker",
                      json::object{{"ownWorkerId", w.user_id("worker")}, {"version", int_at(person, "version")}}));
  auto coach = w.sign_in("coach");
  auto plan = json_ok(coach.post("/api/v1/cases/" + std::to_string(g.case_id) + "/forms",
                                 json::object{{"kind", "implementation_plan"},
                                              {"answers", json::object{{"comment", "Kolme päivää viikossa"}}}}),
                      201);
  const std::string entry = "/api/v1/form-entries/" + std::to_string(int_at(plan, "id"));
  auto worker = w.sign_in("worker");
  // Not before it is completed.
  EXPECT_TRUE(has_field_error(
      expect_problem(worker.post(entry + "/acknowledgement", json::object{{"version", int_at(plan, "version")}}), 422),
      "state", "form_not_completed"));
  auto done = json_ok(coach.post(entry + "/completion", json::object{{"version", int_at(plan, "version")}}));

  // The own worker is told (in the app) and has it on the task list; nobody else acknowledges it.
  bool told = false;
  for (const auto& n : items_ok(worker.get("/api/v1/notifications"))) {
    told = told || (text_at(n, "kind") == "implementation_plan_completed" &&
                    text_at(n, "link") ==
                        "/cases/" + std::to_string(g.case_id) + "#form-entry-" + std::to_string(int_at(plan, "id")));
  }
  EXPECT_TRUE(told);
  const auto waiting = [&] {
    int n = 0;
    for (const auto& t : items_ok(worker.get("/api/v1/tasks"))) {
      if (text_at(t, "kind") == "implementation_plan_to_acknowledge") {
        ++n;
        EXPECT_EQ(int_at(t, "formEntryId"), int_at(plan, "id"));
        EXPECT_EQ(int_at(t, "caseId"), g.case_id);
      }
    }
    return n;
  };
  EXPECT_EQ(waiting(), 1);
  EXPECT_TRUE(json_ok(worker.get(entry)).at("mayAcknowledge").as_bool());
  EXPECT_FALSE(json_ok(coach.get(entry)).at("mayAcknowledge").as_bool());
  EXPECT_TRUE(json_ok(coach.get(entry)).at("mayCorrect").as_bool());
  expect_problem(
      w.sign_in("instructor").post(entry + "/acknowledgement", json::object{{"version", int_at(done, "version")}}),
      403);
  auto acknowledged =
      json_ok(worker.post(entry + "/acknowledgement", json::object{{"version", int_at(done, "version")}}));
  EXPECT_EQ(text_at(acknowledged, "acknowledgedBy"), w.name("worker"));
  EXPECT_EQ(waiting(), 0);
  EXPECT_TRUE(has_field_error(
      expect_problem(
          worker.post(entry + "/acknowledgement", json::object{{"version", int_at(acknowledged, "version")}}), 422),
      "state", "already_acknowledged"));
}

// The date a completed evaluation names for the next one puts it on the coach's task list two weeks before; the
// next one begun takes it off.
TEST_P(FormEntriesApi, TheNextEvaluationIsOnTheTaskListFromTwoWeeksBefore) {
  TestServer server(GetParam());
  auto w = World::build(server);
  json_ok(w.sign_in("manager").post(forms_path(w.county), next_evaluation_form()), 201);
  const auto reg = w.registry();
  const auto g = guided(w, reg, add_days(today_helsinki(), 1 - iso_weekday(today_helsinki()) - 14), "Eeva", "Arvio");
  const std::string forms = "/api/v1/cases/" + std::to_string(g.case_id) + "/forms";
  auto coach = w.sign_in("coach");
  const auto evaluate = [&](const std::string& next) {
    auto e = json_ok(coach.post(forms, json::object{{"kind", "intermediate_evaluation"},
                                                    {"answers", json::object{{"next_evaluation_date", next}}}}),
                     201);
    return json_ok(coach.post("/api/v1/form-entries/" + std::to_string(int_at(e, "id")) + "/completion",
                              json::object{{"version", int_at(e, "version")}}));
  };
  const auto due = [&]() -> std::string {
    for (const auto& t : items_ok(coach.get("/api/v1/tasks"))) {
      if (text_at(t, "kind") == "evaluation_due") return text_at(t, "due");
    }
    return "";
  };
  const std::string today = today_helsinki();
  evaluate(add_days(today, 15));
  EXPECT_EQ(due(), "") << "not yet: more than two weeks ahead";
  auto second = evaluate(add_days(today, 14));
  EXPECT_EQ(due(), add_days(today, 14)) << "the newest evaluation's date, from two weeks before";
  json_ok(coach.post(forms, json::object{{"kind", "intermediate_evaluation"}}), 201);
  EXPECT_EQ(due(), "") << "the next one is begun";
  (void)second;
}

// The placement feedback is filled by the staff of the place where the client has a period (the host's manager here),
// who see no other form and not the case; the period waits on their task list from two weeks before it ends.
TEST_P(FormEntriesApi, ThePlacesStaffFillThePlacementFeedbackAndSeeNothingElse) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  auto manager = w.sign_in("manager");
  json_ok(manager.post(forms_path(w.county), plain_form("placement_feedback", "Työpaikan palaute")), 201);
  json_ok(manager.post(forms_path(w.county), plain_form("intermediate_evaluation", "Väliarvio")), 201);
  // One period under way for ten weeks more, one ending within two weeks; both at the recycling host's place.
  const auto running = guided(w, reg, two_weeks_ago(), "Oona", "Ohjattava");
  const std::string early = add_days(add_months(today_helsinki(), -3), 10);
  const auto ending = guided(w, reg, add_days(early, 1 - iso_weekday(early)), "Eino", "Lopettava");
  ASSERT_NE(running.period_id, 0);
  ASSERT_NE(ending.period_id, 0);
  auto instructor = w.sign_in("instructor");
  auto evaluation = json_ok(
      instructor.post(case_path(running.case_id, "/forms"), json::object{{"kind", "intermediate_evaluation"}}), 201);

  auto host = w.sign_in("recycling_manager");
  auto listed = items_ok(host.get("/api/v1/placement-feedback"));
  ASSERT_EQ(listed.size(), 2U);
  EXPECT_EQ(int_at(listed[0], "periodId"), ending.period_id);  // by their end
  EXPECT_EQ(text_at(listed[1], "clientName"), "Oona Ohjattava");
  EXPECT_TRUE(listed[1].at("feedback").is_null());

  // The host's manager begins and completes it; another kind is refused, and no other form is shown.
  expect_problem(host.post(case_path(running.case_id, "/forms"), json::object{{"kind", "intermediate_evaluation"}}),
                 403);
  auto feedback =
      json_ok(host.post(case_path(running.case_id, "/forms"), json::object{{"kind", "placement_feedback"}}), 201);
  const std::string entry_path = "/api/v1/form-entries/" + std::to_string(int_at(feedback, "id"));
  feedback = json_ok(
      host.put(entry_path, json::object{{"answers", json::object{{"comment", "Täsmällinen ja oma-aloitteinen"}}},
                                        {"version", int_at(feedback, "version")}}));
  json_ok(host.post(entry_path + "/completion", json::object{{"version", int_at(feedback, "version")}}));
  auto own = items_ok(host.get(case_path(running.case_id, "/forms")));
  ASSERT_EQ(own.size(), 1U);
  EXPECT_EQ(text_at(own[0], "kind"), "placement_feedback");
  expect_problem(host.get("/api/v1/form-entries/" + std::to_string(int_at(evaluation, "id"))), 404);
  expect_problem(host.get(case_path(running.case_id)), 404);  // the case itself stays the purchaser's
  auto pdf = host.get(entry_path + "/pdf?lang=fi");
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0U);
  listed = items_ok(host.get("/api/v1/placement-feedback"));
  ASSERT_EQ(listed.size(), 2U);
  EXPECT_EQ(text_at(listed[1].at("feedback"), "state"), "completed");

  // The purchaser reads it with the case's other forms.
  bool seen = false;
  for (const auto& e : items_ok(instructor.get(case_path(running.case_id, "/forms")))) {
    seen = seen || text_at(e, "kind") == "placement_feedback";
  }
  EXPECT_TRUE(seen);
  // The host's placement supervisor too; staff of another host, and the provider, do not fill it.
  EXPECT_EQ(items_ok(w.sign_in("supervisor").get("/api/v1/placement-feedback")).size(), 2U);
  EXPECT_EQ(items_ok(w.sign_in("supervisor").get(case_path(running.case_id, "/forms"))).size(), 1U);
  expect_problem(w.sign_in("company_supervisor").get(case_path(running.case_id, "/forms")), 404);
  expect_problem(w.sign_in("company_manager")
                     .post(case_path(running.case_id, "/forms"), json::object{{"kind", "placement_feedback"}}),
                 404);
  EXPECT_TRUE(items_ok(w.sign_in("company_supervisor").get("/api/v1/placement-feedback")).empty());
  expect_problem(
      w.sign_in("coach").post(case_path(running.case_id, "/forms"), json::object{{"kind", "placement_feedback"}}), 403);

  // The period ending soon waits on the host's task list, with its end as the due date; the completed one does not.
  int due = 0;
  for (const auto& t : items_ok(host.get("/api/v1/tasks"))) {
    if (text_at(t, "kind") != "placement_feedback_due") continue;
    ++due;
    EXPECT_EQ(int_at(t, "periodId"), ending.period_id);
    EXPECT_EQ(text_at(t, "due"), ending.end);
  }
  EXPECT_EQ(due, 1);
  for (const auto& t : items_ok(instructor.get("/api/v1/tasks")))
    EXPECT_NE(text_at(t, "kind"), "placement_feedback_due");
}

POLKU_API_TEST_BACKENDS(FormEntriesApi);

}  // namespace
}  // namespace polku::api_test
