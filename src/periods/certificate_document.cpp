#include "periods/certificate_document.hpp"

#include "platform/core/dates.hpp"
#include "platform/documents/document.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::periods {

std::string certificate_pdf(const Certificate& c, const std::string& lang) {
  const auto text = [&](const std::string& key) { return i18n::message("certificate." + key, lang); };
  // "12 päivää": the count and its unit kept on one line by the message's no-break space.
  std::string days = text(c.days_attended == 1 ? "days.one" : "days.many");
  days.replace(days.find("{n}"), 3, std::to_string(c.days_attended));
  documents::Document doc(c.issuer_organisation, text("title"), lang);
  doc.logo(c.issuer_logo_png);
  doc.paragraph(text("intro"));
  doc.field(text("client"), c.client_name)
      .field(text("period"), display_date(c.start_date) + "–" + display_date(c.end_date))
      .field(text("place"), c.place_name)
      .field(text("host"), c.host_name)
      .field(text("days_attended"), days);
  if (!c.tasks.empty()) {
    doc.heading(text("tasks"));
    doc.paragraph(c.tasks);
  }
  doc.heading(text("learned"));
  doc.paragraph(c.learned);
  doc.field(text("issuer"), c.issuer_name + ", " + c.issuer_organisation)
      .field(text("issued_on"), display_date(c.issued_on));
  doc.signature({"", "", display_date(c.issued_on), c.issuer_name});  // the issuer is named just above
  return doc.render_pdf();
}

}  // namespace polku::periods
