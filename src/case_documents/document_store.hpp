// Storage of the case's issued documents: their rows here, their bytes in the platform's file store.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "case_documents/issued_document.hpp"
#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::case_documents {

class DocumentStore {
 public:
  explicit DocumentStore(db::Database& db) : db_(db), files_(db) {}
  // Removes the client's issued documents with their files (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  IssuedDocument insert(work::UnitOfWork& unit, const Issue& issue);
  std::optional<IssuedDocument> find(long long id);
  std::optional<IssuedDocument> find_of(const std::string& kind, long long source_id, const std::string& language);
  std::optional<IssuedDocument> find_of(work::UnitOfWork& unit, const std::string& kind, long long source_id,
                                        const std::string& language);
  std::vector<IssuedDocument> of_case(long long case_id);  // newest first
  std::optional<files::FileContent> content(long long file_id) { return files_.get(file_id); }

 private:
  db::Database& db_;
  files::FileStore files_;
};

}  // namespace polku::case_documents
