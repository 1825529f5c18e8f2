#include "platform/documents/document.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>

#include "platform/i18n/messages.hpp"

namespace polku::documents {
namespace {

// The one font of every document: Debian always ships DejaVu Sans (fonts-dejavu-core), and it has ä, ö, å and the
// ballot boxes of the checkboxes.
constexpr const char* kFont = "DejaVu Sans";

// A4 in points, cairo's PDF unit: 210 mm x 297 mm. Margins 20 mm at the sides and bottom, 15 mm at the top.
constexpr double kPageWidth = 595.2756, kPageHeight = 841.8898;
constexpr double kLeft = 56.69, kTextWidth = kPageWidth - 2 * kLeft;
constexpr double kTop = 42.52, kBottom = kPageHeight - 56.69;
constexpr double kCellPad = 3, kBlockGap = 8, kSignatureSpace = 30;
constexpr double kRuleGray = 0.6, kHeaderFillGray = 0.9;
constexpr double kLogoHeight = 36, kLogoWidth = 140;  // the logo's box

enum class Style { kBody, kBold, kSmall, kHeading, kTitle };

const char* font_of(Style style) {
  switch (style) {
    case Style::kBody:
      return "10";
    case Style::kBold:
      return "Bold 10";
    case Style::kSmall:
      return "8";
    case Style::kHeading:
      return "Bold 12";
    case Style::kTitle:
      return "Bold 15";
  }
  return "10";
}

double points(int pango_units) { return pango_units_to_double(pango_units); }

// A text from the database with a broken byte shows a replacement mark, instead of pango's warning and a cut text.
std::string valid_utf8(const std::string& text) {
  if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return text;
  gchar* fixed = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string result(fixed);
  g_free(fixed);
  return result;
}

std::string replace(std::string text, const std::string& key, const std::string& value) {
  if (auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

using Layout = std::shared_ptr<PangoLayout>;

struct LineSpan {
  double top, bottom;
};

std::vector<LineSpan> line_spans(const Layout& layout) {
  std::vector<LineSpan> spans;
  PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
  do {
    int top = 0, bottom = 0;
    pango_layout_iter_get_line_yrange(iter, &top, &bottom);
    spans.push_back({points(top), points(bottom)});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return spans;
}

double height_of(const Layout& layout) { return line_spans(layout).back().bottom; }

// Makes the layouts, in the PDF's own context so that what is measured is what is drawn.
class Typesetter {
 public:
  Typesetter(cairo_t* cr, const std::string& lang) : context_(pango_cairo_create_context(cr), g_object_unref) {
    // Pango assumes 96 dpi; in the PDF's points a 10 pt font must be 10 units, not 13.3.
    pango_cairo_context_set_resolution(context_.get(), 72);
    pango_context_set_language(context_.get(), pango_language_from_string(lang.c_str()));
  }

  Layout layout(const std::string& text, Style style, double width, bool align_right = false) const {
    Layout layout(pango_layout_new(context_.get()), g_object_unref);
    const std::string valid = valid_utf8(text);
    pango_layout_set_text(layout.get(), valid.data(), static_cast<int>(valid.size()));
    PangoFontDescription* font =
        pango_font_description_from_string((std::string(kFont) + " " + font_of(style)).c_str());
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), pango_units_from_double(width));
    // An account number or an e-mail address longer than its column breaks inside the word instead of overflowing.
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    if (align_right) pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
    return layout;
  }

 private:
  std::unique_ptr<PangoContext, decltype(&g_object_unref)> context_;
};

// What a page draws, positioned by the layout pass. A text may be a part of a layout's lines (a paragraph that
// continues on the next page); y is the top of its first line.
struct TextOp {
  Layout layout;
  double x, y;
  int first_line = 0, end_line = -1;
};
struct RuleOp {
  double x1, y1, x2, y2;
};
struct FillOp {
  double x, y, width, height;
};
// The logo, scaled into its box at the top right.
struct ImageOp {
  std::shared_ptr<cairo_surface_t> image;
  double x, y, scale;
};
// The start or end of a structure element of the tagged PDF (H1, P, Table, TR, TH, TD): what a screen reader reads
// the text as, in order.
struct TagOp {
  const char* name;
  bool open;
};
using Op = std::variant<TextOp, RuleOp, FillOp, TagOp, ImageOp>;
using Page = std::vector<Op>;

// The layout pass: places the blocks on pages, breaking where the next one does not fit.
class Layouter {
 public:
  Layouter(const Typesetter& type, const std::string& lang, double top) : type_(type), lang_(lang), top_(top) {
    new_page();
  }

  std::vector<Page> pages() && { return std::move(pages_); }

  void operator()(const Document::Heading& block) {
    if (y_ > top_) y_ += kBlockGap;
    auto layout = type_.layout(block.text, Style::kHeading, kTextWidth);
    const double height = height_of(layout);
    // A heading alone at the foot of a page belongs to what follows it.
    need(height + 3 * kBodyLine);
    open("H2");
    text(layout, kLeft, y_);
    close();
    y_ += height + 4;
  }

  void operator()(const Document::Paragraph& block) {
    auto layout = type_.layout(block.text, Style::kBody, kTextWidth);
    const auto spans = line_spans(layout);
    const int count = static_cast<int>(spans.size());
    int first = 0;
    if (y_ + spans[0].bottom > kBottom && y_ > top_) new_page();
    open("P");
    for (int i = 0; i < count; ++i) {
      if (y_ + spans[i].bottom - spans[first].top <= kBottom) continue;
      if (i > first) {
        page().push_back(TextOp{layout, kLeft, y_, first, i});
        new_page();
        first = i;
      } else if (y_ > top_) {
        new_page();
      }
    }
    page().push_back(TextOp{layout, kLeft, y_, first, count});
    close();
    y_ += spans.back().bottom - spans[first].top + kBlockGap;
  }

  void operator()(const Document::Fields& block) {
    const double label_width = kTextWidth * 0.36, value_width = kTextWidth - label_width;
    bool first = true;
    for (const auto& [label, value] : block.rows) {
      const std::vector<Layout> cells = {type_.layout(label, Style::kBold, label_width - 2 * kCellPad),
                                         type_.layout(value, Style::kBody, value_width - 2 * kCellPad)};
      const double height = row_height(cells);
      if (need(height) || first) rule(y_);
      if (first) open("Table");
      open("TR");
      tagged("TH", cells[0], kLeft + kCellPad, y_ + kCellPad);
      tagged("TD", cells[1], kLeft + label_width + kCellPad, y_ + kCellPad);
      close();
      y_ += height;
      rule(y_);
      first = false;
    }
    if (!first) close();
    y_ += kBlockGap;
  }

  void operator()(const Document::Table& block) {
    double total = 0;
    for (const auto& column : block.columns) total += column.weight;
    std::vector<double> xs, widths;
    double x = kLeft;
    for (const auto& column : block.columns) {
      xs.push_back(x);
      widths.push_back(kTextWidth * column.weight / total);
      x += widths.back();
    }
    auto row_layouts = [&](auto cell_text, Style style) {
      std::vector<Layout> cells;
      for (size_t c = 0; c < block.columns.size(); ++c) {
        cells.push_back(type_.layout(cell_text(c), style, widths[c] - 2 * kCellPad, block.columns[c].align_right));
      }
      return cells;
    };
    const auto header = row_layouts([&](size_t c) { return block.columns[c].header; }, Style::kBold);
    const double header_height = row_height(header);
    auto draw_header = [&] {
      page().push_back(FillOp{kLeft, y_, kTextWidth, header_height});
      draw_row(header, xs, header_height, "TH");
    };

    if (block.rows.empty()) {
      need(header_height);
      open("Table");
      draw_header();
    }
    for (size_t r = 0; r < block.rows.size(); ++r) {
      const auto cells = row_layouts([&](size_t c) { return block.rows[r][c]; }, Style::kBody);
      const double height = row_height(cells);
      if (r == 0) {
        need(header_height + height);
        open("Table");
        draw_header();
      } else if (y_ + height > kBottom && y_ > top_ + header_height) {
        new_page();  // the table goes on as a table of its own under its header repeated
        draw_header();
      }
      draw_row(cells, xs, height, "TD");
    }
    close();
    y_ += kBlockGap;
  }

  void operator()(const Document::Checkbox& block) {
    constexpr double kIndent = 16;
    auto box = type_.layout(block.checked ? "\u2612" : "\u2610", Style::kBody, kIndent);
    auto label = type_.layout(block.label, Style::kBody, kTextWidth - kIndent);
    const double height = std::max(height_of(box), height_of(label));
    need(height);
    open("P");
    text(box, kLeft, y_);
    text(label, kLeft + kIndent, y_);
    close();
    y_ += height + 3;
  }

  void operator()(const Signature& block) {
    constexpr double kGap = 24;
    const double width = (kTextWidth - kGap) / 2, right = kLeft + width + kGap;
    auto caption = [&](const char* key) { return type_.layout(i18n::message(key, lang_), Style::kSmall, width); };
    auto role = block.role.empty() ? nullptr : type_.layout(block.role, Style::kBold, kTextWidth);
    std::string place_and_date = block.place;
    if (!block.place.empty() && !block.date.empty()) place_and_date += ", ";
    place_and_date += block.date;
    const auto place_caption = caption("document.place_and_date"), signature_caption = caption("document.signature"),
               name_caption = caption("document.printed_name");
    const double slot = kSignatureSpace + 2 + height_of(place_caption) + 6;
    need((role ? height_of(role) + 4 : 0) + 2 * slot);

    if (y_ > top_) y_ += kBlockGap;
    open("Div");
    if (role) {
      text(role, kLeft, y_);
      y_ += height_of(role) + 4;
    }
    auto line = [&](double x, const std::string& filled, const Layout& under) {
      if (!filled.empty()) {
        auto written = type_.layout(filled, Style::kBody, width);
        text(written, x, y_ + kSignatureSpace - height_of(written) - 1);
      }
      page().push_back(RuleOp{x, y_ + kSignatureSpace, x + width, y_ + kSignatureSpace});
      text(under, x, y_ + kSignatureSpace + 2);
    };
    line(kLeft, place_and_date, place_caption);
    line(right, "", signature_caption);
    y_ += slot;
    line(right, block.printed_name, name_caption);
    close();
    y_ += slot + kBlockGap;
  }

  void operator()(const Document::PageBreak&) {
    if (y_ > top_) new_page();
  }

 private:
  static constexpr double kBodyLine = 12;

  Page& page() { return pages_.back(); }
  // The elements open at a page's foot close there and open again on the next page, so that the page's own header
  // and footer stay outside them.
  void new_page() {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) page().push_back(TagOp{*it, false});
    pages_.emplace_back();
    y_ = top_;
    for (const char* name : open_) page().push_back(TagOp{name, true});
  }
  void open(const char* name) {
    open_.push_back(name);
    page().push_back(TagOp{name, true});
  }
  void close() {
    page().push_back(TagOp{open_.back(), false});
    open_.pop_back();
  }
  void tagged(const char* name, const Layout& layout, double x, double y) {
    open(name);
    text(layout, x, y);
    close();
  }
  // Starts a new page when `height` does not fit on this one; true when it did. A block taller than a page
  // starts at the top of one and runs over its foot rather than leaving pages empty.
  bool need(double height) {
    if (y_ + height <= kBottom || y_ <= top_) return false;
    new_page();
    return true;
  }
  void text(const Layout& layout, double x, double y) { page().push_back(TextOp{layout, x, y}); }
  void rule(double y) { page().push_back(RuleOp{kLeft, y, kLeft + kTextWidth, y}); }

  static double row_height(const std::vector<Layout>& cells) {
    double height = 0;
    for (const auto& cell : cells) height = std::max(height, height_of(cell));
    return height + 2 * kCellPad;
  }
  void draw_row(const std::vector<Layout>& cells, const std::vector<double>& xs, double height, const char* cell) {
    open("TR");
    for (size_t c = 0; c < cells.size(); ++c) tagged(cell, cells[c], xs[c] + kCellPad, y_ + kCellPad);
    close();
    y_ += height;
    rule(y_);
  }

  const Typesetter& type_;
  const std::string& lang_;
  const double top_;
  std::vector<Page> pages_;
  std::vector<const char*> open_;
  double y_ = 0;
};

// Draws each line at its own baseline, so that a part of a layout can be drawn without the rest (a clip would
// hide the rest from the eye but not from a text extractor or a screen reader).
void draw_text(cairo_t* cr, const TextOp& op) {
  PangoLayoutIter* iter = pango_layout_get_iter(op.layout.get());
  std::optional<int> first_top;
  int index = 0;
  do {
    if (index >= op.first_line && (op.end_line < 0 || index < op.end_line)) {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      if (!first_top) first_top = logical.y;
      cairo_move_to(cr, op.x + points(logical.x), op.y + points(pango_layout_iter_get_baseline(iter) - *first_top));
      pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter));
    }
    ++index;
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
}

void draw(cairo_t* cr, const Op& op) {
  if (const auto* text = std::get_if<TextOp>(&op)) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    draw_text(cr, *text);
  } else if (const auto* rule = std::get_if<RuleOp>(&op)) {
    cairo_set_source_rgb(cr, kRuleGray, kRuleGray, kRuleGray);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, rule->x1, rule->y1);
    cairo_line_to(cr, rule->x2, rule->y2);
    cairo_stroke(cr);
  } else if (const auto* fill = std::get_if<FillOp>(&op)) {
    cairo_set_source_rgb(cr, kHeaderFillGray, kHeaderFillGray, kHeaderFillGray);
    cairo_rectangle(cr, fill->x, fill->y, fill->width, fill->height);
    cairo_fill(cr);
  } else if (const auto* image = std::get_if<ImageOp>(&op)) {
    cairo_save(cr);
    cairo_translate(cr, image->x, image->y);
    cairo_scale(cr, image->scale, image->scale);
    cairo_set_source_surface(cr, image->image.get(), 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
  } else if (const auto* tag = std::get_if<TagOp>(&op)) {
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0)
    if (tag->open) {
      cairo_tag_begin(cr, tag->name, "");
    } else {
      cairo_tag_end(cr, tag->name);
    }
#endif
  }
}

