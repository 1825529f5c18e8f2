// What other modules may ask of the clients module.
#pragma once
#include <optional>

namespace polku::clients {

class Port {
 public:
  virtual ~Port() = default;
  // The organisation whose client this is; nullopt when there is no such client.
  virtual std::optional<long long> organisation_of(long long client_id) = 0;
};

}  // namespace polku::clients
