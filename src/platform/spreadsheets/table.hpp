// A table a module exports for a spreadsheet (compensation lists, reports), written as CSV for Finnish Excel or as
// an Excel workbook (libxlsxwriter) with typed cells: money and dates stay numbers and dates there.
#pragma once
#include <string>
#include <variant>
#include <vector>

namespace polku::spreadsheets {

struct Money {
  long long cents = 0;
};
struct Date {
  std::string iso;  // YYYY-MM-DD
};
// Text (empty for an empty cell), an integer, money or a date.
using Cell = std::variant<std::string, long long, Money, Date>;

struct Table {
  std::string title;  // the workbook's sheet name and title; a CSV has no place for it (its file name has)
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;  // a cell per header in each row
};

// Money as CSV writes it: a decimal comma and no thousands separator (123450 -> "1234,50", -5 -> "-0,05").
std::string money_text(long long cents);

// RFC 4180 with the delimiter Finnish Excel expects: a UTF-8 BOM (so that Excel reads ä, ö and å right), CRLF
// after each record, a field quoted when it holds the delimiter, a quote, CR or LF. Dates as YYYY-MM-DD.
// A row with another number of cells than headers, or a date that is not a real one, is a bug in the caller:
// std::invalid_argument.
std::string to_csv(const Table& table, char delimiter = ';');

// An .xlsx workbook of one sheet: the header row bold and frozen, money as numbers in euros, dates as Excel dates
// shown in the reader's own date format, columns as wide as their texts. The same std::invalid_argument as
// to_csv; std::runtime_error when libxlsxwriter or the temporary file fails. Blocking work: not on an I/O thread.
std::string to_xlsx(const Table& table);

}  // namespace polku::spreadsheets
