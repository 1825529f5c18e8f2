// Printable A4 documents (notices, statements, forms) rendered in memory as PDF with cairo and pango. A module
// says what the document holds, in order; wrapping, page breaks, repeated table headers and the page numbers in
// the document's language are done here, so no module positions text itself.
#pragma once
#include <string>
#include <variant>
#include <vector>

namespace polku::documents {

struct Column {
  std::string header;
  double weight = 1;         // the column's share of the text width
  bool align_right = false;  // amounts and counts
};

struct Signature {
  std::string role;          // whose signature ("Asiakas"); empty for none
  std::string place;         // printed on the place-and-date line when known, else the line is left to write on
  std::string date;          // as it is to be printed (d.M.yyyy)
  std::string printed_name;  // printed on the printed-name line when known
};

inline constexpr std::size_t kMaxLogoBytes = 200 * 1024;
inline constexpr int kMaxLogoPixels = 2000;  // on each side

// '' when `png` is a PNG that cairo reads, within the limits, so that it can be a logo; else the field error's code
// (invalid_format, too_large).
std::string logo_problem(const std::string& png);

class Document {
 public:
  // lang: fi, sv or en; the page numbers and the signature lines' captions are in it. All texts are UTF-8.
  Document(std::string organisation, std::string title, std::string lang);

  Document& heading(std::string text);
  // Wrapped to the text width; a long one continues on the next page.
  Document& paragraph(std::string text);
  // A label and its value; fields given one after another form one two-column table.
  Document& field(std::string label, std::string value);
  // Rows that do not fit continue on the next page under the header repeated. Each row has a cell per column
  // (std::invalid_argument otherwise: a bug in the caller).
  Document& table(std::vector<Column> columns, std::vector<std::vector<std::string>> rows);
  Document& checkbox(std::string label, bool checked);
  // Lines for the place and date, the signature and the printed name, kept together on one page.
  Document& signature(Signature who);
  Document& page_break();
  // The organisation's logo (a PNG, see letterhead.hpp), at the top right of every page; '' for none.
  Document& logo(std::string png);

  // The PDF's bytes: laid out first, so that each page's footer knows the number of pages, then drawn.
  // Throws std::runtime_error when cairo fails (out of memory). Blocking work: not on an I/O thread.
  std::string render_pdf() const;

  struct Heading {
    std::string text;
  };
  struct Paragraph {
    std::string text;
  };
  struct Fields {
    std::vector<std::pair<std::string, std::string>> rows;
  };
  struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
  };
  struct Checkbox {
    std::string label;
    bool checked = false;
  };
  struct PageBreak {};
  using Block = std::variant<Heading, Paragraph, Fields, Table, Checkbox, Signature, PageBreak>;

 private:
  std::string organisation_, title_, lang_, logo_png_;
  std::vector<Block> blocks_;
};

}  // namespace polku::documents
