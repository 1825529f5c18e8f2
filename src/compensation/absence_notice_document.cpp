#include "compensation/absence_notice_document.hpp"

#include "platform/core/dates.hpp"
#include "platform/documents/document.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::compensation {

std::string absence_notice_pdf(const AbsenceNotice& n, const NoticeSender& sender, const std::string& lang) {
  const auto text = [&](const std::string& key) { return i18n::message("notice." + key, lang); };
  const bool kela = n.recipient == "kela";
  const std::string& organiser = sender.organiser;
  documents::Document doc(organiser, text(kela ? "title_kela" : "title_fund"), lang);
  doc.logo(sender.logo_png);
  // Kela's TT3 goes by post to Kela's address; a fund member's notice to the fund they belong to.
  doc.field(text("recipient"), kela ? text("kela_address") : n.fund_name)
      .field(text(kela ? "client" : "member"), n.client_name)
      .field(text("identity_code"), n.personal_identity_code)
      .field(text("service"), text("ktt") + " " + display_date(n.period_start) + " – " + display_date(n.period_end))
      .field(text("organiser"), organiser)
      .field(text("contact"), sender.contact)
      .field(text("place"), n.place_name)
      .field(text("window"), display_date(n.window_from) + " – " + display_date(n.window_to));

  doc.heading(text("absences"));
  if (n.content.absences.empty()) {
    doc.paragraph(text("no_absences"));
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : n.content.absences) {
      std::string remark;
      if (a.certificate_needed) remark = text("certificate_needed");
      if (a.over_limit) remark = text("over_limit");
      rows.push_back(
          {display_date(a.day), text("category." + a.category), text(a.benefit_kept ? "yes" : "no"), remark});
    }
    doc.table({{text("day"), 1}, {text("reason"), 2}, {text("benefit_kept"), 1.2}, {text("remark"), 2}},
              std::move(rows));
  }
  doc.heading(text("not_arranged"));
  if (n.content.not_arranged.empty()) {
    doc.paragraph(text("none"));
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& d : n.content.not_arranged) rows.push_back({display_date(d.day), text("why." + d.why)});
    doc.table({{text("day"), 1}, {text("reason"), 3}}, std::move(rows));
  }
  doc.paragraph(text("no_allowance"));
  doc.signature({text("signer"), "", "", ""});
  return doc.render_pdf();
}

}  // namespace polku::compensation
