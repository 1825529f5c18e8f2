// What other modules may ask of the periods module: a period the user may see, with who is who in it.
#pragma once
#include <utility>

#include "periods/period.hpp"
#include "periods/period_access.hpp"
#include "platform/core/error.hpp"
#include "platform/work/caller.hpp"

namespace polku::periods {

class Port {
 public:
  virtual ~Port() = default;
  // The period if the user has some access to it; a refusal of an existing one is logged, and answers not found.
  virtual Result<std::pair<Period, PeriodParties>> readable(const work::Caller& caller, long long id) = 0;
};

}  // namespace polku::periods
