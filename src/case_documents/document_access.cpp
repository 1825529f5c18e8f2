#include "case_documents/document_access.hpp"

namespace polku::case_documents {

bool may_read(cases::CaseAccess access, Audience audience) {
  switch (access) {
    case cases::CaseAccess::kEdit:
    case cases::CaseAccess::kRead:
      return true;
    case cases::CaseAccess::kProvider:
      return audience == Audience::kCase;
    case cases::CaseAccess::kNone:
      break;
  }
  return false;
}

std::string_view audience_name(Audience audience) { return audience == Audience::kCase ? "case" : "purchaser"; }

Audience audience_of(std::string_view name) { return name == "case" ? Audience::kCase : Audience::kPurchaser; }

}  // namespace polku::case_documents
