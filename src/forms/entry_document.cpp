#include "forms/entry_document.hpp"

#include <cmath>
#include <cstdio>

#include "forms/goals.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/documents/document.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

const Option* option_of(const Field& f, std::string_view key) {
  for (const auto& o : f.options) {
    if (o.key == key) return &o;
  }
  return nullptr;
}

std::string label_of(const Field& f, std::string_view key, const std::string& lang) {
  const auto* o = option_of(f, key);
  return o ? o->label.in(lang) : std::string(key);
}

std::string number_text(double x, const std::string& lang) {
  char buf[64];
  if (std::floor(x) == x && std::fabs(x) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", x);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%g", x);
  std::string s = buf;
  // Finnish and Swedish write a decimal comma.
  if (lang != "en") {
    for (auto& c : s) {
      if (c == '.') c = ',';
    }
  }
  return s;
}

}  // namespace

std::string answer_text(const Field& f, const json::value* v, const std::string& lang) {
  if (!v || v->is_null()) return "";
  const auto& t = f.type;
  if ((t == "text" || t == "long_text") && v->is_string()) return std::string(v->as_string());
  if (t == "single_choice" && v->is_string()) return label_of(f, v->as_string(), lang);
  if (t == "scale" && v->is_string()) return std::string(v->as_string()) + " – " + label_of(f, v->as_string(), lang);
  if (t == "multiple_choice" && v->is_array()) {
    std::string out;
    for (const auto& x : v->as_array()) {
      if (x.is_string()) out += (out.empty() ? "" : ", ") + label_of(f, x.as_string(), lang);
    }
    return out;
  }
  if (t == "date" && v->is_string()) return display_date(std::string(v->as_string()));
  if (t == "number" && v->is_number()) return number_text(v->to_number<double>(), lang);
  if (t == "yes_no" && v->is_bool()) return i18n::message(v->as_bool() ? "form.yes" : "form.no", lang);
  return "";
}

std::string form_entry_pdf(const EntryDocument& d, const std::string& lang) {
  const auto text = [&](const char* key) { return i18n::message(std::string("form.") + key, lang); };
  const FormDefinition& def = *d.definition;
  const FormEntry& e = *d.entry;
  documents::Document doc(d.organisation, def.title.in(lang), lang);
  doc.logo(d.logo_png);
  doc.field(text("client"), d.client_name)
      .field(text("form_version"), std::to_string(e.form_version))
      .field(text("state"),
             e.state == "completed"
                 ? text("completed") + " " + display_date(helsinki_date_of(e.completed_at)) + ", " + e.completed_by_name
                 : text("draft"));
  if (e.corrects_id) doc.field(text("correction"), e.correction_reason);
  for (const auto& s : def.sections) {
    doc.heading(s.title.in(lang));
    for (const auto& f : s.fields) {
      const json::value* v = d.answers.if_contains(f.key);
      if (f.type != "group") {
        const auto answer = answer_text(f, v, lang);
        doc.field(f.label.in(lang), answer.empty() ? "—" : answer);
        continue;
      }
      doc.paragraph(f.label.in(lang));
      const std::size_t n = v && v->is_array() ? v->as_array().size() : 0;
      if (n == 0 || f.fields.empty()) {
        doc.paragraph("—");
        continue;
      }
      std::vector<documents::Column> columns;
      for (const auto& c : f.fields) columns.push_back({c.label.in(lang), 1});
      std::vector<std::vector<std::string>> rows;
      for (const auto& item : v->as_array()) {
        std::vector<std::string> row;
        for (const auto& c : f.fields) {
          const json::value* cv = item.is_object() ? item.as_object().if_contains(c.key) : nullptr;
          row.push_back(answer_text(c, cv, lang));
        }
        rows.push_back(std::move(row));
      }
      doc.table(std::move(columns), std::move(rows));
    }
  }
  if (!d.goals.empty()) {
    doc.heading(text("goals"));
    doc.paragraph(i18n::message("form.goal_scale", lang));
    std::vector<std::vector<std::string>> rows;
    for (const auto& g : d.goals) {
      rows.push_back({g.goal, g.measure,
                      g.rating > 0 ? std::to_string(g.rating) + "/" + std::to_string(kGoalScaleSteps) : "—", g.note});
    }
    doc.table({{text("goal"), 2}, {text("measure"), 2}, {text("rating"), 1}, {text("note"), 2}}, std::move(rows));
  }
  return doc.render_pdf();
}

}  // namespace polku::forms
