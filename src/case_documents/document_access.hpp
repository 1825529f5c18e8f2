// Who reads a case's issued documents (pure): the purchaser's side reads them all; a provider those meant for
// every party of the case.
#pragma once
#include <string_view>

#include "case_documents/issued_document.hpp"
#include "cases/case_access.hpp"

namespace polku::case_documents {

bool may_read(cases::CaseAccess access, Audience audience);
std::string_view audience_name(Audience audience);  // "case", "purchaser"
Audience audience_of(std::string_view name);        // unknown -> purchaser, the narrower

}  // namespace polku::case_documents
