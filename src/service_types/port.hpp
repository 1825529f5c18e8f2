// What other modules may ask of the service types module.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "service_types/service_type.hpp"

namespace polku::service_types {

class Port {
 public:
  virtual ~Port() = default;
  virtual std::vector<ServiceType> all() = 0;
  virtual std::optional<ServiceType> find(const std::string& code) = 0;
};

}  // namespace polku::service_types
