// Storage of providers' service products, agreements between organisations and
// the documents attached to them.
#pragma once
#include <optional>
#include <vector>

#include "agreements/agreement.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/port.hpp"

namespace polku::agreements {

inline constexpr long long kMaxDocumentBytes = 5LL * 1024 * 1024;

struct Document {
  DocumentInfo info;
  std::string bytes;
};

class AgreementStore {
 public:
  AgreementStore(db::Database& db, registry::Port& registry) : db_(db), registry_(registry) {}

  // Refused unless the organisation is a provider.
  Result<ServiceProduct> create_product(long long provider_id, const ServiceProductInput& in);
  // `version` is the one the editor read; a stale one is a conflict, none a field error.
  Result<ServiceProduct> update_product(long long id, const ServiceProductInput& in, std::optional<long long> version);
  std::vector<ServiceProduct> products(long long provider_id = 0);  // 0: all
  std::optional<ServiceProduct> find_product(long long id);
  std::optional<ServiceProduct> find_product(work::UnitOfWork& unit, long long id);  // read in the unit

  Result<Agreement> create(const AgreementInput& in);
  // The purchaser stays; everything else, the covered places and products too, is replaced.
  Result<Agreement> update(long long id, const AgreementInput& in, std::optional<long long> version);
  // Hosts and providers, by name: whom a purchaser can make an agreement with.
  std::vector<Partner> partners();
  std::optional<Agreement> find(long long id);
  // Agreements of which one of `organisation_ids` is a party; with `ending_by`,
  // only those valid on `today` that end on or before it.
  std::vector<Agreement> list(const std::vector<long long>& organisation_ids, const std::string& today = {},
                              const std::string& ending_by = {});

  Result<DocumentInfo> add_document(long long agreement_id, const std::string& file_name,
                                    const std::string& content_type, const std::string& bytes);
  std::optional<Document> document(long long agreement_id, long long document_id);

  // True when an agreement valid on `date` covers the place; read inside the caller's unit.
  bool covers_place_on(work::UnitOfWork& unit, long long place_id, const std::string& date);

 private:
  // Every place named is one of the partner's own (asked of the registry).
  bool are_partner_places(const AgreementInput& in);

  db::Database& db_;
  registry::Port& registry_;
};

}  // namespace polku::agreements
