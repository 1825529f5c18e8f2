// A notice to the employment authority as a printable PDF, after THL's structure of the KTT notice
// (1.2.246.537.6.1506.4002): the recipient organisation, the client, and the start (date, length, place, what
// the work is, the working hours) or the interruption (its reason and date).
#pragma once
#include <string>

#include "decisions/decision.hpp"

namespace polku::decisions {

struct NoticeParties {
  std::string organiser;  // the purchaser's name
  std::string client_name;
  std::string personal_identity_code;
  std::string logo_png;  // the purchaser's, '' for none
};

std::string notice_pdf(const Notice& n, const NoticeParties& parties, const std::string& lang);

}  // namespace polku::decisions
