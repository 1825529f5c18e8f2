// A decision (päätös) as a printable A4 PDF: the client, the case and its service, the terms decided, who decided
// and when it was signed, and the appeal instructions of the service and the decision's day in the document's
// language. A draft is marked as one.
#pragma once
#include <string>

#include "decisions/decision.hpp"

namespace polku::decisions {

struct DecisionParties {
  std::string purchaser;  // the organisation that decides, also the review authority named in the instructions
  std::string client_name;
  std::string service_type_name;  // in the document's language
  std::string logo_png;           // the purchaser's, '' for none
};

std::string decision_pdf(const Decision& d, const DecisionParties& parties, const std::string& lang);

}  // namespace polku::decisions
