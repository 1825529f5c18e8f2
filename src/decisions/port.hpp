// What the cases module asks of the decisions module: a case's decisions and notices
// (for the case's view and its transition guards).
#pragma once
#include <vector>

#include "decisions/decision.hpp"

namespace polku::decisions {

class Port {
 public:
  virtual ~Port() = default;
  virtual std::vector<Decision> for_case(long long case_id) = 0;  // newest first
  virtual std::vector<Notice> notices(long long case_id) = 0;
};

}  // namespace polku::decisions
