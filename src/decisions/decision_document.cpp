#include "decisions/decision_document.hpp"

#include <algorithm>

#include "decisions/decision_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/documents/document.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::decisions {
namespace {

// "4 päivää": the count and its unit kept on one line by the message's no-break space.
std::string count_of(int n, const std::string& unit, const std::string& lang) {
  std::string text = i18n::message("decision_document." + unit + (n == 1 ? ".one" : ".many"), lang);
  const std::string key = "{n}";
  if (auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), std::to_string(n));
  return text;
}

}  // namespace

std::string decision_pdf(const Decision& d, const DecisionParties& parties, const std::string& lang) {
  const auto text = [&](const std::string& key) { return i18n::message("decision_document." + key, lang); };
  const bool draft = d.status == "draft";
  documents::Document doc(parties.purchaser, text("title"), lang);
  doc.logo(parties.logo_png);
  if (draft) doc.paragraph(text("draft"));
  doc.field(text("client"), parties.client_name)
      .field(text("case"), std::to_string(d.case_id))
      .field(text("service_type"), parties.service_type_name)
      .field(text("decision_number"), std::to_string(d.id));
  doc.heading(text("terms"));
  doc.field(text("period"), display_date(d.data.start_date) + "–" + display_date(d.data.end_date))
      .field(text("days_per_week"), count_of(d.data.days_per_week_max, "days", lang))
      .field(text("hours_per_day"), count_of(d.data.hours_per_day_max, "hours", lang))
      .field(text("legal_basis"), d.data.legal_basis);
  if (d.data.replaces_decision_id) doc.field(text("replaces"), std::to_string(*d.data.replaces_decision_id));
  doc.heading(text("made"));
  doc.field(text("decision_maker"), d.decision_maker_name)
      .field(text("decision_date"), display_date(d.data.decision_date))
      .field(text("signed_on"), draft ? text("not_signed") : display_date(helsinki_date_of(d.signed_at)));
  doc.heading(text("appeal"));
  const auto appeal = appeal_instructions(d.service_type, lang, d.data.decision_date, parties.purchaser);
  for (std::size_t at = 0; at < appeal.size();) {
    const auto end = std::min(appeal.find("\n\n", at), appeal.size());
    doc.paragraph(appeal.substr(at, end - at));
    at = end + 2;
  }
  return doc.render_pdf();
}

}  // namespace polku::decisions
