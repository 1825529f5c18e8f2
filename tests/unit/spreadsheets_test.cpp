// The exports as a spreadsheet reads them: CSV by its rules (RFC 4180 with Finnish Excel's delimiter and decimal
// comma), the workbook opened by the real openpyxl (python3-openpyxl), its cells typed.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <string>

#include "platform/spreadsheets/table.hpp"
#include "unit/tool_run.hpp"

namespace polku::spreadsheets {
namespace {

using unit_test::run_tool;
using unit_test::TempFile;
using unit_test::tool_present;

const std::string kBom = "\xEF\xBB\xBF";

// The CSV of one text cell under the header "h", without the BOM and the header.
std::string csv_of(const Cell& cell, char delimiter = ';') {
  const std::string csv = to_csv({"", {"h"}, {{cell}}}, delimiter);
  return csv.substr(kBom.size() + std::string("h\r\n").size());
}

TEST(SpreadsheetCsv, QuotesAFieldOnlyWhenItHoldsTheDelimiterAQuoteOrALineEnd) {
  struct Case {
    std::string text;
    char delimiter;
    std::string written;
  };
  for (const auto& c : std::vector<Case>{
           {"Åsa Öhman", ';', "Åsa Öhman\r\n"},
           {"", ';', "\r\n"},
           {"a;b", ';', "\"a;b\"\r\n"},
           {"a,b", ';', "a,b\r\n"},
           {"a,b", ',', "\"a,b\"\r\n"},
           {"a;b", ',', "a;b\r\n"},
           {"sanoi \"ei\"", ';', "\"sanoi \"\"ei\"\"\"\r\n"},
           {"\"", ';', "\"\"\"\"\r\n"},
           {"kaksi\nriviä", ';', "\"kaksi\nriviä\"\r\n"},
           {"rivi\r\n", ';', "\"rivi\r\n\"\r\n"},
           {" välit ", ';', " välit \r\n"},
           // A typed text that a spreadsheet would run as a formula is kept as text.
           {"=HYPERLINK(\"http://x\")", ';', "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"},
           {"+358 40 123", ';', "'+358 40 123\r\n"},
           {"-5", ';', "'-5\r\n"},
           {"@SUM(A1)", ';', "'@SUM(A1)\r\n"},
           {"a=b", ';', "a=b\r\n"},
       }) {
    EXPECT_EQ(csv_of(c.text, c.delimiter), c.written) << c.text;
  }
}

TEST(SpreadsheetCsv, WritesMoneyWithADecimalCommaAndNoThousandsSeparator) {
  struct Case {
    long long cents;
    std::string written;
  };
  for (const auto& c : std::vector<Case>{{900, "9,00"},
                                         {123450, "1234,50"},
                                         {5, "0,05"},
                                         {0, "0,00"},
                                         {-5, "-0,05"},
                                         {-123450, "-1234,50"},
                                         {100000000, "1000000,00"}}) {
    EXPECT_EQ(money_text(c.cents), c.written) << c.cents;
    EXPECT_EQ(csv_of(Money{c.cents}), c.written + "\r\n") << c.cents;
  }
  EXPECT_EQ(csv_of(Money{123450}, ','), "\"1234,50\"\r\n") << "the decimal comma quoted where it is the delimiter";
}

TEST(SpreadsheetCsv, WritesIntegersAndIsoDates) {
  EXPECT_EQ(csv_of(42LL), "42\r\n");
  EXPECT_EQ(csv_of(-7LL), "-7\r\n");
  EXPECT_EQ(csv_of(Date{"2026-03-01"}), "2026-03-01\r\n");
}

TEST(SpreadsheetCsv, IsUtf8WithABomAndACrlfAfterEachRecord) {
  const Table table{"Korvaukset",
                    {"Nimi", "Päivät", "Korvaus", "Alkaa"},
                    {{std::string("Åsa Öhman"), 12LL, Money{10800}, Date{"2026-03-01"}},
                     {std::string("Väinö; \"Vänkkä\""), 3LL, Money{2700}, Date{"2026-03-15"}}}};
  EXPECT_EQ(to_csv(table), kBom +
                               "Nimi;Päivät;Korvaus;Alkaa\r\n"
                               "Åsa Öhman;12;108,00;2026-03-01\r\n"
                               "\"Väinö; \"\"Vänkkä\"\"\";3;27,00;2026-03-15\r\n");
  EXPECT_EQ(to_csv({"", {"A", "B"}, {}}, ','), kBom + "A,B\r\n") << "headers only";
}

TEST(SpreadsheetCsv, RefusesARowWithoutACellForEachHeaderAndADateThatIsNone) {
  EXPECT_THROW(to_csv({"", {"A", "B"}, {{std::string("x")}}}), std::invalid_argument);
  EXPECT_THROW(to_csv({"", {"A"}, {{Date{"2026-02-30"}}}}), std::invalid_argument);
  EXPECT_THROW(to_xlsx({"", {"A"}, {{Date{"1.3.2026"}}}}), std::invalid_argument);
}

std::string json(const boost::json::value& value) { return boost::json::serialize(value); }

// What openpyxl reads of the workbook, as JSON. The script has no single quote: it goes to the shell in them.
boost::json::object read_workbook(const TempFile& xlsx) {
  const std::string script =
      "import json, sys, openpyxl\n"
      "wb = openpyxl.load_workbook(sys.argv[1])\n"
      "ws = wb.active\n"
      "d = ws[\"D2\"]\n"
      "print(json.dumps({\n"
      "  \"sheets\": wb.sheetnames, \"title\": wb.properties.title,\n"
      "  \"headers\": [c.value for c in ws[1]], \"header_bold\": [bool(c.font.b) for c in ws[1]],\n"
      "  \"text\": ws[\"A2\"].value, \"quoted\": ws[\"A3\"].value, \"days\": ws[\"B2\"].value,\n"
      "  \"money\": ws[\"C2\"].value, \"money_type\": type(ws[\"C2\"].value).__name__,\n"
      "  \"money_format\": ws[\"C2\"].number_format, \"negative\": ws[\"C3\"].value,\n"
      "  \"date_is_date\": d.is_date, \"date\": d.value.date().isoformat() if d.is_date else str(d.value),\n"
      "  \"empty\": ws[\"E2\"].value, \"freeze\": ws.freeze_panes, \"rows\": ws.max_row,\n"
      "  \"widths\": {k: v.width for k, v in ws.column_dimensions.items()}}))\n";
  const auto run = run_tool(unit_test::kDebianPython + " -c '" + script + "' " + xlsx.quoted());
  EXPECT_EQ(run.exit_code, 0) << run.output;
  if (run.exit_code != 0) return {};
  return boost::json::parse(run.output).as_object();
}

TEST(SpreadsheetXlsx, OpensInOpenpyxlWithTypedCellsABoldFrozenHeaderAndFittingColumns) {
  ASSERT_TRUE(tool_present(unit_test::kDebianPython + " -c 'import openpyxl'", "python3-openpyxl"));
  const Table table{"Korvaukset 3/2026: Helsingin kaupungin työtoiminta",
                    {"Nimi", "Päivät", "Korvaus", "Alkaa", "Huomautus"},
                    {{std::string("Åsa Öhman-Väänänen"), 12LL, Money{123450}, Date{"2026-03-01"}, std::string()},
                     {std::string("Väinö \"V\""), 3LL, Money{-905}, Date{"2026-12-31"}, std::string("x")}}};
  const TempFile xlsx(to_xlsx(table), ".xlsx");
  const auto book = read_workbook(xlsx);
  ASSERT_FALSE(book.empty());

  // Excel's limit of 31 characters, and a dash for the slash and colon it refuses.
  EXPECT_EQ(json(book.at("sheets")), R"(["Korvaukset 3-2026- Helsingin ka"])");
  EXPECT_EQ(json(book.at("title")), R"("Korvaukset 3/2026: Helsingin kaupungin työtoiminta")");
  EXPECT_EQ(json(book.at("headers")), R"(["Nimi","Päivät","Korvaus","Alkaa","Huomautus"])");
  EXPECT_EQ(json(book.at("header_bold")), "[true,true,true,true,true]");
  EXPECT_EQ(json(book.at("freeze")), R"("A2")") << "the header row frozen";
  EXPECT_EQ(json(book.at("text")), R"("Åsa Öhman-Väänänen")");
  EXPECT_EQ(json(book.at("quoted")), R"("Väinö \"V\"")");
  EXPECT_EQ(book.at("days").to_number<double>(), 12);
  EXPECT_EQ(book.at("money").to_number<double>(), 1234.5);
  EXPECT_EQ(json(book.at("money_type")), R"("float")") << "a number, not a text";
  EXPECT_EQ(book.at("negative").to_number<double>(), -9.05);
  EXPECT_NE(json(book.at("money_format")).find("€"), std::string::npos) << json(book.at("money_format"));
  EXPECT_EQ(json(book.at("date_is_date")), "true");
  EXPECT_EQ(json(book.at("date")), R"("2026-03-01")");
  EXPECT_EQ(json(book.at("empty")), "null") << "an empty text is an empty cell";
  EXPECT_EQ(json(book.at("rows")), "3");

  // The name's column is wider than the days' one, and each is at least as wide as its longest text.
  const auto& widths = book.at("widths").as_object();
  const double name = widths.at("A").to_number<double>(), days = widths.at("B").to_number<double>();
  EXPECT_GE(name, 18.0);
  EXPECT_LT(days, name);
  EXPECT_GE(widths.at("D").to_number<double>(), 10.0) << "a date shown whole";
}

}  // namespace
}  // namespace polku::spreadsheets
