#include "agreements/agreement_store.hpp"

#include <set>

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::agreements {
namespace {

constexpr const char* kSelectAgreement =
    "SELECT a.id, a.kind, a.purchaser_organisation_id, a.partner_organisation_id, a.title, a.valid_from, "
    "a.valid_until, p.name, q.name, a.version FROM agreements a JOIN organisations_view p ON p.id = "
    "a.purchaser_organisation_id "
    "JOIN organisations_view q ON q.id = a.partner_organisation_id";

// Whole statements as constants: GCC 12 warns (-Warray-bounds, falsely) on
// concatenating a temporary std::string inside the lambdas.
const std::string kFindAgreement = std::string(kSelectAgreement) + " WHERE a.id = :i";

Agreement agreement_from(const soci::row& r) {
  Agreement a;
  a.id = db::int_at(r, 0);
  a.data.kind = db::text_at(r, 1);
  a.data.purchaser_organisation_id = db::int_at(r, 2);
  a.data.partner_organisation_id = db::int_at(r, 3);
  a.data.title = db::text_at(r, 4);
  a.data.valid_from = db::text_at(r, 5);
  a.data.valid_until = db::text_at(r, 6);
  a.purchaser_name = db::text_at(r, 7);
  a.partner_name = db::text_at(r, 8);
  a.version = db::int_at(r, 9);
  return a;
}

void load_details(soci::session& sql, Agreement& a) {
  soci::rowset<soci::row> places =
      (sql.prepare << "SELECT place_id FROM agreement_places WHERE agreement_id = :a ORDER BY place_id",
       soci::use(a.id));
  for (const auto& r : places) a.data.place_ids.push_back(db::int_at(r, 0));
  soci::rowset<soci::row> products =
      (sql.prepare << "SELECT product_id FROM agreement_products WHERE agreement_id = :a ORDER BY product_id",
       soci::use(a.id));
  for (const auto& r : products) a.data.product_ids.push_back(db::int_at(r, 0));
  soci::rowset<soci::row> docs =
      (sql.prepare << "SELECT id, file_name, content_type, size_bytes FROM agreement_documents "
                      "WHERE agreement_id = :a ORDER BY id",
       soci::use(a.id));
  for (const auto& r : docs) {
    a.documents.push_back({db::int_at(r, 0), db::text_at(r, 1), db::text_at(r, 2), db::int_at(r, 3)});
  }
}

long long count_of(soci::session& sql, const std::string& query, long long a) {
  long long n = 0;
  sql << query, soci::use(a, "a"), soci::into(n);
  return n;
}

long long count_of(soci::session& sql, const std::string& query, long long a, long long b) {
  long long n = 0;
  sql << query, soci::use(a, "a"), soci::use(b, "b"), soci::into(n);
  return n;
}

// A set: a repeated id in the request must not break the primary key.
void insert_coverage(soci::session& sql, long long agreement_id, const AgreementInput& in) {
  for (long long place : std::set<long long>(in.place_ids.begin(), in.place_ids.end())) {
    sql << "INSERT INTO agreement_places (agreement_id, place_id) VALUES (:a, :p)", soci::use(agreement_id),
        soci::use(place);
  }
  for (long long product : std::set<long long>(in.product_ids.begin(), in.product_ids.end())) {
    sql << "INSERT INTO agreement_products (agreement_id, product_id) VALUES (:a, :p)", soci::use(agreement_id),
        soci::use(product);
  }
}

}  // namespace

long long AgreementStore::insert(work::UnitOfWork& unit, const AgreementInput& in) {
  long long new_id = 0;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO agreements (kind, purchaser_organisation_id, partner_organisation_id, title, "
                "valid_from, valid_until, created_at) VALUES (:k, :p, :q, :t, :f, :u, :c) RETURNING id",
      soci::use(in.kind), soci::use(in.purchaser_organisation_id), soci::use(in.partner_organisation_id),
      soci::use(in.title), soci::use(in.valid_from), soci::use(in.valid_until), soci::use(now), soci::into(new_id);
  insert_coverage(unit.sql(), new_id, in);
  return new_id;
}

bool AgreementStore::update(work::UnitOfWork& unit, long long id, long long version, const AgreementInput& in) {
  auto& sql = unit.sql();
  soci::statement st =
      (sql.prepare << "UPDATE agreements SET kind = :k, partner_organisation_id = :q, title = :t, "
                      "valid_from = :f, valid_until = :u, version = version + 1 WHERE id = :id AND version = :v",
       soci::use(in.kind), soci::use(in.partner_organisation_id), soci::use(in.title), soci::use(in.valid_from),
       soci::use(in.valid_until), soci::use(id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  sql << "DELETE FROM agreement_places WHERE agreement_id = :a", soci::use(id);
  sql << "DELETE FROM agreement_products WHERE agreement_id = :a", soci::use(id);
  insert_coverage(sql, id, in);
  return true;
}

bool AgreementStore::is_purchaser(work::UnitOfWork& unit, long long organisation_id) {
  return count_of(unit.sql(), "SELECT COUNT(*) FROM organisations_view WHERE id = :a AND is_purchaser = 1",
                  organisation_id) > 0;
}

bool AgreementStore::is_provider(work::UnitOfWork& unit, long long organisation_id) {
  return count_of(unit.sql(), "SELECT COUNT(*) FROM organisations_view WHERE id = :a AND is_provider = 1",
                  organisation_id) > 0;
}

std::optional<Partner> AgreementStore::partner(work::UnitOfWork& unit, long long organisation_id) {
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT id, name, is_host, is_provider FROM organisations_view WHERE id = :a",
       soci::use(organisation_id));
  for (const auto& r : rows) return Partner{db::int_at(r, 0), db::text_at(r, 1), db::bool_at(r, 2), db::bool_at(r, 3)};
  return std::nullopt;
}

bool AgreementStore::is_product_of(work::UnitOfWork& unit, long long product_id, long long provider_id) {
  return count_of(unit.sql(), "SELECT COUNT(*) FROM service_products WHERE id = :a AND provider_organisation_id = :b",
                  product_id, provider_id) > 0;
}

std::vector<Partner> AgreementStore::partners() {
  return db_.read([&](soci::session& sql) {
    std::vector<Partner> out;
    soci::rowset<soci::row> rows = sql.prepare << "SELECT id, name, is_host, is_provider FROM organisations_view "
                                                  "WHERE is_host = 1 OR is_provider = 1 ORDER BY name, id";
    for (const auto& r : rows) {
      out.push_back({db::int_at(r, 0), db::text_at(r, 1), db::bool_at(r, 2), db::bool_at(r, 3)});
    }
    return out;
  });
}

std::optional<Agreement> AgreementStore::find(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Agreement> {
    std::optional<Agreement> out;
    {
      soci::rowset<soci::row> rows = (sql.prepare << kFindAgreement, soci::use(id));
      for (const auto& r : rows) out = agreement_from(r);
    }
    if (out) load_details(sql, *out);
    return out;
  });
}

std::vector<Agreement> AgreementStore::list(const std::vector<long long>& organisation_ids, const std::string& today,
                                            const std::string& ending_by) {
  if (organisation_ids.empty()) return {};
  return db_.read([&](soci::session& sql) {
    std::vector<Agreement> out;
    for (long long org : organisation_ids) {
      // Each placeholder once: PostgreSQL's SOCI backend binds a repeated name only once.
      // Without `ending_by` the date bounds let every agreement through.
      const std::string where =
          " WHERE (a.purchaser_organisation_id = :o1 OR a.partner_organisation_id = :o2) AND a.valid_from <= :t1 "
          "AND a.valid_until >= :t2 AND a.valid_until <= :e ORDER BY a.valid_until, a.id";
      std::string from_bound = ending_by.empty() ? "9999-12-31" : today;
      std::string until_bound = ending_by.empty() ? "0000-01-01" : today;
      std::string end_bound = ending_by.empty() ? "9999-12-31" : ending_by;
      soci::rowset<soci::row> rows =
          (sql.prepare << std::string(kSelectAgreement) + where, soci::use(org, "o1"), soci::use(org, "o2"),
           soci::use(from_bound, "t1"), soci::use(until_bound, "t2"), soci::use(end_bound, "e"));
      for (const auto& r : rows) {
        auto a = agreement_from(r);
        const bool seen = std::any_of(out.begin(), out.end(), [&](const Agreement& x) { return x.id == a.id; });
        if (!seen) out.push_back(std::move(a));
      }
    }
    for (auto& a : out) load_details(sql, a);
    return out;
  });
}

long long AgreementStore::insert_document(work::UnitOfWork& unit, long long agreement_id, const std::string& file_name,
                                          const std::string& content_type, const std::string& bytes) {
  const auto file = files_.put(unit, content_type, bytes);
  long long new_id = 0;
  unit.sql() << "INSERT INTO agreement_documents (agreement_id, file_name, content_type, size_bytes, file_id, "
                "created_at) VALUES (:a, :f, :t, :s, :i, :n) RETURNING id",
      soci::use(agreement_id), soci::use(file_name), soci::use(content_type), soci::use(file.size_bytes),
      soci::use(file.id), soci::use(file.created_at), soci::into(new_id);
  return new_id;
}

std::optional<Document> AgreementStore::document(long long agreement_id, long long document_id) {
  auto info = db_.read([&](soci::session& sql) -> std::optional<std::pair<DocumentInfo, long long>> {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT id, file_name, content_type, size_bytes, file_id FROM agreement_documents "
                        "WHERE id = :d AND agreement_id = :a",
         soci::use(document_id), soci::use(agreement_id));
    for (const auto& r : rows) {
      return std::pair{DocumentInfo{db::int_at(r, 0), db::text_at(r, 1), db::text_at(r, 2), db::int_at(r, 3)},
                       db::int_at(r, 4)};
    }
    return std::nullopt;
  });
  if (!info) return std::nullopt;
  auto content = files_.get(info->second);
  if (!content) return std::nullopt;
  return Document{info->first, std::move(content->bytes)};
}

bool AgreementStore::covers_place_on(work::UnitOfWork& unit, long long place_id, const std::string& date) {
  long long n = 0;
  std::string from = date, until = date;
  unit.sql() << "SELECT COUNT(*) FROM agreement_places ap JOIN agreements a ON a.id = ap.agreement_id "
                "WHERE ap.place_id = :p AND a.valid_from <= :f AND a.valid_until >= :u",
      soci::use(place_id, "p"), soci::use(from, "f"), soci::use(until, "u"), soci::into(n);
  return n > 0;
}

}  // namespace polku::agreements
