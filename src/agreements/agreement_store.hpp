// Storage of providers' service products, agreements between organisations and
// the documents attached to them. Reads, and writes inside the caller's unit of
// work; the service checks access and validates.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "agreements/agreement.hpp"
#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::agreements {

class AgreementStore {
 public:
  explicit AgreementStore(db::Database& db) : db_(db), files_(db) {}

  std::vector<ServiceProduct> products(long long provider_id = 0);  // 0: all
  std::optional<ServiceProduct> find_product(long long id);
  std::optional<ServiceProduct> find_product(work::UnitOfWork& unit, long long id);  // read in the unit
  long long insert_product(work::UnitOfWork& unit, long long provider_id, const ServiceProductInput& in);
  // False when the version is stale.
  bool update_product(work::UnitOfWork& unit, long long id, long long version, const ServiceProductInput& in);

  // Hosts and providers, by name: whom a purchaser can make an agreement with.
  std::vector<Partner> partners();
  std::optional<Agreement> find(long long id);
  // Agreements of which one of `organisation_ids` is a party; with `ending_by`,
  // only those valid on `today` that end on or before it.
  std::vector<Agreement> list(const std::vector<long long>& organisation_ids, const std::string& today = {},
                              const std::string& ending_by = {});
  // With the places and products it covers.
  long long insert(work::UnitOfWork& unit, const AgreementInput& in);
  // Everything but the purchaser, the covered places and products too, is replaced; false when the version is stale.
  bool update(work::UnitOfWork& unit, long long id, long long version, const AgreementInput& in);

  long long insert_document(work::UnitOfWork& unit, long long agreement_id, const std::string& file_name,
                            const std::string& content_type, const std::string& bytes);
  std::optional<Document> document(long long agreement_id, long long document_id);

  // Read inside the unit, so that the write they decide on sees the same rows.
  bool is_purchaser(work::UnitOfWork& unit, long long organisation_id);
  bool is_provider(work::UnitOfWork& unit, long long organisation_id);
  std::optional<Partner> partner(work::UnitOfWork& unit, long long organisation_id);
  bool is_product_of(work::UnitOfWork& unit, long long product_id, long long provider_id);
  // True when an agreement valid on `date` covers the place; read inside the caller's unit.
  bool covers_place_on(work::UnitOfWork& unit, long long place_id, const std::string& date);

 private:
  db::Database& db_;
  files::FileStore files_;
};

}  // namespace polku::agreements
