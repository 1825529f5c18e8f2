// The case's documents as given: kept by the module that made them (in its unit of work), listed on the case and
// downloaded by those whose access to the case covers the document's audience, each read logged.
#pragma once
#include <vector>

#include "case_documents/document_store.hpp"
#include "case_documents/port.hpp"
#include "cases/port.hpp"
#include "platform/documents/file.hpp"

namespace polku::case_documents {

struct Download {
  documents::File file;
  std::string sha256;
};

class DocumentService final : public Port {
 public:
  DocumentService(DocumentStore& store, cases::Port& cases) : store_(store), cases_(cases) {}

  Result<std::vector<IssuedDocument>> of_case(const work::Caller& caller, long long case_id);
  Result<Download> download(const work::Caller& caller, long long id);

  IssuedDocument keep(work::UnitOfWork& unit, const Issue& issue) override;
  std::optional<IssuedDocument> kept(const std::string& kind, long long source_id,
                                     const std::string& language) override;
  std::optional<files::FileContent> content(const IssuedDocument& d) override;

 private:
  DocumentStore& store_;
  cases::Port& cases_;
};

}  // namespace polku::case_documents
