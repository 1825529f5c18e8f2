// What other modules may ask of the registry: a place, the purchasers who keep
// the registry, and the service types with today's date.
#pragma once
#include <optional>
#include <set>

#include "platform/work/unit_of_work.hpp"
#include "registry/place.hpp"
#include "registry/service_catalogue.hpp"

namespace polku::registry {

class Port {
 public:
  virtual ~Port() = default;
  virtual std::optional<Place> find_place(long long id) = 0;
  // The place read inside the unit and locked until it commits (PostgreSQL's row lock; SQLite's write
  // lock is already exclusive): a booking counts the place's capacity under this lock.
  virtual std::optional<Place> lock_place(work::UnitOfWork& unit, long long id) = 0;
  virtual std::set<long long> purchaser_ids() = 0;
  virtual ServiceCatalogue catalogue() = 0;
};

}  // namespace polku::registry
