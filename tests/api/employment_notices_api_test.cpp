// Notices to the employment authority over real HTTP on both databases, after THL's KTT notice structure: the
// start with its description of the work, the interruption with a coded reason (free text only beside "other"),
// each printable as a PDF read back with pdftotext, and only the purchaser's side sees them.
#include "api/api_test_helpers.hpp"
#include "api/case_helpers.hpp"
#include "unit/tool_run.hpp"

namespace polku::api_test {
namespace {

class EmploymentNoticesApi : public BackendTest {};

std::string text_of_pdf(const HttpResponse& pdf) {
  EXPECT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  const unit_test::TempFile file(pdf.body, ".pdf");
  return unit_test::run_tool("pdftotext -layout " + file.quoted() + " -").output;
}

TEST_P(EmploymentNoticesApi, StartAndInterruptionNoticesWithCodedReasonsPrintAsPdf) {
  ASSERT_TRUE(unit_test::tool_present("pdftotext -v", "poppler-utils"));
  TestServer server(GetParam());
  auto w = World::build(server);
  const long long client = w.client("Ilmari", "Ilmoitettava");
  auto c = w.case_at(client, "start");
  const long long case_id = int_at(c, "id");
  auto instructor = w.sign_in("instructor");
  const std::string today = today_helsinki();

  auto start = ok(instructor.post(case_path(case_id, "/notices"),
                                  json::object{{"kind", "employment_authority_start"},
                                               {"sentOn", today},
                                               {"recipient", "Järvilaakson työllisyysalue"},
                                               {"startDate", today},
                                               {"lengthMonths", 6},
                                               {"place", "Kierrätyskeskus, lajittelu"},
                                               {"description", "Lajittelu ja myymälätyöt ohjatusti"},
                                               {"hoursPerDay", 4},
                                               {"daysPerWeek", 3}}),
                  201);
  EXPECT_EQ(text_at(start, "description"), "Lajittelu ja myymälätyöt ohjatusti");

  const json::object interruption{{"kind", "employment_authority_interruption"},
                                  {"sentOn", today},
                                  {"recipient", "Järvilaakson työllisyysalue"},
                                  {"interruptionDate", today}};
  auto refused = expect_problem(instructor.post(case_path(case_id, "/notices"), interruption), 422);
  EXPECT_TRUE(has_field_error(refused, "interruptionCode", "required")) << json::serialize(refused);
  auto coded = interruption;
  coded["interruptionCode"] = "holiday";
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(case_path(case_id, "/notices"), coded), 422),
                              "interruptionCode", "invalid_choice"));
  coded["interruptionCode"] = "other";
  EXPECT_TRUE(has_field_error(expect_problem(instructor.post(case_path(case_id, "/notices"), coded), 422),
                              "interruptionReason", "required"));
  coded["interruptionCode"] = "did_not_come";
  auto stopped = ok(instructor.post(case_path(case_id, "/notices"), coded), 201);
  EXPECT_EQ(text_at(stopped, "interruptionCode"), "did_not_come");

  const auto pdf_path = [](const json::value& n) {
    return "/api/v1/notices/" + std::to_string(int_at(n, "id")) + "/pdf";
  };
  auto text = text_of_pdf(instructor.get(pdf_path(start)));
  for (const char* expected :
       {"Ilmoitus kuntouttavan työtoiminnan aloittamisesta", "1.2.246.537.6.1506.4002", "Ilmari Ilmoitettava",
        "Järvilaakson työllisyysalue", "Kierrätyskeskus, lajittelu", "Lajittelu ja myymälätyöt ohjatusti"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_NE(text.find(display_date(today)), std::string::npos) << text;
  text = text_of_pdf(instructor.get(pdf_path(stopped) + "?lang=sv"));
  // The title wraps on the page: its words, not its line.
  for (const char* expected : {"Anmälan om att arbetsverksamhet i rehabiliteringssyfte", "avbryts",
                               "Kom inte / frånvaro utan godtagbart skäl"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }

  // The purchaser's manager reads them; another purchaser and the provider's coach do not.
  EXPECT_EQ(w.sign_in("manager").get(pdf_path(start)).status, 200);
  expect_problem(w.sign_in("other_instructor").get(pdf_path(start)), 404);
  expect_problem(w.sign_in("coach").get(pdf_path(start)), 404);
  expect_problem(instructor.get("/api/v1/notices/999999/pdf"), 404);
}

POLKU_API_TEST_BACKENDS(EmploymentNoticesApi);

}  // namespace
}  // namespace polku::api_test
