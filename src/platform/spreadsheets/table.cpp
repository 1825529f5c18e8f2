#include "platform/spreadsheets/table.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>
#include <stdexcept>
#include <system_error>

#include "platform/core/dates.hpp"

namespace polku::spreadsheets {
namespace {

void check_table(const Table& table) {
  for (const auto& row : table.rows) {
    if (row.size() != table.headers.size()) throw std::invalid_argument("a table row needs a cell for each header");
    for (const auto& cell : row) {
      if (const auto* date = std::get_if<Date>(&cell); date && !is_iso_date(date->iso)) {
        throw std::invalid_argument("not a date: " + date->iso);
      }
    }
  }
}

std::string csv_field(const std::string& text, char delimiter) {
  if (text.find_first_of(std::string{delimiter, '"', '\r', '\n'}) == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string cell_text(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* integer = std::get_if<long long>(&cell)) return std::to_string(*integer);
  if (const auto* money = std::get_if<Money>(&cell)) return money_text(money->cents);
  return std::get<Date>(cell).iso;
}

// Characters, not bytes: ä is two bytes and one character wide.
size_t characters(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// How many characters wide a cell shows in Excel: its longest line, a date as d.m.yyyy, money with its thousands
// separators and the euro sign.
size_t shown_width(const Cell& cell) {
  if (std::holds_alternative<Date>(cell)) return 10;
  if (const auto* money = std::get_if<Money>(&cell)) {
    const size_t digits = money_text(money->cents).size();
    return digits + (digits - 4) / 3 + 2;
  }
  size_t widest = 0;
  const std::string text = cell_text(cell);
  for (size_t start = 0; start <= text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, characters(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

// Excel refuses a sheet name longer than 31 characters, with any of []:*?/\ or starting or ending with a quote.
std::string sheet_name(const std::string& title) {
  std::string name;
  size_t count = 0;
  for (char c : title) {
    const bool starts_character = (c & 0xC0) != 0x80;
    if (starts_character && ++count > 31) break;
    name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
  }
  while (!name.empty() && name.front() == '\'') name.erase(name.begin());
  while (!name.empty() && name.back() == '\'') name.pop_back();
  return name;
}

// libxlsxwriter 1.1.4 (Debian 12) writes only to a file. The file is made by mkstemp, readable by this user
// only, as it holds client data until it is read back and removed, also when a throw leaves.
class TemporaryFile {
 public:
  TemporaryFile() : path_((std::filesystem::temp_directory_path() / "polku-export-XXXXXX").string()) {
    const int fd = mkstemp(path_.data());
    if (fd < 0) throw std::system_error(errno, std::generic_category(), "temporary file for a workbook");
    close(fd);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() { std::remove(path_.c_str()); }

  const std::string& path() const { return path_; }
  std::string read() const {
    std::ifstream in(path_, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) throw std::runtime_error("could not read the workbook back");
    return bytes;
  }

 private:
  std::string path_;
};

// Writes the sheet; the first failure is kept and the rest skipped, so that the workbook is still closed (and
// freed) before it is reported.
lxw_error write_sheet(lxw_workbook* workbook, const Table& table) {
  const std::string name = sheet_name(table.title);
  if (!name.empty()) {
    if (auto error = workbook_validate_sheet_name(workbook, name.c_str())) return error;
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.empty() ? nullptr : name.c_str());
  if (!sheet) return LXW_ERROR_MEMORY_MALLOC_FAILED;

  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_format* euros = workbook_add_format(workbook);
  format_set_num_format(euros, "#,##0.00\\ \"\u20ac\"");
  lxw_format* date = workbook_add_format(workbook);
  // Excel's built-in short date: d.m.yyyy in a Finnish Excel, yyyy-mm-dd in a Swedish one.
  format_set_num_format_index(date, 14);

  std::vector<size_t> widths;
  for (size_t c = 0; c < table.headers.size(); ++c) {
    if (auto error = worksheet_write_string(sheet, 0, c, table.headers[c].c_str(), bold)) return error;
    widths.push_back(characters(table.headers[c]) + 1);  // bold is wider
  }
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      const Cell& cell = table.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      lxw_error error = LXW_NO_ERROR;
      if (const auto* text = std::get_if<std::string>(&cell)) {
        error = worksheet_write_string(sheet, row, col, text->c_str(), nullptr);
      } else if (const auto* integer = std::get_if<long long>(&cell)) {
        error = worksheet_write_number(sheet, row, col, static_cast<double>(*integer), nullptr);
      } else if (const auto* money = std::get_if<Money>(&cell)) {
        error = worksheet_write_number(sheet, row, col, static_cast<double>(money->cents) / 100.0, euros);
      } else {
        const std::string& iso = std::get<Date>(cell).iso;
        lxw_datetime day = {
            std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2)), 0, 0, 0};
        error = worksheet_write_datetime(sheet, row, col, &day, date);
      }
      if (error) return error;
      widths[c] = std::max(widths[c], shown_width(cell));
    }
  }
  for (size_t c = 0; c < widths.size(); ++c) {
    const double width = static_cast<double>(std::clamp<size_t>(widths[c] + 2, 8, 60));
    if (auto error = worksheet_set_column(sheet, c, c, width, nullptr)) return error;
  }
  worksheet_freeze_panes(sheet, 1, 0);
  return LXW_NO_ERROR;
}

}  // namespace

std::string money_text(long long cents) {
  // Through unsigned, so that the smallest long long has a magnitude too.
  const unsigned long long magnitude = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : cents;
  const std::string fraction = std::to_string(magnitude % 100);
  return (cents < 0 ? "-" : "") + std::to_string(magnitude / 100) + "," + (fraction.size() < 2 ? "0" : "") + fraction;
}

std::string to_csv(const Table& table, char delimiter) {
  check_table(table);
  std::string csv = "\xEF\xBB\xBF";
  auto record = [&](const auto& fields, auto text_of) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) csv += delimiter;
      csv += csv_field(text_of(fields[i]), delimiter);
    }
    csv += "\r\n";
  };
  record(table.headers, [](const std::string& header) { return header; });
  // A text a spreadsheet would run as a formula (=, +, -, @, a tab or CR first: a client's name or a reason typed
  // in Polku) is written with an apostrophe first, which Excel shows as text (OWASP's CSV injection advice).
  // Numbers, money and dates are never text here, so a negative amount keeps its minus.
  const auto inert = [](const Cell& cell) {
    std::string text = cell_text(cell);
    const bool typed = std::holds_alternative<std::string>(cell);
    if (typed && !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
      text.insert(0, 1, '\'');
    }
    return text;
  };
  for (const auto& row : table.rows) record(row, inert);
  return csv;
}

std::string to_xlsx(const Table& table) {
  check_table(table);
  TemporaryFile file;
  std::string temp_dir = std::filesystem::temp_directory_path().string();
  lxw_workbook_options options = {};
  options.tmpdir = temp_dir.data();
  lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
  if (!workbook) throw std::runtime_error("could not start a workbook");

  std::string title = table.title;
  lxw_doc_properties properties = {};
  properties.title = title.data();
  lxw_error error = workbook_set_properties(workbook, &properties);
  if (!error) error = write_sheet(workbook, table);
  const lxw_error closed = workbook_close(workbook);
  if (error || closed) throw std::runtime_error(std::string("workbook: ") + lxw_strerror(error ? error : closed));
  return file.read();
}

}  // namespace polku::spreadsheets
