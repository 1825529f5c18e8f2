// What other modules may ask of the agreements module: a service product, and
// whether an agreement covers a place on a day.
#pragma once
#include <optional>
#include <string>

#include "agreements/agreement.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::agreements {

class Port {
 public:
  virtual ~Port() = default;
  virtual std::optional<ServiceProduct> find_product(long long id) = 0;
  virtual std::optional<ServiceProduct> find_product(work::UnitOfWork& unit, long long id) = 0;
  // Read inside the caller's unit, so a booking checks it in its own transaction.
  virtual bool covers_place_on(work::UnitOfWork& unit, long long place_id, const std::string& date) = 0;
};

}  // namespace polku::agreements
