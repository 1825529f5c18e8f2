// Certificates of participation over real HTTP on both databases, read back with pdftotext: the client by name
// (never the identity code), the period's dates d.M.yyyy, the place and its host, the days marked present, the
// agreed tasks, what was learned, the issuer and their organisation; issued anew each time and kept on the case with
// its checksum; issued by the case's editors and the coach, checked by the server, refused to everyone else.
#include "api/guidance_helpers.hpp"
#include "api/pdf_helpers.hpp"
#include "periods/certificate_rules.hpp"
#include "platform/files/file_store.hpp"

namespace polku::api_test {
namespace {

class CertificatesApi : public BackendTest {};

const std::string kLearned =
    "Lajittelua, myymälän asiakaspalvelua ja kassan käsittelyä (vaihtokassa 20 €); ruotsinkielistä palvelua Åbossa.";

TEST_P(CertificatesApi, ACertificateCountsTheDaysMarkedPresentAndIsIssuedAnewEachTime) {
  ASSERT_TRUE(unit_test::tool_present("pdftotext -v", "poppler-utils"));
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto g = guided(w, w.registry(), two_weeks_ago(), "Åsa", "Mäkelä-Öhman");
  ASSERT_NE(g.period_id, 0);
  auto instructor = w.sign_in("instructor");
  auto coach = w.sign_in("coach");
  const std::string period = "/api/v1/periods/" + std::to_string(g.period_id);

  // Three days present and one absent with notice, of the days the period expected so far.
  auto days = json_ok(instructor.get(period + "/attendance?from=" + g.start + "&to=" + today_helsinki()));
  const auto& expected = days.at("expected").as_array();
  ASSERT_GE(expected.size(), 4U);
  for (std::size_t i = 0; i < 3; ++i) {
    json_ok(instructor.put(period + "/attendance/" + text_at(expected[i], "date"),
                           json::object{{"status", "present"}, {"minutes", 240}}));
  }
  json_ok(instructor.put(period + "/attendance/" + text_at(expected[3], "date"),
                         json::object{{"status", "absent_with_notice"}, {"absenceReason", "illness"}}));

  // The coach issues one in Finnish, for the provider that named them.
  auto issued =
      json_ok(coach.post(period + "/certificates", json::object{{"language", "fi"}, {"learned", kLearned}}), 201);
  EXPECT_EQ(text_at(issued, "kind"), "certificate");
  EXPECT_EQ(text_at(issued, "audience"), "case");
  EXPECT_EQ(text_at(issued, "language"), "fi");
  EXPECT_EQ(text_at(issued, "title"), "Todistus osallistumisesta");
  EXPECT_EQ(int_at(issued, "sourceId"), g.period_id);
  EXPECT_EQ(int_at(issued, "caseId"), g.case_id);
  EXPECT_EQ(text_at(issued, "issuedBy"), w.name("coach"));
  EXPECT_EQ(text_at(issued, "fileName").rfind(".pdf"), text_at(issued, "fileName").size() - 4);
  auto pdf = coach.get("/api/v1/documents/" + std::to_string(int_at(issued, "id")));
  EXPECT_EQ(pdf.header("x-content-sha256"), files::sha256_hex(pdf.body));
  EXPECT_EQ(text_at(issued, "sha256"), files::sha256_hex(pdf.body));
  EXPECT_EQ(page_size(pdf), "595.276 x 841.89 pts (A4)");
  const auto fi = text_of_pdf(pdf);
  for (const std::string& s : std::vector<std::string>{
           std::string("Todistus osallistumisesta"), std::string("Åsa Mäkelä-Öhman"),
           display_date(g.start) + "–" + display_date(g.end), std::string("Lajittelu"),
           std::string("Testirannan kierrätys ry"), "3 päivää", std::string("Testitehtävät"), kLearned, w.name("coach"),
           std::string(testing::kAssociationName), display_date(today_helsinki())}) {
    EXPECT_NE(fi.find(s), std::string::npos) << s << " in:\n" << fi;
  }
  const auto client = json_ok(instructor.get("/api/v1/clients/" + std::to_string(g.client_id)));
  ASSERT_FALSE(text_at(client, "personalIdentityCode").empty());
  EXPECT_EQ(fi.find(text_at(client, "personalIdentityCode")), std::string::npos) << "never the identity code";

  // The instructor issues another, in Swedish, for the purchaser: a new document, the first kept as it was.
  auto again = json_ok(
      instructor.post(period + "/certificates", json::object{{"language", "sv"}, {"learned", "Sortering"}}), 201);
  EXPECT_NE(int_at(again, "id"), int_at(issued, "id"));
  const auto sv = text_of_pdf(instructor.get("/api/v1/documents/" + std::to_string(int_at(again, "id"))));
  for (const std::string& s :
       std::vector<std::string>{std::string("Intyg över deltagande"), std::string("Åsa Mäkelä-Öhman"), "3 dagar",
                                std::string(testing::kCountyName), w.name("instructor")}) {
    EXPECT_NE(sv.find(s), std::string::npos) << s << " in:\n" << sv;
  }
  EXPECT_EQ(coach.get("/api/v1/documents/" + std::to_string(int_at(issued, "id"))).body, pdf.body);
  // Meant for every party of the case: the provider's coach lists both.
  std::size_t certificates = 0;
  for (const auto& d : items_ok(coach.get("/api/v1/cases/" + std::to_string(g.case_id) + "/documents")))
    certificates += text_at(d, "kind") == "certificate" ? 1 : 0;
  EXPECT_EQ(certificates, 2U);
}

TEST_P(CertificatesApi, TheServerChecksWhatIsGivenAndWhoIssues) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto g = guided(w, w.registry(), two_weeks_ago(), "Olli", "Osallistuja");
  ASSERT_NE(g.period_id, 0);
  const std::string path = "/api/v1/periods/" + std::to_string(g.period_id) + "/certificates";
  auto instructor = w.sign_in("instructor", "sv");

  auto refused = expect_problem(instructor.post(path, json::object{{"language", "de"}}), 422);
  EXPECT_TRUE(has_field_error(refused, "language", "invalid_choice")) << json::serialize(refused);
  EXPECT_TRUE(has_field_error(refused, "learned", "required")) << json::serialize(refused);
  EXPECT_EQ(text_at(field_error(refused, "learned"), "message"), "Obligatorisk uppgift.");
  const std::string too_long(periods::kMaxLearned + 1, 'a');
  EXPECT_TRUE(has_field_error(
      expect_problem(instructor.post(path, json::object{{"language", "fi"}, {"learned", too_long}}), 422), "learned",
      "too_long"));

  const json::object body{{"language", "fi"}, {"learned", "Lajittelua"}};
  // The place's staff and the purchaser's manager read the period but do not issue; other hosts and purchasers find
  // no period.
  expect_problem(w.sign_in("supervisor").post(path, body), 403);
  expect_problem(w.sign_in("recycling_manager").post(path, body), 403);
  expect_problem(w.sign_in("manager").post(path, body), 403);
  expect_problem(w.sign_in("company_supervisor").post(path, body), 404);
  expect_problem(w.sign_in("other_instructor").post(path, body), 404);
  EXPECT_TRUE(items_ok(instructor.get("/api/v1/cases/" + std::to_string(g.case_id) + "/documents")).empty());
  json_ok(w.sign_in("worker").post(path, body), 201);
}

POLKU_API_TEST_BACKENDS(CertificatesApi);

}  // namespace
}  // namespace polku::api_test
