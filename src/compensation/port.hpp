// What other modules may ask of compensation: whether a purchaser's month is approved, asked inside the unit of
// work that would change the month's attendance (on PostgreSQL it waits for an approval in progress).
#pragma once
#include <string_view>

#include "platform/work/unit_of_work.hpp"

namespace polku::compensation {

class FrozenMonths {
 public:
  virtual ~FrozenMonths() = default;
  virtual bool approved(work::UnitOfWork& unit, long long organisation_id, std::string_view day) = 0;
};

}  // namespace polku::compensation
