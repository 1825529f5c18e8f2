// The service orders service: who orders and who reads and answers an order,
// the order's rules against its product and case, and one unit of work per
// change with its audit entry. Reads name the client and are logged.
#pragma once
#include <vector>

#include "agreements/port.hpp"
#include "clients/port.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/port.hpp"
#include "service_orders/service_order_store.hpp"

namespace polku::service_orders {

class ServiceOrderService {
 public:
  ServiceOrderService(ServiceOrderStore& store, work::Transactor& transactor, clients::Port& clients,
                      registry::Port& registry, agreements::Port& agreements)
      : store_(store), transactor_(transactor), clients_(clients), registry_(registry), agreements_(agreements) {}

  // The purchaser's workers order for their organisation's clients.
  Result<ServiceOrder> create(const work::Caller& caller, const ServiceOrderInput& in);
  // `filter` narrows by case, client and status; the caller's roles decide the scope.
  Result<std::vector<ServiceOrder>> list(const work::Caller& caller, ServiceOrderFilter filter);
  Result<ServiceOrder> read(const work::Caller& caller, long long id);
  // The provider's manager accepts or declines.
  Result<ServiceOrder> answer(const work::Caller& caller, long long id, const OrderAnswer& answer);

 private:
  Result<ServiceOrder> readable(const work::Caller& caller, long long id);

  ServiceOrderStore& store_;
  work::Transactor& transactor_;
  clients::Port& clients_;
  registry::Port& registry_;
  agreements::Port& agreements_;
};

}  // namespace polku::service_orders
