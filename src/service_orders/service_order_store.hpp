// Storage of service orders and the providers' answers to them. An accepted
// answer and the provider joining the case are one transaction.
#pragma once
#include <optional>
#include <vector>

#include "cases/case.hpp"
#include "service_orders/service_order.hpp"
#include "agreements/port.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/port.hpp"

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
  ServiceOrderStore(db::Database& db, agreements::Port& agreements, registry::Port& registry)
      : db_(db), agreements_(agreements), registry_(registry) {}

  // The provider is the product's; the purchaser is the client's organisation;
  // the case must be the client's open case of the purchaser.
  Result<ServiceOrder> create(const ServiceOrderInput& in, long long purchaser_id, long long ordered_by);
  std::optional<ServiceOrder> find(long long id);
  std::vector<ServiceOrder> list(const ServiceOrderFilter& filter, int limit = 500);
  // accepted (with the coach, who then takes part in the case) | declined
  // (with a reason), once: a second answer is a conflict.
  Result<ServiceOrder> answer(long long id, const OrderAnswer& answer, const cases::Actor& actor);
  // The product of the newest accepted order for the case from the provider.
  std::optional<long long> accepted_product(work::UnitOfWork& unit, long long case_id, long long provider_id);

 private:
  db::Database& db_;
  agreements::Port& agreements_;
  registry::Port& registry_;
};

}  // namespace polku::service_orders
