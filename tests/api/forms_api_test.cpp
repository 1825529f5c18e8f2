// The forms module over real HTTP on both databases: the forms Polku ships, in use until a purchaser publishes its
// own; a purchaser's manager publishes versions of a form, each checked whole and never changed; an older version
// still reads as it was; who may publish.
#include <set>

#include "api/forms_helpers.hpp"
#include "forms/shipped_forms.hpp"

namespace polku::api_test {
namespace {

class FormsApi : public BackendTest {};

const std::set<std::string> kShippedKinds = {
    "client_agreement",    "client_feedback",         "final_evaluation",   "functional_capacity_self_assessment",
    "implementation_plan", "intermediate_evaluation", "placement_feedback", "work_activity_plan"};

std::set<std::string> kinds_of(const json::array& items) {
  std::set<std::string> out;
  for (const auto& v : items) out.insert(text_at(v, "kind"));
  return out;
}

// The item of the kind in a list; null when it is not there.
json::value item_of(const json::array& items, const std::string& kind) {
  for (const auto& v : items) {
    if (text_at(v, "kind") == kind) return v;
  }
  return nullptr;
}

bool shipped(const json::value& item) { return item.is_object() && item.at("organisationId").is_null(); }

bool all_shipped(const json::array& items) {
  return std::all_of(items.begin(), items.end(), [](const json::value& v) { return shipped(v); });
}

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
  ASSERT_EQ(current.size(), kShippedKinds.size());
  const auto own = item_of(current, "client_feedback");
  EXPECT_EQ(int_at(own, "organisationId"), w.county);
  EXPECT_EQ(int_at(own, "version"), 2);
  EXPECT_EQ(text_at(own.at("title"), "fi"), "Asiakkaan palaute");
  auto history = items_ok(manager.get(forms + "/client_feedback/versions"));
  ASSERT_EQ(history.size(), 3U);
  EXPECT_EQ(int_at(history[0], "version"), 2);
  EXPECT_EQ(int_at(history[1], "version"), 1);
  EXPECT_TRUE(shipped(history[2])) << "the shipped version after the county's own";

  // Version 1, read by a provider's worker who fills it: as it was published.
  auto old = json_ok(w.sign_in("coach").get("/api/v1/form-versions/" + std::to_string(int_at(first, "id"))));
  EXPECT_EQ(text_at(old.at("definition").at("title"), "fi"), "Asiakaspalaute");
  const auto& field = old.at("definition").at("sections").as_array()[0].at("fields").as_array()[0];
  EXPECT_EQ(text_at(field, "type"), "scale");
  EXPECT_EQ(field.at("options").as_array().size(), 3U);
  expect_problem(manager.get("/api/v1/form-versions/999999"), 404);
}

// A manager who began editing from a version another has since replaced is told so, and nothing is published; the
// list says who may publish.
TEST_P(FormsApi, APublicationBasedOnAReplacedVersionIsRefusedAsStale) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  auto listed = json_ok(manager.get(forms_path(w.county)));
  EXPECT_TRUE(listed.at("mayPublish").as_bool());
  EXPECT_FALSE(json_ok(w.sign_in("instructor").get(forms_path(w.county))).at("mayPublish").as_bool());
  long long shipped = 0;
  for (const auto& v : listed.at("items").as_array()) {
    if (text_at(v, "kind") == "client_feedback") shipped = int_at(v, "id");
  }
  ASSERT_NE(shipped, 0);
  auto first = feedback("Asiakaspalaute 1");
  first["basedOnVersionId"] = shipped;
  auto one = json_ok(manager.post(forms_path(w.county), first), 201);
  // Another edit begun from the shipped version, published after the first: stale.
  auto late = feedback("Asiakaspalaute 2");
  late["basedOnVersionId"] = shipped;
  EXPECT_EQ(problem_code(expect_problem(manager.post(forms_path(w.county), late), 409)), "stale_version");
  late["basedOnVersionId"] = int_at(one, "id");
  auto two = json_ok(manager.post(forms_path(w.county), late), 201);
  EXPECT_EQ(int_at(two, "version"), int_at(one, "version") + 1);
  late["basedOnVersionId"] = int_at(one, "id");
  EXPECT_EQ(problem_code(expect_problem(manager.post(forms_path(w.county), late), 409)), "stale_version");
  late["basedOnVersionId"] = 999999;
  EXPECT_TRUE(has_field_error(expect_problem(manager.post(forms_path(w.county), late), 422), "basedOnVersionId",
                              "invalid_choice"));
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
  EXPECT_TRUE(all_shipped(items_ok(manager.get(forms)))) << "nothing refused was published";

