// What other modules may ask of the clients module.
#pragma once
#include <optional>

#include "platform/work/unit_of_work.hpp"

namespace polku::clients {

class Port {
 public:
  virtual ~Port() = default;
  // The organisation whose client this is; nullopt when there is no such client.
  virtual std::optional<long long> organisation_of(long long client_id) = 0;
  // Inside another module's unit (a new case): the worker becomes the client's own worker when the
  // client has none. The caller's unit carries the audit entry for the client.
  virtual void adopt_if_unassigned(work::UnitOfWork& unit, long long client_id, long long worker_id) = 0;
};

}  // namespace polku::clients
