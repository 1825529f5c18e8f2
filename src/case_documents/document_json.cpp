#include "case_documents/document_json.hpp"

#include "case_documents/document_access.hpp"

namespace polku::case_documents {

boost::json::object to_json(const IssuedDocument& d) {
  return {{"id", d.id},
          {"caseId", d.case_id},
          {"kind", d.kind},
          {"sourceId", d.source_id},
          {"language", d.language},
          {"title", d.title},
          {"audience", audience_name(d.audience)},
          {"fileName", d.file_name},
          {"sha256", d.sha256},
          {"sizeBytes", d.size_bytes},
          {"issuedBy", d.issued_by_name},
          {"issuedAt", d.issued_at}};
}

}  // namespace polku::case_documents
