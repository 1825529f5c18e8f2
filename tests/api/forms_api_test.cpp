// The forms module over real HTTP on both databases: a purchaser's manager publishes versions of a form, each
// checked whole and never changed; an older version still reads as it was; who may publish.
#include "api/forms_helpers.hpp"

namespace polku::api_test {
namespace {

class FormsApi : public BackendTest {};

TEST_P(FormsApi, AManagerPublishesVersionsAndAnOlderOneStillReadsAsItWas) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  const std::string forms = "/api/v1/organisations/" + std::to_string(w.county) + "/forms";

  auto first = json_ok(manager.post(forms, feedback("Asiakaspalaute")), 201);
  EXPECT_EQ(int_at(first, "version"), 1);
  EXPECT_EQ(int_at(first, "organisationId"), w.county);
  EXPECT_EQ(text_at(first, "publishedBy"), w.name("manager"));
  auto second = json_ok(manager.post(forms, feedback("Asiakkaan palaute")), 201);
  EXPECT_EQ(int_at(second, "version"), 2);

  auto current = items_ok(manager.get(forms));
  ASSERT_EQ(current.size(), 1U);
  EXPECT_EQ(int_at(current[0], "version"), 2);
  EXPECT_EQ(text_at(current[0].at("title"), "fi"), "Asiakkaan palaute");
  auto history = items_ok(manager.get(forms + "/client_feedback/versions"));
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(int_at(history[0], "version"), 2);
  EXPECT_EQ(int_at(history[1], "version"), 1);

  // Version 1, read by a provider's worker who fills it: as it was published.
  auto old = json_ok(w.sign_in("coach").get("/api/v1/form-versions/" + std::to_string(int_at(first, "id"))));
  EXPECT_EQ(text_at(old.at("definition").at("title"), "fi"), "Asiakaspalaute");
  const auto& field = old.at("definition").at("sections").as_array()[0].at("fields").as_array()[0];
  EXPECT_EQ(text_at(field, "type"), "scale");
  EXPECT_EQ(field.at("options").as_array().size(), 3U);
  expect_problem(manager.get("/api/v1/form-versions/999999"), 404);
}

TEST_P(FormsApi, ADefinitionIsRefusedWholeAndOnlyAPurchasersManagerPublishes) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  const std::string forms = "/api/v1/organisations/" + std::to_string(w.county) + "/forms";

  auto refused = expect_problem(manager.post(forms, feedback("", "")), 422);
  EXPECT_TRUE(has_field_error(refused, "definition.title.fi", "required")) << json::serialize(refused);
  EXPECT_TRUE(has_field_error(refused, "definition.sections[0].fields[1].label.sv", "required"));
  EXPECT_TRUE(has_field_error(expect_problem(manager.post(forms, json::object{}), 422), "definition", "required"));
  EXPECT_TRUE(has_field_error(
      expect_problem(manager.post(forms, json::object{{"definition", json::object{{"sections", 3}}}}), 422),
      "definition.sections", "invalid_format"));
  EXPECT_TRUE(items_ok(manager.get(forms)).empty()) << "nothing refused was published";

  expect_problem(w.sign_in("instructor").post(forms, feedback("Asiakaspalaute")), 403);
  expect_problem(w.sign_in("provider_manager").post(forms, feedback("Asiakaspalaute")), 404);
  // A provider's manager publishes no forms of its own: forms are a purchaser's.
  expect_problem(w.sign_in("provider_manager")
                     .post("/api/v1/organisations/" + std::to_string(w.association) + "/forms", feedback("Palaute")),
                 403);
  json_ok(manager.post(forms, feedback("Asiakaspalaute")), 201);
  EXPECT_TRUE(items_ok(manager.get("/api/v1/organisations/" + std::to_string(w.other_purchaser) + "/forms")).empty())
      << "another county's forms are its own";
}

POLKU_API_TEST_BACKENDS(FormsApi);

}  // namespace
}  // namespace polku::api_test
