// What other modules may ask of the case documents: keep a document as given, inside their own unit of work (its
// bytes, its row and the audit entry commit with their change), and find the one kept of a source.
#pragma once
#include <optional>
#include <string>

#include "case_documents/issued_document.hpp"
#include "platform/files/file_store.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::case_documents {

class Port {
 public:
  virtual ~Port() = default;
  // The one already kept of (kind, source, language) when there is one (a certificate is issued anew each time).
  virtual IssuedDocument keep(work::UnitOfWork& unit, const Issue& issue) = 0;
  virtual std::optional<IssuedDocument> kept(const std::string& kind, long long source_id,
                                             const std::string& language) = 0;
  // The document's bytes as kept, checked against their checksum.
  virtual std::optional<files::FileContent> content(const IssuedDocument& d) = 0;
};

}  // namespace polku::case_documents