// Cairo 1.16 writes the structure tree but not the catalog's /MarkInfo, without which a reader takes the file as
// untagged, nor its /Lang. An incremental update (PDF 1.7, 7.5.6) appends the catalog again with both: the bytes
// cairo wrote stay as they are. A file not as expected is left unchanged.
std::string mark_tagged(std::string pdf, const std::string& lang) {
  const auto trailer = pdf.rfind("trailer");
  const auto startxref = pdf.rfind("startxref");
  if (trailer == std::string::npos || startxref == std::string::npos || startxref < trailer) return pdf;
  const std::string dict = pdf.substr(trailer, startxref - trailer);
  auto number_after = [&](const std::string& text, const std::string& key) -> long long {
    const auto at = text.find(key);
    return at == std::string::npos ? -1 : std::atoll(text.c_str() + at + key.size());
  };
  const long long root = number_after(dict, "/Root "), size = number_after(dict, "/Size ");
  const long long info = number_after(dict, "/Info "), previous = number_after(pdf.substr(startxref), "startxref");
  if (root <= 0 || size <= 0 || previous <= 0) return pdf;
  const std::string head = "\n" + std::to_string(root) + " 0 obj\n";
  const auto object = pdf.rfind(head);
  if (object == std::string::npos) return pdf;
  const auto open = pdf.find("<<", object), close = pdf.find(">>\nendobj", object);
  if (open == std::string::npos || close == std::string::npos || open > close) return pdf;
  std::string body = pdf.substr(open + 2, close - open - 2);
  if (body.find("/MarkInfo") != std::string::npos) return pdf;
  if (pdf.back() != '\n') pdf += '\n';
  const std::size_t at = pdf.size();
  pdf += std::to_string(root) + " 0 obj\n<<" + body + "   /MarkInfo << /Marked true >>\n   /Lang (" + lang +
         ")\n>>\nendobj\n";
  const std::size_t xref = pdf.size();
  char entry[32];
  std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", at);
  pdf += "xref\n" + std::to_string(root) + " 1\n" + entry;
  pdf += "trailer\n<< /Size " + std::to_string(size) + " /Root " + std::to_string(root) + " 0 R" +
         (info > 0 ? " /Info " + std::to_string(info) + " 0 R" : "") + " /Prev " + std::to_string(previous) +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

struct PngReading {
  const std::string* bytes;
  std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
  auto* r = static_cast<PngReading*>(closure);
  if (r->bytes->size() - r->at < length) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(r->bytes->data() + r->at, length, data);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

// The logo as an image, or none when there is none or it cannot be read (the document is printed without it).
std::shared_ptr<cairo_surface_t> logo_surface(const std::string& png) {
  if (png.empty()) return nullptr;
  PngReading reading{&png};
  std::shared_ptr<cairo_surface_t> image(cairo_image_surface_create_from_png_stream(read_png, &reading),
                                         cairo_surface_destroy);
  if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_width(image.get()) <= 0 ||
      cairo_image_surface_get_height(image.get()) <= 0) {
    return nullptr;
  }
  return image;
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A PDF written into `bytes`, and its drawing context. Finishing the surface writes the PDF's last bytes; the
// destructor releases both on every way out.
struct PdfSurface {
  explicit PdfSurface(std::string& bytes)
      : surface(cairo_pdf_surface_create_for_stream(append_to_string, &bytes, kPageWidth, kPageHeight)),
        cr(cairo_create(surface)) {}
  PdfSurface(const PdfSurface&) = delete;
  PdfSurface& operator=(const PdfSurface&) = delete;
  ~PdfSurface() {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
  cairo_status_t finish() {
    cairo_destroy(cr);
    cr = nullptr;
    cairo_surface_finish(surface);
    return cairo_surface_status(surface);
  }

  cairo_surface_t* surface;
  cairo_t* cr;
};

void check(cairo_status_t status) {
  if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(std::string("PDF: ") + cairo_status_to_string(status));
}

}  // namespace

Document::Document(std::string organisation, std::string title, std::string lang)
    : organisation_(std::move(organisation)), title_(std::move(title)), lang_(std::move(lang)) {}

Document& Document::heading(std::string text) {
  blocks_.emplace_back(Heading{std::move(text)});
  return *this;
}

Document& Document::paragraph(std::string text) {
  blocks_.emplace_back(Paragraph{std::move(text)});
  return *this;
}

Document& Document::field(std::string label, std::string value) {
  if (blocks_.empty() || !std::holds_alternative<Fields>(blocks_.back())) blocks_.emplace_back(Fields{});
  std::get<Fields>(blocks_.back()).rows.emplace_back(std::move(label), std::move(value));
  return *this;
}

Document& Document::table(std::vector<Column> columns, std::vector<std::vector<std::string>> rows) {
  if (columns.empty()) throw std::invalid_argument("a table needs columns");
  for (const auto& row : rows) {
    if (row.size() != columns.size()) throw std::invalid_argument("a table row needs a cell for each column");
  }
  blocks_.emplace_back(Table{std::move(columns), std::move(rows)});
  return *this;
}

Document& Document::checkbox(std::string label, bool checked) {
  blocks_.emplace_back(Checkbox{std::move(label), checked});
  return *this;
}

Document& Document::signature(Signature who) {
  blocks_.emplace_back(std::move(who));
  return *this;
}

std::string logo_problem(const std::string& png) {
  static const std::string kSignature = "\x89PNG\r\n\x1a\n";
  if (png.size() > kMaxLogoBytes) return "too_large";
  if (png.compare(0, kSignature.size(), kSignature) != 0) return "invalid_format";
  const auto image = logo_surface(png);
  if (!image) return "invalid_format";
  if (cairo_image_surface_get_width(image.get()) > kMaxLogoPixels ||
      cairo_image_surface_get_height(image.get()) > kMaxLogoPixels) {
    return "too_large";
  }
  return "";
}

Document& Document::logo(std::string png) {
  logo_png_ = std::move(png);
  return *this;
}

Document& Document::page_break() {
  blocks_.emplace_back(PageBreak{});
  return *this;
}

std::string Document::render_pdf() const {
  std::string bytes;
  PdfSurface pdf(bytes);
  check(cairo_surface_status(pdf.surface));
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0)
  cairo_pdf_surface_set_metadata(pdf.surface, CAIRO_PDF_METADATA_TITLE, valid_utf8(title_).c_str());
#endif
  // Pango's default font map is per thread since 1.32.6, so documents render on many workers at once.
  const Typesetter type(pdf.cr, lang_);

  // The logo in a box at the top right; the organisation and the title wrap beside it.
  std::optional<ImageOp> logo;
  double header_width = kTextWidth;
  if (auto image = logo_surface(logo_png_)) {
    const double w = cairo_image_surface_get_width(image.get()), h = cairo_image_surface_get_height(image.get());
    const double scale = std::min(kLogoHeight / h, kLogoWidth / w);
    logo = ImageOp{image, kLeft + kTextWidth - w * scale, kTop, scale};
    header_width -= w * scale + 8;
  }
  auto organisation = type.layout(organisation_, Style::kBold, header_width);
  auto title = type.layout(title_, Style::kTitle, header_width);
  const double title_y = kTop + height_of(organisation) + 2;
  const double rule_y = std::max(title_y + height_of(title), logo ? kTop + kLogoHeight : 0.0) + 6;
  // The first page's header is the document's title in its structure; the later pages repeat it for the eye.
  const Page header = {TextOp{organisation, kLeft, kTop}, TextOp{title, kLeft, title_y},
                       RuleOp{kLeft, rule_y, kLeft + kTextWidth, rule_y}};
  const Page first_header = {TagOp{"P", true},
                             TextOp{organisation, kLeft, kTop},
                             TagOp{"P", false},
                             TagOp{"H1", true},
                             TextOp{title, kLeft, title_y},
                             TagOp{"H1", false},
                             RuleOp{kLeft, rule_y, kLeft + kTextWidth, rule_y}};

  Layouter layouter(type, lang_, rule_y + 14);
  for (const auto& block : blocks_) std::visit(layouter, block);
  const auto pages = std::move(layouter).pages();

  const std::string page_text = i18n::message("document.page", lang_);
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const auto& op : i == 0 ? first_header : header) draw(pdf.cr, op);
    if (logo) draw(pdf.cr, *logo);
    for (const auto& op : pages[i]) draw(pdf.cr, op);
    const auto footer = type.layout(
        replace(replace(page_text, "{page}", std::to_string(i + 1)), "{pages}", std::to_string(pages.size())),
        Style::kSmall, kTextWidth, true);
    draw(pdf.cr, TextOp{footer, kLeft, kBottom + 18});
    cairo_show_page(pdf.cr);
  }
  check(cairo_status(pdf.cr));
  check(pdf.finish());
  return mark_tagged(std::move(bytes), lang_ == "sv" || lang_ == "en" ? lang_ : "fi");
}

}  // namespace polku::documents
