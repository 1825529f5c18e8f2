// A certificate of participation (todistus osallistumisesta) as a printable A4 PDF: the client by name (never the
// identity code), the period's dates, the place and its host, the days attended, the tasks, what was learned, and
// who issued it, for whom and when.
#pragma once
#include <string>

namespace polku::periods {

struct Certificate {
  std::string client_name;
  std::string start_date, end_date;  // the period's, YYYY-MM-DD
  std::string place_name, host_name;
  int days_attended = 0;
  std::string tasks;
  std::string learned;
  std::string issuer_name, issuer_organisation;
  std::string issuer_logo_png;  // the issuer organisation's, '' for none
  std::string issued_on;        // YYYY-MM-DD
};

std::string certificate_pdf(const Certificate& c, const std::string& lang);

}  // namespace polku::periods
