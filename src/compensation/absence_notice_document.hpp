// An absence notice as a printable PDF: Kela's TT3 (TT3r in Swedish) or the funds' joint form, with the client,
// the organiser, the window, each absence with its category and effect, the days not arranged, and the
// organiser's signature lines.
#pragma once
#include <string>

#include "compensation/absence_notice.hpp"

namespace polku::compensation {

std::string absence_notice_pdf(const AbsenceNotice& notice, const std::string& organiser, const std::string& lang);

}  // namespace polku::compensation
