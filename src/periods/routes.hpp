// HTTP routes of periods: the public holidays for the editor's calendar; a case's periods (a preview of a
// draft as the user types, the period, a new schedule step, a day moved within its week); the day lists
// and a period's attendance, a day's mark; the absence alerts and their handling; groups and their sessions;
// certificates of participation.
#pragma once
#include "periods/certificate_service.hpp"
#include "periods/group_service.hpp"
#include "periods/period_service.hpp"
#include "platform/http/router.hpp"

namespace polku::periods {

void register_routes(http::Router& router, PeriodService& service, GroupService& groups);
// A certificate of participation of a period, issued anew each time.
void register_certificate_routes(http::Router& router, CertificateService& certificates);

}  // namespace polku::periods
