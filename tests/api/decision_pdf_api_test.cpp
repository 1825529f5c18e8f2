// A decision as a PDF over real HTTP on both databases, read back with pdftotext and pdfinfo: the client, the terms
// with their dates d.M.yyyy, and the appeal instructions of the service type in Finnish and Swedish; a draft printed
// anew and not kept, a signed one kept on the case as first printed and given the same bytes ever after, with its
// checksum; only the purchaser's side reads it.
#include "api/api_test_helpers.hpp"
#include "api/case_helpers.hpp"
#include "api/pdf_helpers.hpp"
#include "platform/files/file_store.hpp"

namespace polku::api_test {
namespace {

class DecisionPdfApi : public BackendTest {};

TEST_P(DecisionPdfApi, ASignedDecisionIsKeptAsFirstPrintedWithItsAppealInstructions) {
  ASSERT_TRUE(unit_test::tool_present("pdftotext -v", "poppler-utils"));
  TestServer server(GetParam());
  auto w = World::build(server);
  auto instructor = w.sign_in("instructor");
  auto worker = w.sign_in("worker");
  const long long client = w.client("Åsa", "Mäkelä-Öhman");
  auto c = open_case(instructor, client);
  const long long case_id = int_at(c, "id");
  auto d = ok(worker.post(case_path(case_id, "/decisions"), decision_body()), 201);
  const std::string pdf = "/api/v1/decisions/" + std::to_string(int_at(d, "id")) + "/pdf";
  const std::string documents = case_path(case_id, "/documents");

  // A draft prints as one, and is not kept.
  const auto draft = text_of_pdf(worker.get(pdf + "?lang=fi"));
  EXPECT_NE(draft.find("LUONNOS"), std::string::npos) << draft;
  EXPECT_NE(draft.find("Ei allekirjoitettu"), std::string::npos) << draft;
  EXPECT_TRUE(items_ok(worker.get(documents)).empty());

  d = ok(worker.post("/api/v1/decisions/" + std::to_string(int_at(d, "id")) + "/sign",
                     json::object{{"version", int_at(d, "version")}}));
  ASSERT_EQ(text_at(d, "status"), "signed");

  auto fi = worker.get(pdf + "?lang=fi");
  const auto fi_text = text_of_pdf(fi);
  EXPECT_EQ(page_size(fi), "595.276 x 841.89 pts (A4)");
  for (const std::string& s : std::vector<std::string>{
           std::string("Päätös"), std::string("Åsa Mäkelä-Öhman"), std::string("Kuntouttava työtoiminta"),
           display_date(text_at(d, "startDate")) + "–" + display_date(text_at(d, "endDate")), "4 päivää", "6 tuntia",
           w.name("worker"), display_date(today_helsinki()), std::string("Oikaisuvaatimusohje"), "30 päivän",
           "1301/2014, 48 §", std::string("189/2001"), std::string("434/2003"), std::string("seitsemäntenä päivänä"),
           std::string("hyvinvointialueen toimielimelle"), std::string(testing::kCountyName)}) {
    EXPECT_NE(fi_text.find(s), std::string::npos) << s << " in:\n" << fi_text;
  }
  // pdftotext joins a word broken after its hyphen without the hyphen.
  EXPECT_TRUE(fi_text.find("hallinto-oikeuteen") != std::string::npos ||
              fi_text.find("hallintooikeuteen") != std::string::npos)
      << fi_text;
  EXPECT_EQ(fi_text.find("LUONNOS"), std::string::npos);

  auto sv = worker.get(pdf + "?lang=sv");
  const auto sv_text = text_of_pdf(sv);
  for (const std::string& s : std::vector<std::string>{
           std::string("Beslut"), std::string("Åsa Mäkelä-Öhman"),
           std::string("Arbetsverksamhet i rehabiliteringssyfte"), display_date(text_at(d, "startDate")), "4 dagar",
           "30 dagar", "1301/2014, 48 §", std::string("omprövning"), std::string("förvaltningsdomstolen"),
           std::string(testing::kCountyName)}) {
    EXPECT_NE(sv_text.find(s), std::string::npos) << s << " in:\n" << sv_text;
  }

  // Printed again it is the same bytes; the case lists one per language, the purchaser's, with their checksums,
  // and downloads them exactly as kept.
  EXPECT_EQ(worker.get(pdf + "?lang=fi").body, fi.body);
  EXPECT_EQ(instructor.get(pdf + "?lang=sv").body, sv.body);
  auto listed = items_ok(instructor.get(documents));
  ASSERT_EQ(listed.size(), 2U);
  for (const auto& item : listed) {
    EXPECT_EQ(text_at(item, "kind"), "decision");
    EXPECT_EQ(text_at(item, "audience"), "purchaser");
    EXPECT_EQ(int_at(item, "sourceId"), int_at(d, "id"));
    const auto& body = text_at(item, "language") == "fi" ? fi.body : sv.body;
    EXPECT_EQ(text_at(item, "sha256"), files::sha256_hex(body));
    auto download = instructor.get("/api/v1/documents/" + std::to_string(int_at(item, "id")));
    EXPECT_EQ(download.status, 200);
    EXPECT_EQ(download.body, body);
    EXPECT_EQ(download.header("x-content-sha256"), files::sha256_hex(body));
  }

  // Only the purchaser's side: another organisation and the host's supervisor find nothing.
  expect_problem(w.sign_in("other_instructor").get(pdf), 404);
  expect_problem(w.sign_in("supervisor").get(pdf), 404);
  expect_problem(w.sign_in("coach").get(pdf), 404);
}

TEST_P(DecisionPdfApi, AnotherServiceTypesAppealInstructionsNameOnlyTheSocialWelfareAct) {
  ASSERT_TRUE(unit_test::tool_present("pdftotext -v", "poppler-utils"));
  TestServer server(GetParam());
  auto w = World::build(server);
  auto worker = w.sign_in("worker");
  auto instructor = w.sign_in("instructor");
  auto c = open_case(instructor, w.client("Öljy", "Työläinen"), "work_activity");
  auto body = decision_body();
  body["endDate"] = add_days(add_months(today_helsinki(), 3), -1);  // at most 3 months a decision
  body["daysPerWeekMax"] = 3;
  body["hoursPerDayMax"] = 5;
  auto d = ok(worker.post(case_path(int_at(c, "id"), "/decisions"), body), 201);
  const auto text = text_of_pdf(worker.get("/api/v1/decisions/" + std::to_string(int_at(d, "id")) + "/pdf?lang=fi"));
  EXPECT_NE(text.find("1301/2014, 48 §"), std::string::npos) << text;
  EXPECT_NE(text.find("30 päivän"), std::string::npos) << text;
  EXPECT_EQ(text.find("189/2001"), std::string::npos) << text;
}

POLKU_API_TEST_BACKENDS(DecisionPdfApi);

}  // namespace
}  // namespace polku::api_test
