// Pure rules of agreements between organisations and of service products.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "agreements/agreement.hpp"
#include "platform/core/error.hpp"
#include "registry/service_catalogue.hpp"

namespace polku::agreements {

// A product may only narrow its service type's limits in force today.
std::vector<FieldError> validate_product(const ServiceProductInput& in, const registry::ServiceCatalogue& catalogue);
std::vector<FieldError> validate_agreement(const AgreementInput& in);
// An attached document names its file and type and is not empty (its size limit is a 413, the service's).
std::vector<FieldError> validate_document(const std::string& file_name, const std::string& content_type,
                                          std::size_t size);
// Why `partner` cannot be the other party of an agreement of `kind` ("" when it can):
// a partnership is made with a host (the association), a purchase contract with a provider.
std::string partner_error(std::string_view kind, const Partner& partner);
// An agreement is valid on `date` when date lies in [valid_from, valid_until].
bool agreement_valid_on(const AgreementInput& a, const std::string& date);

}  // namespace polku::agreements
