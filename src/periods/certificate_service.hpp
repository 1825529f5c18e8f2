// Certificates of participation of a period, issued by those who plan it (period_access), checked by the pure
// certificate_rules, and kept on the case through the case documents' port in one unit of work: issued anew each
// time, never replacing an earlier one.
#pragma once
#include "bookings/port.hpp"
#include "case_documents/port.hpp"
#include "periods/certificate_rules.hpp"
#include "periods/period_store.hpp"
#include "periods/port.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::periods {

class CertificateService {
 public:
  CertificateService(PeriodStore& store, Port& periods, work::Transactor& transactor, bookings::Port& bookings,
                     case_documents::Port& documents)
      : store_(store), periods_(periods), transactor_(transactor), bookings_(bookings), documents_(documents) {}

  Result<case_documents::IssuedDocument> issue(const work::Caller& caller, long long period_id,
                                               const CertificateInput& in);

 private:
  documents::Letterhead issuer_organisation(const work::Caller& caller, const Period& p, const PeriodParties& who);

  PeriodStore& store_;
  Port& periods_;
  work::Transactor& transactor_;
  bookings::Port& bookings_;
  case_documents::Port& documents_;
};

}  // namespace polku::periods
