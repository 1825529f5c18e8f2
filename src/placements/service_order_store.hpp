// Storage of service orders and the providers' answers to them.
#pragma once
#include <optional>

#include "placements/service_order.hpp"
#include "platform/db/database.hpp"

namespace polku::placements {

class ServiceOrderStore {
 public:
  explicit ServiceOrderStore(db::Database& db) : db_(db) {}

  // The provider is the product's; the purchaser is the client's organisation.
  Result<ServiceOrder> create(const ServiceOrderInput& in, long long purchaser_id, long long ordered_by);
  std::optional<ServiceOrder> find(long long id);
  // accepted | declined, once: a second answer is a conflict.
  Result<ServiceOrder> answer(long long id, const std::string& status, const std::string& note);

 private:
  db::Database& db_;
};

}  // namespace polku::placements
