#include "decisions/notice_document.hpp"

#include "platform/core/dates.hpp"
#include "platform/documents/document.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::decisions {

std::string notice_pdf(const Notice& n, const NoticeParties& parties, const std::string& lang) {
  const auto text = [&](const std::string& key) { return i18n::message("case_notice." + key, lang); };
  const auto number = [](int v) { return v > 0 ? std::to_string(v) : std::string("–"); };
  documents::Document doc(parties.organiser, text("title." + n.kind), lang);
  doc.logo(parties.logo_png);
  doc.paragraph(text("structure"));
  doc.field(text("recipient"), n.recipient)
      .field(text("sent_on"), display_date(n.sent_on))
      .field(text("organiser"), parties.organiser)
      .field(text("client"), parties.client_name)
      .field(text("identity_code"), parties.personal_identity_code);
  if (n.kind == "employment_authority_interruption") {
    doc.heading(text("interruption"));
    doc.field(text("interruption_date"), display_date(n.interruption_date))
        .field(text("interruption_code"),
               text("code." + (n.interruption_code.empty() ? "other" : n.interruption_code)));
    if (!n.interruption_reason.empty()) doc.field(text("interruption_reason"), n.interruption_reason);
  } else {
    doc.heading(text("start"));
    doc.field(text("start_date"), display_date(n.start_date))
        .field(text("length_months"), number(n.length_months))
        .field(text("place"), n.place)
        .field(text("hours_per_day"), number(n.hours_per_day))
        .field(text("days_per_week"), number(n.days_per_week));
    if (!n.description.empty()) doc.field(text("description"), n.description);
  }
  doc.signature({text("signer"), "", "", ""});
  return doc.render_pdf();
}

}  // namespace polku::decisions
