#include "case_documents/document_service.hpp"

#include "case_documents/document_access.hpp"

namespace polku::case_documents {

Result<std::vector<IssuedDocument>> DocumentService::of_case(const work::Caller& caller, long long case_id) {
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = cases_.load_for_reading(caller, case_id, &access);
  if (!c) return c.error();
  std::vector<IssuedDocument> out;
  for (auto& d : store_.of_case(case_id)) {
    if (may_read(access, d.audience)) out.push_back(std::move(d));
  }
  caller.accessed(c->client_id, "list", "documents");
  return out;
}

Result<Download> DocumentService::download(const work::Caller& caller, long long id) {
  auto d = store_.find(id);
  if (!d) return Error::not_found();
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = cases_.load_for_reading(caller, d->case_id, &access);
  if (!c) return c.error();
  if (!may_read(access, d->audience)) {
    caller.refused(c->client_id, "document " + std::to_string(id));
    return Error::not_found();
  }
  auto bytes = content(*d);
  if (!bytes) return Error::not_found();
  caller.accessed(c->client_id, "read", "document " + d->kind + " " + std::to_string(id));
  return Download{{d->file_name, bytes->file.content_type, std::move(bytes->bytes)}, d->sha256};
}

IssuedDocument DocumentService::keep(work::UnitOfWork& unit, const Issue& issue) {
  if (issue.kind != "certificate") {
    if (auto existing = store_.find_of(unit, issue.kind, issue.source_id, issue.language)) return *existing;
  }
  auto d = store_.insert(unit, issue);
  unit.audit(issue.client_id, "create",
             "document " + issue.kind + " " + std::to_string(issue.source_id) + " " + issue.language + " " + d.sha256);
  return d;
}

std::optional<IssuedDocument> DocumentService::kept(const std::string& kind, long long source_id,
                                                    const std::string& language) {
  return store_.find_of(kind, source_id, language);
}

std::optional<files::FileContent> DocumentService::content(const IssuedDocument& d) {
  auto bytes = store_.content(d.file_id);
  if (bytes && bytes->file.sha256 != d.sha256) throw files::CorruptFile("an issued document's file was replaced");
  return bytes;
}

}  // namespace polku::case_documents
