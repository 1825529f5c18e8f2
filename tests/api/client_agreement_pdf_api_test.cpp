// The client agreement printed, on both databases: its terms, the place's on-site supervisor who hears of absences,
// the parties' acknowledgements and the signature lines, in Finnish and Swedish (pdftotext reads it back); kept on the
// case's documents once every party has acknowledged it and given as first printed ever after; one still being
// acknowledged is printed anew and not kept; only its readers get it.
#include "api/case_helpers.hpp"
#include "api/pdf_helpers.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/database.hpp"

namespace polku::api_test {
namespace {

class ClientAgreementPdfApi : public BackendTest {};

TEST_P(ClientAgreementPdfApi, AnAgreementAcknowledgedByAllIsPrintedAndKeptOnItsCase) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  const long long client = w.client("Åsa", "Mäkelä-Öhman");
  auto c = w.case_at(client, "implementation", {.place_id = reg.yard, .book_place = true});
  auto instructor = w.sign_in("instructor");
  auto agreements = items_ok(instructor.get("/api/v1/client-agreements?clientId=" + std::to_string(client)));
  ASSERT_EQ(agreements.size(), 1U);
  const std::string path = "/api/v1/client-agreements/" + std::to_string(int_at(agreements[0], "id"));

  auto fi = instructor.get(path + "/pdf?lang=fi");
  EXPECT_EQ(page_size(fi), "595.276 x 841.89 pts (A4)");
  const std::string text = text_of_pdf(fi);
  for (const std::string part :
       {std::string("Asiakassopimus"), std::string("Åsa Mäkelä-Öhman"), std::string("Työtoimintapaikka"),
        std::string("Poissaolosta ilmoitetaan"), std::string("päivää viikossa"), std::string("Kuittaukset"),
        display_date(text_at(agreements[0], "startDate"))}) {
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text;
  }
  EXPECT_NE(text_of_pdf(instructor.get(path + "/pdf?lang=sv")).find("Klientavtal"), std::string::npos);
  // Kept as first printed: the same bytes again, listed on the case with their checksum.
  EXPECT_EQ(instructor.get(path + "/pdf?lang=fi").body, fi.body);
  int kept = 0;
  for (const auto& d : items_ok(instructor.get(case_path(int_at(c, "id"), "/documents")))) {
    if (text_at(d, "kind") != "placement_agreement") continue;
    ++kept;
    if (text_at(d, "language") != "fi") continue;
    auto bytes = instructor.get("/api/v1/documents/" + std::to_string(int_at(d, "id")));
    EXPECT_EQ(bytes.body, fi.body);
    EXPECT_EQ(bytes.header("x-content-sha256"), text_at(d, "sha256"));
  }
  EXPECT_EQ(kept, 2);
  // Those who do not read the agreement do not get it.
  expect_problem(w.sign_in("other_instructor").get(path + "/pdf"), 404);
}

TEST_P(ClientAgreementPdfApi, OneStillBeingAcknowledgedIsPrintedAnewAndNotKept) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  const long long client = w.client("Eero", "Kesken");
  auto instructor = w.sign_in("instructor");
  auto made =
      json_ok(instructor.post("/api/v1/client-agreements", json::object{{"clientId", client},
                                                                        {"placeId", reg.yard},
                                                                        {"startDate", add_days(today_helsinki(), 7)},
                                                                        {"endDate", add_days(today_helsinki(), 120)},
                                                                        {"daysPerWeek", 3},
                                                                        {"hoursPerDay", 4},
                                                                        {"tasks", "Pihatyöt"},
                                                                        {"responsiblePersons", w.name("instructor")}}),
              201);
  const std::string path = "/api/v1/client-agreements/" + std::to_string(int_at(made, "id"));
  const std::string text = text_of_pdf(instructor.get(path + "/pdf?lang=fi"));
  EXPECT_NE(text.find("Sopimusta ei ole vielä kuitattu."), std::string::npos) << text;
  EXPECT_NE(text.find("Pihatyöt"), std::string::npos);
  // Nothing of it in any document list: it is not kept until every party has acknowledged it.
  db::Database db(server.database().url(), 1);
  long long issued = -1;
  db.read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM issued_documents WHERE kind = 'placement_agreement'", soci::into(issued);
  });
  EXPECT_EQ(issued, 0);
}

}  // namespace

POLKU_API_TEST_BACKENDS(ClientAgreementPdfApi);

}  // namespace polku::api_test
