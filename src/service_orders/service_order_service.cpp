#include "service_orders/service_order_service.hpp"

#include "cases/case_participants.hpp"
#include "clients/client_access.hpp"

namespace polku::service_orders {
namespace {

// The purchaser's workers order; its managers read the orders too (as they read its cases).
bool purchaser_reader(const auth::AuthContext& user, long long purchaser_id) {
  return clients::can_write(user, purchaser_id) || user.has_role_in(purchaser_id, "manager");
}

// The provider's managers see every order to it; a coach only the orders that
// name them, so a client's name reaches a coach only once the client is theirs.
bool provider_reader(const auth::AuthContext& user, const ServiceOrder& o) {
  return user.has_role_in(o.provider_organisation_id, "manager") ||
         (o.coach_user_id && *o.coach_user_id == user.user_id && user.has_role_in(o.provider_organisation_id, "coach"));
}

std::string detail_of(long long order_id) { return "service-order " + std::to_string(order_id); }

}  // namespace

Result<ServiceOrder> ServiceOrderService::create(const work::Caller& caller, const ServiceOrderInput& in) {
  auto org = clients_.organisation_of(in.client_id);
  if (!org || !clients::can_write(caller.user, *org)) return Error::forbidden();
  auto product = agreements_.find_product(in.product_id);
  if (!product) return Error::invalid({{"productId", in.product_id == 0 ? "required" : "reference_missing"}});
  auto errors = validate_service_order(in, product->data);
  if (!in.case_id) errors.push_back({"caseId", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const bool place_missing = in.place_id && !registry_.find_place(*in.place_id);
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    auto case_errors = validate_order_case(in, cases::find_case_ref(unit.sql(), *in.case_id), *org,
                                           product->data.service_type);
    if (place_missing) case_errors.push_back({"placeId", "reference_missing"});
    if (!case_errors.empty()) return Error::invalid(std::move(case_errors));
    const long long new_id = store_.insert(unit, in, product->provider_organisation_id, *org);
    unit.audit(in.client_id, "create", detail_of(new_id));
    return new_id;
  });
  if (!id) return id.error();
  return *store_.find(*id);
}

Result<std::vector<ServiceOrder>> ServiceOrderService::list(const work::Caller& caller, ServiceOrderFilter f) {
  for (const auto& g : caller.user.roles) {
    if (purchaser_reader(caller.user, g.organisation_id)) f.purchaser_ids.push_back(g.organisation_id);
    if (g.role == "manager") f.provider_ids.push_back(g.organisation_id);
    if (g.role == "coach") f.coach_user_id = caller.user.user_id;
  }
  if (f.purchaser_ids.empty() && f.provider_ids.empty() && !f.coach_user_id) return Error::forbidden();
  auto found = store_.list(f);
  for (const auto& o : found) caller.accessed(o.data.client_id, "list", detail_of(o.id));
  return found;
}

Result<ServiceOrder> ServiceOrderService::readable(const work::Caller& caller, long long id) {
  auto order = store_.find(id);
  if (!order) return Error::not_found();
  if (!purchaser_reader(caller.user, order->purchaser_organisation_id) && !provider_reader(caller.user, *order)) {
    caller.refused(order->data.client_id, detail_of(id));
    return Error::not_found();
  }
  return std::move(*order);
}

Result<ServiceOrder> ServiceOrderService::read(const work::Caller& caller, long long id) {
  auto order = readable(caller, id);
  if (order) caller.accessed(order->data.client_id, "read", detail_of(id));
  return order;
}

Result<ServiceOrder> ServiceOrderService::answer(const work::Caller& caller, long long id, const OrderAnswer& a) {
  auto order = readable(caller, id);
  if (!order) return order;
  if (!caller.user.has_role_in(order->provider_organisation_id, "manager")) return Error::forbidden();
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto client = store_.answer(unit, id, a);
    if (!client) return client.error();
    unit.audit(*client, "update", detail_of(id));
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

}  // namespace polku::service_orders
