#include "case_documents/document_store.hpp"

#include "case_documents/document_access.hpp"
#include "platform/db/row.hpp"

namespace polku::case_documents {
namespace {

constexpr const char* kSelect =
    "SELECT d.id, d.case_id, d.kind, d.source_id, d.language, d.title, d.audience, d.file_name, d.file_id, "
    "d.sha256, d.size_bytes, d.issued_by, COALESCE(u.display_name, ''), d.issued_at "
    "FROM issued_documents d LEFT JOIN users_view u ON u.id = d.issued_by ";

IssuedDocument from_row(const soci::row& r) {
  IssuedDocument d;
  d.id = db::int_at(r, 0);
  d.case_id = db::int_at(r, 1);
  d.kind = db::text_at(r, 2);
  d.source_id = db::int_at(r, 3);
  d.language = db::text_at(r, 4);
  d.title = db::text_at(r, 5);
  d.audience = audience_of(db::text_at(r, 6));
  d.file_name = db::text_at(r, 7);
  d.file_id = db::int_at(r, 8);
  d.sha256 = db::text_at(r, 9);
  d.size_bytes = db::int_at(r, 10);
  d.issued_by = db::int_at(r, 11);
  d.issued_by_name = db::text_at(r, 12);
  d.issued_at = db::text_at(r, 13);
  return d;
}

std::vector<IssuedDocument> select(soci::session& sql, const std::string& where, const std::string& kind, long long id,
                                   const std::string& language) {
  std::vector<IssuedDocument> out;
  soci::rowset<soci::row> rows = kind.empty() ? (sql.prepare << kSelect + where, soci::use(id, "i"))
                                              : (sql.prepare << kSelect + where, soci::use(kind, "k"),
                                                 soci::use(id, "i"), soci::use(language, "l"));
  for (const auto& r : rows) out.push_back(from_row(r));
  return out;
}

const std::string kOfSource = "WHERE d.kind = :k AND d.source_id = :i AND d.language = :l ORDER BY d.id";

std::optional<IssuedDocument> first(std::vector<IssuedDocument> v) {
  if (v.empty()) return std::nullopt;
  return std::move(v.front());
}

}  // namespace

IssuedDocument DocumentStore::insert(work::UnitOfWork& unit, const Issue& issue) {
  const auto file = files_.put(unit, "application/pdf", issue.bytes);
  const std::string audience(audience_name(issue.audience));
  const long long by = unit.actor().user_id;
  long long id = 0;
  unit.sql()
      << "INSERT INTO issued_documents (case_id, kind, source_id, language, title, audience, file_name, "
         "file_id, sha256, size_bytes, issued_by, issued_at) VALUES (:c, :k, :s, :l, :t, :a, :f, :i, :h, :z, :b, :n) "
         "RETURNING id",
      soci::use(issue.case_id), soci::use(issue.kind), soci::use(issue.source_id), soci::use(issue.language),
      soci::use(issue.title), soci::use(audience), soci::use(issue.file_name), soci::use(file.id),
      soci::use(file.sha256), soci::use(file.size_bytes), soci::use(by), soci::use(file.created_at), soci::into(id);
  unit.wrote_client_data(issue.client_id);
  auto kept = select(unit.sql(), "WHERE d.id = :i", "", id, "");
  return kept.front();
}

std::optional<IssuedDocument> DocumentStore::find(long long id) {
  return db_.read([&](soci::session& sql) { return first(select(sql, "WHERE d.id = :i", "", id, "")); });
}

std::optional<IssuedDocument> DocumentStore::find_of(const std::string& kind, long long source_id,
                                                     const std::string& language) {
  return db_.read([&](soci::session& sql) { return first(select(sql, kOfSource, kind, source_id, language)); });
}

std::optional<IssuedDocument> DocumentStore::find_of(work::UnitOfWork& unit, const std::string& kind,
                                                     long long source_id, const std::string& language) {
  return first(select(unit.sql(), kOfSource, kind, source_id, language));
}

std::vector<IssuedDocument> DocumentStore::of_case(long long case_id) {
  return db_.read([&](soci::session& sql) {
    auto v = select(sql, "WHERE d.case_id = :i ORDER BY d.id DESC", "", case_id, "");
    return v;
  });
}

void DocumentStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  const std::string of_client =
      " FROM issued_documents WHERE case_id IN (SELECT id FROM cases_view WHERE client_id = :c)";
  std::vector<long long> files;
  soci::rowset<soci::row> rows = (unit.sql().prepare << "SELECT file_id" + of_client, soci::use(client_id, "c"));
  for (const auto& row : rows) files.push_back(db::int_at(row, 0));
  unit.sql() << "DELETE" + of_client, soci::use(client_id, "c");
  for (long long id : files) files::FileStore::remove(unit, id);
}

}  // namespace polku::case_documents
