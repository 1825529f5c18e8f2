// The PDF as a reader gets it: pdftotext and pdfinfo (poppler-utils) read the pages back, so the text, the
// Finnish and Swedish letters, the page breaks, the repeated table header and the page numbers are what poppler
// sees, not what the layout meant to draw.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "platform/documents/document.hpp"
#include "support/png_fixture.hpp"
#include "unit/tool_run.hpp"

namespace polku::documents {
namespace {

using unit_test::report_value;
using unit_test::run_tool;
using unit_test::TempFile;
using unit_test::tool_present;

std::string page_text(const TempFile& pdf, int page) {
  const auto run = run_tool("pdftotext -layout -enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page) +
                            " " + pdf.quoted() + " -");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  return run.output;
}

std::string info(const TempFile& pdf) {
  const auto run = run_tool("pdfinfo -enc UTF-8 " + pdf.quoted());
  EXPECT_EQ(run.exit_code, 0) << run.output;
  return run.output;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Document statement() {
  std::vector<std::vector<std::string>> rows;
  for (int day = 1; day <= 45; ++day) {
    char mark[8];
    std::snprintf(mark, sizeof mark, "M%02d", day);
    rows.push_back({mark, "Läsnä, työtehtävät myymälässä", "9,00 €"});
  }
  Document doc("Helsingin kaupunki", "Työtoiminnan korvauslaskelma", "fi");
  doc.heading("Asiakas")
      .field("Nimi", "Åsa Öhman-Väänänen")
      .field("Jakso", "1.3.2026–31.3.2026")
      .paragraph(
          "Kunden har deltagit i arbetsverksamheten enligt planen. Ersättningen betalas för de dagar då kunden var "
          "närvarande; frånvaro med giltigt skäl påverkar inte ersättningen, och frånvaro utan anmälan meddelas FPA.")
      .checkbox("Ilmoitus Kelalle lähetetty", true)
      .checkbox("Poissaolo ilman ilmoitusta", false)
      .heading("Läsnäolopäivät")
      .table({{"Merkintä", 1}, {"Työtehtävä", 3}, {"Korvaus", 1, true}}, rows)
      .signature({"Asiakas", "Helsinki", "3.4.2026", "Åsa Öhman-Väänänen"});
  return doc;
}

TEST(Documents, AreA4PagesWithTheTitleInTheirMetadata) {
  ASSERT_TRUE(tool_present("command -v pdfinfo", "poppler-utils"));
  const TempFile pdf(statement().render_pdf(), ".pdf");
  const std::string text = info(pdf);
  EXPECT_EQ(report_value(text, "Pages"), "2") << text;
  // 210 mm x 297 mm: 595 x 842 points.
  EXPECT_EQ(report_value(text, "Page size"), "595.276 x 841.89 pts (A4)") << text;
  EXPECT_EQ(report_value(text, "Title"), "Työtoiminnan korvauslaskelma") << text;
}

// A screen reader gets the structure: the title a level 1 heading, headings, paragraphs and tables of rows and cells,
// the table continued on the second page a table of its own; the later pages' repeated header and the page numbers
// stay outside it.
TEST(Documents, AreTaggedWithTheirHeadingsParagraphsAndTables) {
  ASSERT_TRUE(tool_present("command -v pdfinfo", "poppler-utils"));
  const TempFile pdf(statement().render_pdf(), ".pdf");
  EXPECT_EQ(report_value(info(pdf), "Tagged"), "yes");
  // The document's language, which a screen reader reads it in.
  const auto catalog = run_tool("grep -a -c '/Lang (fi)' " + pdf.quoted());
  EXPECT_EQ(catalog.output, "1\n");
  const auto run = run_tool("pdfinfo -enc UTF-8 -struct-text " + pdf.quoted());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string& tree = run.output;
  for (const char* part : {"H1", "H2", "P", "Table", "TR", "TH", "TD", "Div", "\"Työtoiminnan korvauslaskelma\"",
                           "\"Läsnäolopäivät\"", "\"Åsa Öhman-Väänänen\""}) {
    EXPECT_TRUE(has(tree, part)) << part << "\n" << tree.substr(0, 3000);
  }
  // One title only, though every page repeats it; the header row is repeated on the table's second page.
  auto count = [&](const std::string& part) {
    int n = 0;
    for (auto at = tree.find(part); at != std::string::npos; at = tree.find(part, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("\"Työtoiminnan korvauslaskelma\""), 1) << tree.substr(0, 3000);
  EXPECT_EQ(count("\"Merkintä\""), 2);
  EXPECT_EQ(count("Sivu "), 0) << "the page numbers are not content";
}

// The organisation's logo heads every page at the top right; a PNG that cannot be a logo is refused before it is
// kept, and one that could not be read prints the document without it.
TEST(Documents, CarryTheOrganisationsLogoOnEveryPage) {
  ASSERT_TRUE(tool_present("command -v pdfimages", "poppler-utils"));
  auto doc = statement();
  doc.logo(testing::small_png());
  const TempFile pdf(doc.render_pdf(), ".pdf");
  const auto images = run_tool("pdfimages -list " + pdf.quoted());
  ASSERT_EQ(images.exit_code, 0) << images.output;
  int pages_with_logo = 0;
  std::istringstream lines(images.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(" image ") != std::string::npos && line.find(" 8 ") != std::string::npos) ++pages_with_logo;
  }
  EXPECT_EQ(pages_with_logo, 2) << images.output;
  EXPECT_TRUE(has(page_text(pdf, 1), "Työtoiminnan korvauslaskelma"));

  auto unreadable = statement();
  unreadable.logo("\x89PNG\r\n\x1a\nbroken");
  const TempFile without(unreadable.render_pdf(), ".pdf");
  EXPECT_EQ(report_value(info(without), "Pages"), "2");
}

TEST(Documents, WhatCanBeALogo) {
  EXPECT_EQ(logo_problem(testing::small_png()), "");
  EXPECT_EQ(logo_problem("GIF89a"), "invalid_format");
  EXPECT_EQ(logo_problem(""), "invalid_format");
  EXPECT_EQ(logo_problem("\x89PNG\r\n\x1a\nbroken"), "invalid_format");
  EXPECT_EQ(logo_problem(testing::small_png() + std::string(kMaxLogoBytes, '\0')), "too_large");
}

TEST(Documents, ReadBackWithTheirLettersHeaderAndPageNumbers) {
  ASSERT_TRUE(tool_present("command -v pdftotext", "poppler-utils"));
  const TempFile pdf(statement().render_pdf(), ".pdf");
  const std::string first = page_text(pdf, 1), second = page_text(pdf, 2);

  for (const auto& page : {first, second}) {
    EXPECT_TRUE(has(page, "Helsingin kaupunki")) << page;
    EXPECT_TRUE(has(page, "Työtoiminnan korvauslaskelma")) << "the header on every page\n" << page;
  }
  EXPECT_TRUE(has(first, "Åsa Öhman-Väänänen")) << first;
  EXPECT_TRUE(has(first, "1.3.2026–31.3.2026")) << first;
  EXPECT_TRUE(has(first, "frånvaro med giltigt skäl påverkar")) << first;
  EXPECT_TRUE(has(first, "☒ Ilmoitus Kelalle lähetetty")) << first;
  EXPECT_TRUE(has(first, "☐ Poissaolo ilman ilmoitusta")) << first;
  EXPECT_TRUE(has(first, "Sivu 1 / 2")) << first;
  EXPECT_TRUE(has(second, "Sivu 2 / 2")) << second;
  EXPECT_FALSE(has(first, "Sivu 2 / 2")) << first;
}

TEST(Documents, LongTableContinuesOnTheNextPageUnderItsHeader) {
  ASSERT_TRUE(tool_present("command -v pdftotext", "poppler-utils"));
  const TempFile pdf(statement().render_pdf(), ".pdf");
  const std::string first = page_text(pdf, 1), second = page_text(pdf, 2);

  EXPECT_TRUE(has(first, "Merkintä")) << first;
  EXPECT_TRUE(has(first, "M01")) << first;
  EXPECT_FALSE(has(first, "M45")) << first;
  EXPECT_TRUE(has(second, "Merkintä")) << "the header repeated\n" << second;
  EXPECT_TRUE(has(second, "Korvaus")) << second;
  EXPECT_FALSE(has(second, "M01")) << second;
  // A row that continued on the second page, its cells on one line and the amount as given.
  const auto row = second.find("M45");
  ASSERT_NE(row, std::string::npos) << second;
  const std::string line = second.substr(row, second.find('\n', row) - row);
  EXPECT_TRUE(has(line, "Läsnä, työtehtävät myymälässä")) << line;
  EXPECT_TRUE(has(line, "9,00 €")) << line;
  // Each row on exactly one page.
  for (int day = 1; day <= 45; ++day) {
    char mark[8];
    std::snprintf(mark, sizeof mark, "M%02d", day);
    EXPECT_NE(has(first, mark), has(second, mark)) << mark;
  }
}

TEST(Documents, SignatureLinesHaveTheirCaptionsAndWhatWasFilledIn) {
  ASSERT_TRUE(tool_present("command -v pdftotext", "poppler-utils"));
  const TempFile pdf(statement().render_pdf(), ".pdf");
  const std::string second = page_text(pdf, 2);
  for (const char* part : {"Helsinki, 3.4.2026", "Paikka ja päivämäärä", "Allekirjoitus", "Nimenselvennys"}) {
    EXPECT_TRUE(has(second, part)) << part << "\n" << second;
  }
}

TEST(Documents, FooterIsInTheDocumentsLanguage) {
  ASSERT_TRUE(tool_present("command -v pdftotext", "poppler-utils"));
  for (const auto& [lang, footer, caption] :
       std::vector<std::tuple<std::string, std::string, std::string>>{{"fi", "Sivu 1 / 1", "Nimenselvennys"},
                                                                      {"sv", "Sida 1 / 1", "Namnförtydligande"},
                                                                      {"en", "Page 1 / 1", "Printed name"}}) {
    Document doc("Helsingfors stad", "Frånvaroanmälan", lang);
    doc.paragraph("Åtta dagar.").signature({"", "", "", ""});
    const TempFile pdf(doc.render_pdf(), ".pdf");
    const std::string text = page_text(pdf, 1);
    EXPECT_TRUE(has(text, footer)) << lang << "\n" << text;
    EXPECT_TRUE(has(text, caption)) << lang << "\n" << text;
  }
}

TEST(Documents, LongParagraphContinuesOnTheNextPageWithNothingLost) {
  ASSERT_TRUE(tool_present("command -v pdftotext", "poppler-utils"));
  std::string text;
  for (int i = 1; i <= 300; ++i) text += "Lause" + std::to_string(i) + " jatkuu tässä. ";
  Document doc("Helsingin kaupunki", "Muistio", "fi");
  doc.paragraph(text).page_break().paragraph("Viimeinen sivu.");
  const TempFile pdf(doc.render_pdf(), ".pdf");
  const auto run = run_tool("pdftotext -enc UTF-8 " + pdf.quoted() + " -");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  std::set<std::string> words;
  std::istringstream read(run.output);
  for (std::string word; read >> word;) words.insert(word);
  for (int i = 1; i <= 300; ++i) EXPECT_TRUE(words.count("Lause" + std::to_string(i))) << i;
  EXPECT_EQ(report_value(info(pdf), "Pages"), "3");
  EXPECT_TRUE(has(page_text(pdf, 3), "Viimeinen sivu.")) << "after the page break";
}

// The server renders on its worker threads: pango's font map is one per thread, so they do not share its caches.
TEST(Documents, RenderOnManyThreadsAtOnce) {
  ASSERT_TRUE(tool_present("command -v pdfinfo", "poppler-utils"));
  std::vector<std::string> pdfs(4);
  std::vector<std::thread> threads;
  for (auto& pdf : pdfs) threads.emplace_back([&pdf] { pdf = statement().render_pdf(); });
  for (auto& thread : threads) thread.join();
  for (const auto& bytes : pdfs) {
    const TempFile pdf(bytes, ".pdf");
    EXPECT_EQ(report_value(info(pdf), "Pages"), "2");
  }
}

TEST(Documents, ShowABrokenByteAsAReplacementMarkAndKeepTheRest) {
  ASSERT_TRUE(tool_present("command -v pdftotext", "poppler-utils"));
  Document doc("Helsingin kaupunki", "Muistio", "fi");
  doc.paragraph("Alku \xff loppu");
  const TempFile pdf(doc.render_pdf(), ".pdf");
  EXPECT_TRUE(has(page_text(pdf, 1), "Alku \uFFFD loppu")) << page_text(pdf, 1);
}

TEST(Documents, RefusesATableRowWithoutACellForEachColumn) {
  Document doc("Helsingin kaupunki", "Muistio", "fi");
  EXPECT_THROW(doc.table({{"A"}, {"B"}}, {{"only one"}}), std::invalid_argument);
}

}  // namespace
}  // namespace polku::documents
