#include "periods/certificate_service.hpp"

#include <algorithm>

#include "periods/attendance_rules.hpp"
#include "periods/certificate_document.hpp"
#include "periods/period_access.hpp"
#include "platform/core/clock.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::periods {
namespace {

// The tasks agreed for the place: those of the period's client agreement, or of its latest acknowledged
// continuation (a continuation carries the tasks on, changed or not).
std::string agreed_tasks(const std::vector<bookings::ClientAgreement>& agreements, long long agreement_id) {
  std::string tasks;
  for (std::optional<long long> id = agreement_id; id;) {
    const auto it = std::find_if(agreements.begin(), agreements.end(), [&](const auto& a) { return a.id == *id; });
    if (it == agreements.end()) break;
    tasks = it->data.tasks;
    id = it->next_id;
  }
  return tasks;
}

}  // namespace

documents::Letterhead CertificateService::issuer_organisation(const work::Caller& caller, const Period& p,
                                                              const PeriodParties& who) {
  if (who.case_access == cases::CaseAccess::kEdit) return store_.letterhead(p.case_organisation_id);
  // A coach issues for the provider that named them on the case.
  auto participants = store_.participants({p.case_id});
  for (const auto& part : participants[p.case_id]) {
    if (part.coach_user_id == caller.user.user_id) return store_.letterhead(part.provider_organisation_id);
  }
  const auto& roles = caller.user.roles;
  return roles.empty() ? documents::Letterhead{} : store_.letterhead(roles.front().organisation_id);
}

Result<case_documents::IssuedDocument> CertificateService::issue(const work::Caller& caller, long long period_id,
                                                                 const CertificateInput& in) {
  auto found = periods_.readable(caller, period_id);
  if (!found) return found.error();
  const Period& period = found->first;
  const PeriodParties& who = found->second;
  if (!may_issue_certificate(caller.user, who)) return Error::forbidden();
  const std::string today = today_helsinki();
  if (auto errors = validate_certificate(in, period.data, today); !errors.empty()) {
    return Error::invalid(std::move(errors));
  }
  Certificate c;
  c.client_name = period.client_name;
  c.start_date = period.data.start_date;
  c.end_date = period.data.end_date;
  c.place_name = period.place_name;
  c.host_name = store_.letterhead(period.host_organisation_id).organisation;
  const std::string last = std::min(period.data.end_date, today);
  c.days_attended = days_attended(store_.attendance({period_id}, period.data.start_date, last, false));
  c.learned = in.learned;
  c.issuer_name = caller.user.display_name;
  auto issuer = issuer_organisation(caller, period, who);
  c.issuer_organisation = std::move(issuer.organisation);
  c.issuer_logo_png = std::move(issuer.logo_png);
  c.issued_on = today;
  const std::string title = i18n::message("certificate.title", in.language);
  const std::string file_name = "certificate-" + std::to_string(period_id) + "-" + today + ".pdf";
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<case_documents::IssuedDocument> {
    // The agreements are read through this unit (another connection could wait behind its write lock), so the
    // PDF is drawn here too.
    c.tasks = agreed_tasks(bookings_.acknowledged_agreements(unit, period.client_id, period.data.place_id),
                           period.client_agreement_id);
    return documents_.keep(unit, {period.case_id, period.client_id, "certificate", period_id, in.language, title,
                                  file_name, case_documents::Audience::kCase, certificate_pdf(c, in.language)});
  });
}

}  // namespace polku::periods
