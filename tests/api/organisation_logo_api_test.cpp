// An organisation's logo on both databases: set by the administrator or the organisation's own manager as a PNG
// within the limits (anything else refused by field), read back as kept, printed on the organisation's documents
// (pdfimages finds it in a filled form's PDF), and removed.
#include "api/guidance_helpers.hpp"
#include "support/png_fixture.hpp"
#include "unit/tool_run.hpp"

namespace polku::api_test {
namespace {

class OrganisationLogoApi : public BackendTest {};

int images_in(const std::string& pdf) {
  const unit_test::TempFile file(pdf, ".pdf");
  const auto run = unit_test::run_tool("pdfimages -list " + file.quoted());
  EXPECT_EQ(run.exit_code, 0) << run.output;
  int n = 0;
  for (auto at = run.output.find(" image "); at != std::string::npos; at = run.output.find(" image ", at + 1)) ++n;
  return n;
}

TEST_P(OrganisationLogoApi, AManagerSetsTheLogoThatHeadsTheOrganisationsDocuments) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const std::string logo = "/api/v1/organisations/" + std::to_string(w.county) + "/logo";
  const std::map<std::string, std::string> png{{"Content-Type", "image/png"}};
  auto manager = w.sign_in("manager");
  EXPECT_EQ(manager.request("PUT", logo, testing::small_png(), png).status, 204);
  auto stored = manager.get(logo);
  EXPECT_EQ(stored.status, 200);
  EXPECT_EQ(stored.body, testing::small_png());
  auto admin = w.sign_in("admin");
  auto county = json_ok(admin.get("/api/v1/organisations/" + std::to_string(w.county)));
  EXPECT_TRUE(county.at("hasLogo").as_bool());

  // A form of the county's client printed: the logo heads it.
  const auto g = guided(w, w.registry(), two_weeks_ago(), "Lotta", "Logo");
  auto instructor = w.sign_in("instructor");
  auto entry = json_ok(instructor.post(case_path(g.case_id, "/forms"), json::object{{"kind", "client_feedback"}}), 201);
  auto pdf = instructor.get("/api/v1/form-entries/" + std::to_string(int_at(entry, "id")) + "/pdf?lang=fi");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_GE(images_in(pdf.body), 1);

  // Only a PNG that can be read, within the limits, and only by those who keep the organisation.
  EXPECT_TRUE(
      has_field_error(expect_problem(manager.request("PUT", logo, "GIF89a....", png), 422), "logo", "invalid_format"));
  EXPECT_TRUE(has_field_error(
      expect_problem(manager.request("PUT", logo, testing::small_png(), {{"Content-Type", "image/gif"}}), 422), "logo",
      "invalid_format"));
  expect_problem(instructor.request("PUT", logo, testing::small_png(), png), 403);
  expect_problem(w.sign_in("recycling_manager").request("PUT", logo, testing::small_png(), png), 403);
  EXPECT_EQ(manager.get(logo).body, testing::small_png()) << "a refused one changes nothing";

  // Removed: the documents are printed without it.
  EXPECT_EQ(admin.request("DELETE", logo).status, 204);
  EXPECT_FALSE(json_ok(admin.get("/api/v1/organisations/" + std::to_string(w.county))).at("hasLogo").as_bool());
  expect_problem(manager.get(logo), 404);
  entry = json_ok(instructor.post(case_path(g.case_id, "/forms"), json::object{{"kind", "client_feedback"}}), 201);
  pdf = instructor.get("/api/v1/form-entries/" + std::to_string(int_at(entry, "id")) + "/pdf?lang=fi");
  EXPECT_EQ(images_in(pdf.body), 0);
}

}  // namespace

POLKU_API_TEST_BACKENDS(OrganisationLogoApi);

}  // namespace polku::api_test
