#include "bookings/client_agreement_document.hpp"

#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/documents/document.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::bookings {
namespace {

constexpr const char* kNbsp = "\u00a0";  // between a number and its unit

}  // namespace

std::string client_agreement_pdf(const ClientAgreement& a, const AgreementParties& p, const std::string& lang) {
  const auto text = [&](const std::string& key) { return i18n::message("client_agreement_doc." + key, lang); };
  const auto& d = a.data;
  const std::string supervisor = p.supervisor_name + (p.supervisor_phone.empty() ? "" : ", " + p.supervisor_phone);
  documents::Document doc(p.purchaser_name, text("title"), lang);
  doc.logo(p.purchaser_logo_png);
  doc.field(text("client"), p.client_name).field(text("purchaser"), p.purchaser_name);
  if (!p.provider_name.empty()) doc.field(text("provider"), p.provider_name);
  doc.field(text("place"), p.place_name + (p.place_address.empty() ? "" : ", " + p.place_address))
      .field(text("host"), p.host_name)
      .field(text("supervisor"), supervisor)
      .field(text("absences"), text("absences_to") + " " + supervisor)
      .field(text("own_worker"), p.own_worker_name)
      .field(text("responsible"), d.responsible_persons);
  doc.heading(text("terms"))
      .field(text("duration"), display_date(d.start_date) + " – " + display_date(d.end_date))
      .field(text("days_and_hours"), std::to_string(d.days_per_week) + kNbsp + text("days_per_week") + ", " +
                                         std::to_string(d.hours_per_day) + kNbsp + text("hours_per_day"))
      .field(text("tasks"), d.tasks);
  doc.heading(text("acknowledgements"));
  if (a.acknowledgements.empty()) {
    doc.paragraph(text("none_acknowledged"));
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& k : a.acknowledgements) {
      const std::string method = k.method.empty() ? "" : text("method_" + k.method);
      rows.push_back({text("party_" + k.party), k.name, display_date(helsinki_date_of(k.acknowledged_at)), method});
    }
    doc.table({{text("party"), 1.2}, {text("name"), 2}, {text("date"), 1}, {text("method"), 1.2}}, rows);
  }
  doc.signature({text("party_client"), "", "", p.client_name})
      .signature({text("party_purchaser"), "", "", ""})
      .signature({text("party_host"), "", "", p.supervisor_name});
  return doc.render_pdf();
}

}  // namespace polku::bookings
