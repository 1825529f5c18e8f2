// A document as it was given on a case: a decision, a filled form, a certificate. Its bytes are kept in the file
// store with their checksum and never changed, so that it is shown later exactly as given.
#pragma once
#include <string>

namespace polku::case_documents {

// Who of the case's parties reads it: every party with access to the case (the provider too), or the
// purchaser's side only (a decision, a form the provider does not read).
enum class Audience { kCase, kPurchaser };

struct Issue {
  long long case_id = 0;
  long long client_id = 0;
  std::string kind;         // decision, a form kind, certificate
  long long source_id = 0;  // the decision, form entry or period it was made of
  std::string language;
  std::string title;
  std::string file_name;
  Audience audience = Audience::kCase;
  std::string bytes;  // a PDF
};

struct IssuedDocument {
  long long id = 0;
  long long case_id = 0;
  std::string kind;
  long long source_id = 0;
  std::string language;
  std::string title;
  Audience audience = Audience::kCase;
  std::string file_name;
  long long file_id = 0;
  std::string sha256;
  long long size_bytes = 0;
  long long issued_by = 0;
  std::string issued_by_name;
  std::string issued_at;
};

}  // namespace polku::case_documents
