// The service types as the registry's pure rules need them: which exist, which
// a company may host, and the limits in force on a date. Read from the
// service_types module by the stores; built by hand in unit tests.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service_types/service_type.hpp"

namespace polku::registry {

struct ServiceCatalogue {
  std::vector<service_types::ServiceType> types;
  std::string today;  // YYYY-MM-DD: products are checked against the limits in force today

  const service_types::ServiceType* find(std::string_view code) const;
  bool contains(std::string_view code) const { return find(code) != nullptr; }
  bool company_may_host(std::string_view code) const;
  // The limits in force on `today`; nullopt for an unknown type or none in force.
  std::optional<service_types::Limits> limits(std::string_view code) const;
};

}  // namespace polku::registry
