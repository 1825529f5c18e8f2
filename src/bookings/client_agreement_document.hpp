// A client agreement as a printable PDF, after THL's agreement on a social service linked to working life
// (1.2.246.537.6.1506.13004): the client, the place and its on-site supervisor, to whom absences are reported, the
// responsible persons, the duration, days and hours, the tasks, the parties' acknowledgements and signature lines.
#pragma once
#include <string>

#include "bookings/booking.hpp"
#include "bookings/booking_tasks.hpp"

namespace polku::bookings {

std::string client_agreement_pdf(const ClientAgreement& a, const AgreementParties& parties, const std::string& lang);

}  // namespace polku::bookings
