#include "agreements/agreement_service.hpp"

#include <algorithm>

#include "agreements/agreement_access.hpp"
#include "agreements/agreement_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "registry/registry_access.hpp"

namespace polku::agreements {
namespace {

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

std::vector<long long> organisations_of(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles)
    if (std::find(out.begin(), out.end(), g.organisation_id) == out.end()) out.push_back(g.organisation_id);
  return out;
}

}  // namespace

Result<std::vector<ServiceProduct>> AgreementService::products(const work::Caller&, long long provider_id) {
  return store_.products(provider_id);
}

Result<ServiceProduct> AgreementService::product(const work::Caller&, long long id) {
  auto found = store_.find_product(id);
  if (!found) return Error::not_found();
  return std::move(*found);
}

Result<ServiceProduct> AgreementService::create_product(const work::Caller& caller,
                                                        std::optional<long long> provider_id,
                                                        const ServiceProductInput& in) {
  if (!provider_id) return Error::invalid({{"providerOrganisationId", "required"}});
  if (!can_edit_products(caller.user, *provider_id)) return Error::forbidden();
  if (auto errors = validate_product(in, registry_.catalogue()); !errors.empty()) {
    return Error::invalid(std::move(errors));
  }
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (!store_.is_provider(unit, *provider_id)) return Error::invalid({{"providerOrganisationId", "not_a_provider"}});
    return store_.insert_product(unit, *provider_id, in);
  });
  if (!id) return id.error();
  return *store_.find_product(*id);
}

Result<ServiceProduct> AgreementService::update_product(const work::Caller& caller, long long id,
                                                        const ServiceProductInput& in,
                                                        std::optional<long long> version) {
  auto found = store_.find_product(id);
  if (!found) return Error::not_found();
  if (!can_edit_products(caller.user, found->provider_organisation_id)) return Error::forbidden();
  auto errors = validate_product(in, registry_.catalogue());
  if (!version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!store_.update_product(unit, id, *version, in)) return stale();
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find_product(id);
}

Result<std::vector<Partner>> AgreementService::partners(const work::Caller& caller) {
  if (!registry::makes_agreements(caller.user, registry_.purchaser_ids())) return Error::forbidden();
  return store_.partners();
}

Result<std::vector<Agreement>> AgreementService::list(const work::Caller& caller,
                                                      std::optional<long long> ending_within_days) {
  std::string today, ending_by;
  if (ending_within_days) {
    if (*ending_within_days < 0 || *ending_within_days > 3650) {
      return Error::invalid({{"endingWithinDays", "out_of_range"}});
    }
    today = today_helsinki();
    ending_by = add_days(today, static_cast<int>(*ending_within_days));
  }
  std::vector<Agreement> out;
  for (auto& a : store_.list(organisations_of(caller.user), today, ending_by)) {
    if (can_read_agreement(caller.user, a.data.purchaser_organisation_id, a.data.partner_organisation_id)) {
      out.push_back(std::move(a));
    }
  }
  return out;
}

Result<Agreement> AgreementService::read(const work::Caller& caller, long long id) {
  auto found = store_.find(id);
  if (!found ||
      !can_read_agreement(caller.user, found->data.purchaser_organisation_id, found->data.partner_organisation_id)) {
    return Error::not_found();
  }
  return std::move(*found);
}

// Asked of the registry before the unit: a place's host does not change under an agreement.
bool AgreementService::are_partner_places(const AgreementInput& in) {
  for (long long place : in.place_ids) {
    auto found = registry_.find_place(place);
    if (!found || found->host_organisation_id != in.partner_organisation_id) return false;
  }
  return true;
}

std::optional<Error> AgreementService::misfit(work::UnitOfWork& unit, const AgreementInput& in, bool partner_places) {
  if (!store_.is_purchaser(unit, in.purchaser_organisation_id)) {
    return Error::invalid({{"purchaserOrganisationId", "invalid_choice"}});
  }
  auto partner = store_.partner(unit, in.partner_organisation_id);
  if (!partner) return Error::invalid({{"partnerOrganisationId", "invalid_choice"}});
  if (auto code = partner_error(in.kind, *partner); !code.empty()) {
    return Error::invalid({{"partnerOrganisationId", code}});
  }
  if (!partner_places) return Error::invalid({{"placeIds", "not_partner_place"}});
  for (long long product : in.product_ids) {
    if (!store_.is_product_of(unit, product, in.partner_organisation_id)) {
      return Error::invalid({{"productIds", "not_partner_product"}});
    }
  }
  return std::nullopt;
}

Result<Agreement> AgreementService::create(const work::Caller& caller, const AgreementInput& in) {
  if (!can_edit_agreement(caller.user, in.purchaser_organisation_id)) return Error::forbidden();
  if (auto errors = validate_agreement(in); !errors.empty()) return Error::invalid(std::move(errors));
  const bool partner_places = are_partner_places(in);
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (auto refused = misfit(unit, in, partner_places)) return *refused;
    return store_.insert(unit, in);
  });
  if (!id) return id.error();
  return *store_.find(*id);
}

Result<Agreement> AgreementService::update(const work::Caller& caller, long long id, AgreementInput in,
                                           std::optional<long long> version) {
  auto found = read(caller, id);
  if (!found) return found;
  if (!can_edit_agreement(caller.user, found->data.purchaser_organisation_id)) return Error::forbidden();
  in.purchaser_organisation_id = found->data.purchaser_organisation_id;  // an agreement never changes purchaser
  auto errors = validate_agreement(in);
  if (!version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const bool partner_places = are_partner_places(in);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (auto refused = misfit(unit, in, partner_places)) return *refused;
    if (!store_.update(unit, id, *version, in)) return stale();
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<DocumentInfo> AgreementService::add_document(const work::Caller& caller, long long agreement_id,
                                                    const std::string& file_name, const std::string& content_type,
                                                    const std::string& bytes) {
  auto found = read(caller, agreement_id);
  if (!found) return found.error();
  if (!can_edit_agreement(caller.user, found->data.purchaser_organisation_id)) return Error::forbidden();
  if (static_cast<long long>(bytes.size()) > kMaxDocumentBytes) {
    return Error::make(ErrorCode::kPayloadTooLarge, "document_too_large");
  }
  if (auto errors = validate_document(file_name, content_type, bytes.size()); !errors.empty()) {
    return Error::invalid(std::move(errors));
  }
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    return store_.insert_document(unit, agreement_id, file_name, content_type, bytes);
  });
  if (!id) return id.error();
  return DocumentInfo{*id, file_name, content_type, static_cast<long long>(bytes.size())};
}

Result<Document> AgreementService::document(const work::Caller& caller, long long agreement_id,
                                            long long document_id) {
  if (auto found = read(caller, agreement_id); !found) return found.error();
  auto doc = store_.document(agreement_id, document_id);
  if (!doc) return Error::not_found();
  return std::move(*doc);
}

}  // namespace polku::agreements
