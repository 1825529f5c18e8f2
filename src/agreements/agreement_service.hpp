// The agreements service: who may see and change agreements and service products
// (agreement_access, and the registry's for who makes agreements), the pure rules
// (agreement_rules), and one unit of work per change. Agreements hold no client
// data, so their changes carry no audit entries.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "agreements/agreement_store.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/port.hpp"

namespace polku::agreements {

class AgreementService {
 public:
  AgreementService(AgreementStore& store, work::Transactor& transactor, registry::Port& registry)
      : store_(store), transactor_(transactor), registry_(registry) {}

  // Every signed-in user reads the products; 0: every provider's.
  Result<std::vector<ServiceProduct>> products(const work::Caller& caller, long long provider_id);
  Result<ServiceProduct> product(const work::Caller& caller, long long id);
  // By the provider's manager; a product may only narrow its service type's limits in force today.
  Result<ServiceProduct> create_product(const work::Caller& caller, std::optional<long long> provider_id,
                                        const ServiceProductInput& in);
  // `version` is the one the editor read: a stale one is a conflict, none a field error.
  Result<ServiceProduct> update_product(const work::Caller& caller, long long id, const ServiceProductInput& in,
                                        std::optional<long long> version);

  // Whom the purchaser's manager can choose as the other party.
  Result<std::vector<Partner>> partners(const work::Caller& caller);
  // The agreements the caller may read; with `ending_within_days`, only those in force that end within it.
  Result<std::vector<Agreement>> list(const work::Caller& caller, std::optional<long long> ending_within_days);
  // 404 for a missing agreement and for one the caller may not read.
  Result<Agreement> read(const work::Caller& caller, long long id);
  Result<Agreement> create(const work::Caller& caller, const AgreementInput& in);
  // The purchaser stays; everything else, the covered places and products too, is replaced.
  Result<Agreement> update(const work::Caller& caller, long long id, AgreementInput in,
                           std::optional<long long> version);

  Result<DocumentInfo> add_document(const work::Caller& caller, long long agreement_id, const std::string& file_name,
                                    const std::string& content_type, const std::string& bytes);
  Result<Document> document(const work::Caller& caller, long long agreement_id, long long document_id);

 private:
  // The parties and what the agreement covers must fit: a purchaser, a partner of
  // the kind's side, and only the partner's own places and products.
  std::optional<Error> misfit(work::UnitOfWork& unit, const AgreementInput& in, bool partner_places);
  // Every place named is one of the partner's own (asked of the registry).
  bool are_partner_places(const AgreementInput& in);

  AgreementStore& store_;
  work::Transactor& transactor_;
  registry::Port& registry_;
};

}  // namespace polku::agreements
