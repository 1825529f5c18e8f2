// Helpers of the API tests of printed documents: a PDF's text as pdftotext reads it and its page size as pdfinfo
// reports it (poppler-utils, the tools a reader uses).
#pragma once
#include <string>

#include "api/api_test_helpers.hpp"
#include "unit/tool_run.hpp"

namespace polku::api_test {

// The PDF's text as one line: a phrase may wrap at a space (a line break reads as one). pdftotext gives a no-break
// space as a space (that "30 päivän" keeps its number and unit together the unit tests check of the texts), and
// joins a word broken after its hyphen without the hyphen.
inline std::string text_of_pdf(const HttpResponse& pdf) {
  EXPECT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  const unit_test::TempFile file(pdf.body, ".pdf");
  std::string out;
  for (char ch : unit_test::run_tool("pdftotext -enc UTF-8 " + file.quoted() + " -").output) {
    if (ch == '\n' || ch == '\f') ch = ' ';
    if (ch != ' ' || out.empty() || out.back() != ' ') out += ch;
  }
  return out;
}

inline std::string page_size(const HttpResponse& pdf) {
  const unit_test::TempFile file(pdf.body, ".pdf");
  return unit_test::report_value(unit_test::run_tool("pdfinfo " + file.quoted()).output, "Page size");
}

}  // namespace polku::api_test