  expect_problem(w.sign_in("instructor").post(forms, feedback("Asiakaspalaute")), 403);
  expect_problem(w.sign_in("provider_manager").post(forms, feedback("Asiakaspalaute")), 404);
  // A provider's manager publishes no forms of its own: forms are a purchaser's.
  expect_problem(w.sign_in("provider_manager")
                     .post("/api/v1/organisations/" + std::to_string(w.association) + "/forms", feedback("Palaute")),
                 403);
  json_ok(manager.post(forms, feedback("Asiakaspalaute")), 201);
  EXPECT_TRUE(
      all_shipped(items_ok(manager.get("/api/v1/organisations/" + std::to_string(w.other_purchaser) + "/forms"))))
      << "another county's forms are its own";
}

TEST_P(FormsApi, AFreshServerHasTheShippedFormsUntilAPurchaserPublishesItsOwn) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  const std::string forms = "/api/v1/organisations/" + std::to_string(w.county) + "/forms";

  auto current = items_ok(manager.get(forms));
  EXPECT_EQ(current.size(), kShippedKinds.size());
  EXPECT_EQ(kinds_of(current), kShippedKinds);
  for (const auto& v : current) {
    EXPECT_TRUE(shipped(v)) << json::serialize(v);
    EXPECT_EQ(int_at(v, "version"), 1) << text_at(v, "kind");
    EXPECT_TRUE(v.at("publishedBy").is_null()) << text_at(v, "kind");
  }
  // The national structures, as a worker who fills them reads them.
  auto final_evaluation = json_ok(w.sign_in("coach").get(
      "/api/v1/form-versions/" + std::to_string(int_at(item_of(current, "final_evaluation"), "id"))));
  EXPECT_EQ(text_at(final_evaluation.at("definition"), "nationalOid"), "1.2.246.537.6.1506.1003");
  EXPECT_EQ(text_at(final_evaluation.at("definition"), "nationalVersion"), "2022-06-28");
  EXPECT_EQ(text_at(item_of(current, "client_agreement"), "nationalOid"), "1.2.246.537.6.1506.13004");

  // Installing again (every `polku migrate` does) adds nothing.
  server.database().reopen(1);
  EXPECT_EQ(forms::install_shipped_forms(server.database().db()), 0);
  server.database().close();
  EXPECT_EQ(items_ok(manager.get(forms)).size(), kShippedKinds.size());
  ASSERT_EQ(items_ok(manager.get(forms + "/client_feedback/versions")).size(), 1U);

  // The county's own client feedback replaces the shipped one in its list; its versions list both.
  json_ok(manager.post(forms, feedback("Asiakaspalaute")), 201);
  current = items_ok(manager.get(forms));
  EXPECT_EQ(kinds_of(current), kShippedKinds);
  for (const auto& v : current) {
    if (text_at(v, "kind") == "client_feedback") {
      EXPECT_EQ(int_at(v, "organisationId"), w.county);
      EXPECT_EQ(text_at(v.at("title"), "fi"), "Asiakaspalaute");
    } else {
      EXPECT_TRUE(shipped(v)) << text_at(v, "kind");
    }
  }
  auto history = items_ok(manager.get(forms + "/client_feedback/versions"));
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(int_at(history[0], "organisationId"), w.county);
  EXPECT_TRUE(shipped(history[1]));
  EXPECT_EQ(text_at(history[1].at("title"), "fi"), "Asiakkaan palaute");
  // Another county still uses the shipped one.
  auto other = items_ok(manager.get("/api/v1/organisations/" + std::to_string(w.other_purchaser) + "/forms"));
  EXPECT_EQ(other.size(), kShippedKinds.size());
  EXPECT_TRUE(all_shipped(other));
}

// The county's own final evaluation on THL's structure: its wording and added fields keep the OID; a field of the
// structure dropped is refused by name until the version is detached from the structure.
TEST_P(FormsApi, AVersionKeepsTheNationalStructureOrDropsItsOid) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  const std::string forms = "/api/v1/organisations/" + std::to_string(w.county) + "/forms";
  const auto shipped_id = int_at(item_of(items_ok(manager.get(forms)), "final_evaluation"), "id");
  auto definition = json_ok(manager.get("/api/v1/form-versions/" + std::to_string(shipped_id))).at("definition");
  auto& fields = definition.at("sections").as_array()[0].at("fields").as_array();
  const std::string dropped(fields[0].at("key").as_string());
  fields[1].as_object()["label"].as_object()["fi"] = "Työtoimintapaikka (yksikkö)";
  fields.erase(fields.begin());
  const auto publish = [&](const json::value& d) {
    return manager.post(forms, json::object{{"definition", d}, {"basedOnVersionId", shipped_id}});
  };
  EXPECT_TRUE(has_field_error(expect_problem(publish(definition), 422), "definition.nationalStructure." + dropped,
                              "national_field_missing"));
  auto& own = definition.as_object();
  own.erase("nationalOid");
  own.erase("nationalVersion");
  auto published = json_ok(publish(definition), 201);
  EXPECT_FALSE(published.at("definition").as_object().contains("nationalOid"));
}

POLKU_API_TEST_BACKENDS(FormsApi);

}  // namespace
}  // namespace polku::api_test
