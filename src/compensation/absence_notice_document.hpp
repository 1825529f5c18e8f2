// An absence notice as a printable PDF: Kela's TT3 (TT3r in Swedish) or the funds' joint form, with the client,
// the organiser, the window, each absence with its category and effect, the days not arranged, and the
// organiser's signature lines.
#pragma once
#include <string>

#include "compensation/absence_notice.hpp"

namespace polku::compensation {

// Who sends a notice: the organiser (the purchaser) and the worker who prints it, its contact person.
struct NoticeSender {
  std::string organiser;
  std::string contact;
  std::string logo_png;  // the organiser's, '' for none
};

std::string absence_notice_pdf(const AbsenceNotice& notice, const NoticeSender& sender, const std::string& lang);

}  // namespace polku::compensation
