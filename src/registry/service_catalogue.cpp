#include "registry/service_catalogue.hpp"

#include "service_types/service_type_rules.hpp"

namespace polku::registry {

const service_types::ServiceType* ServiceCatalogue::find(std::string_view code) const {
  for (const auto& t : types)
    if (t.code == code) return &t;
  return nullptr;
}

bool ServiceCatalogue::company_may_host(std::string_view code) const {
  const auto* t = find(code);
  return t != nullptr && t->company_may_host;
}

std::optional<service_types::Limits> ServiceCatalogue::limits(std::string_view code) const {
  const auto* t = find(code);
  if (t == nullptr) return std::nullopt;
  return service_types::limits_on(t->limits, today);
}

}  // namespace polku::registry
