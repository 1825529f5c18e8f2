// What other modules may ask of the service orders module.
#pragma once
#include <optional>

#include "platform/work/unit_of_work.hpp"

namespace polku::service_orders {

class Port {
 public:
  virtual ~Port() = default;
  // The product of the newest accepted order for the case from this provider; read inside the caller's unit.
  virtual std::optional<long long> accepted_product(work::UnitOfWork& unit, long long case_id,
                                                    long long provider_id) = 0;
};

}  // namespace polku::service_orders
