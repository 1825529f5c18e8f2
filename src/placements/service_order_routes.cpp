#include "placements/placement_access.hpp"
#include "placements/routes.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::placements {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

ServiceOrderInput order_input(const json::object& o) {
  ServiceOrderInput in;
  in.client_id = http::int_field(o, "clientId").value_or(0);
  in.product_id = http::int_field(o, "productId").value_or(0);
  in.place_id = http::int_field(o, "placeId");
  in.case_id = http::int_field(o, "caseId");
  in.start_date = http::string_field(o, "startDate");
  auto small = [&](const char* key) {
    auto v = http::int_field(o, key).value_or(0);
    return v < 0 || v > 1000 ? -1 : static_cast<int>(v);
  };
  in.period_months = small("periodMonths");
  in.days_per_week = small("daysPerWeek");
  in.hours_per_day = small("hoursPerDay");
  return in;
}

json::object to_json(const ServiceOrder& o) {
  const auto& d = o.data;
  return {{"id", o.id},
          {"clientId", d.client_id},
          {"productId", d.product_id},
          {"placeId", http::nullable(d.place_id)},
          {"caseId", http::nullable(d.case_id)},
          {"startDate", d.start_date},
          {"periodMonths", d.period_months},
          {"daysPerWeek", d.days_per_week},
          {"hoursPerDay", d.hours_per_day},
          {"purchaserOrganisationId", o.purchaser_organisation_id},
          {"providerOrganisationId", o.provider_organisation_id},
          {"status", o.status},
          {"responseNote", o.response_note},
          {"orderedBy", o.ordered_by},
          {"createdAt", o.created_at},
          {"respondedAt", o.responded_at}};
}

bool provider_staff(const Request& req, long long provider_id) {
  return req.user().has_role_in(provider_id, "manager") || req.user().has_role_in(provider_id, "coach");
}

// The order leaves only once its access is logged: it names the client.
void log_access(Request& req, audit::AuditLog& audit, long long client_id, const char* action) {
  std::vector<audit::AuditEvent> events{{req.user().user_id, client_id, action, req.endpoint(), req.request_id,
                                         "service-order"}};
  req.hold_until = [&audit, events = std::move(events)](std::function<void(bool)> done) mutable {
    audit.record_async(std::move(events), std::move(done));
  };
}

}  // namespace

void register_service_order_routes(http::Router& router, Stores s) {
  router.post("/api/v1/service-orders", [s](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = order_input(*body);
    auto org = s.bookings.client_organisation(in.client_id);
    if (!org || !can_book_for(req.user(), *org)) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    auto created = s.orders.create(in, *org, req.user().user_id);
    if (!created) return http::problem_response(req, created.error());
    log_access(req, s.audit, in.client_id, "create");
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/service-orders/{id}", [s](Request& req) -> Response {
    auto id = req.id_param();
    auto order = id ? s.orders.find(*id) : std::nullopt;
    if (!order || (!can_book_for(req.user(), order->purchaser_organisation_id) &&
                   !provider_staff(req, order->provider_organisation_id))) {
      return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    }
    log_access(req, s.audit, order->data.client_id, "read");
    return http::json_response(req, 200, to_json(*order));
  });

  // The provider's manager accepts or declines the order.
  router.put("/api/v1/service-orders/{id}/response", [s](Request& req) -> Response {
    auto id = req.id_param();
    auto order = id ? s.orders.find(*id) : std::nullopt;
    if (!order || (!can_book_for(req.user(), order->purchaser_organisation_id) &&
                   !provider_staff(req, order->provider_organisation_id))) {
      return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    }
    if (!req.user().has_role_in(order->provider_organisation_id, "manager")) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto answered =
        s.orders.answer(*id, http::string_field(*body, "status"), http::string_field(*body, "responseNote"));
    if (!answered) return http::problem_response(req, answered.error());
    log_access(req, s.audit, order->data.client_id, "update");
    return http::json_response(req, 200, to_json(*answered));
  });
}

}  // namespace polku::placements
