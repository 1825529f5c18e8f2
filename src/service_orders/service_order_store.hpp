// Storage of service orders and the providers' answers to them. An accepted
// answer and the provider joining the case are one transaction.
#pragma once
#include <optional>
#include <vector>

#include "cases/case.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"
#include "service_orders/service_order.hpp"

namespace polku::service_orders {

// Orders of these purchasers or to these providers, narrowed by the rest.
struct ServiceOrderFilter {
  std::vector<long long> purchaser_ids;
  std::vector<long long> provider_ids;  // managers: every order to these providers
  std::optional<long long> case_id;
  std::optional<long long> client_id;
  std::string status;
  std::optional<long long> coach_user_id;  // a coach: only the orders naming them
};

class ServiceOrderStore {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit ServiceOrderStore(db::Database& db) : db_(db) {}

  // A sent order, written in the unit; the service checks access, the fields and the case first.
  long long insert(work::UnitOfWork& unit, const ServiceOrderInput& in, long long provider_id, long long purchaser_id);
  std::optional<ServiceOrder> find(long long id);
  std::vector<ServiceOrder> list(const ServiceOrderFilter& filter, int limit = 500);
  // accepted (with the coach, who then takes part in the case) | declined (with a reason), once: a
  // second answer is a conflict. Answers the order's client.
  Result<long long> answer(work::UnitOfWork& unit, long long id, const OrderAnswer& answer);
  // The product of the newest accepted order for the case from the provider.
  std::optional<long long> accepted_product(work::UnitOfWork& unit, long long case_id, long long provider_id);

 private:
  db::Database& db_;
};

}  // namespace polku::service_orders
