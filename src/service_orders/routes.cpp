#include "service_orders/routes.hpp"

#include "clients/client_access.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::service_orders {
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
          {"coachUserId", http::nullable(o.coach_user_id)},
          {"clientName", o.client_name},
          {"productName", o.product_name},
          {"providerName", o.provider_name},
          {"placeName", o.place_name},
          {"coachName", o.coach_name},
          {"orderedBy", o.ordered_by},
          {"createdAt", o.created_at},
          {"respondedAt", o.responded_at}};
}

// The purchaser's workers order; its managers read the orders too (as they read its cases).
bool purchaser_reader(const Request& req, long long purchaser_id) {
  return clients::can_write(req.user(), purchaser_id) || req.user().has_role_in(purchaser_id, "manager");
}

// The provider's managers see every order to it; a coach only the orders that
// name them, so a client's name reaches a coach only once the client is theirs.
bool provider_reader(const Request& req, const ServiceOrder& o) {
  return req.user().has_role_in(o.provider_organisation_id, "manager") ||
         (o.coach_user_id && *o.coach_user_id == req.user().user_id &&
          req.user().has_role_in(o.provider_organisation_id, "coach"));
}

audit::AuditEvent order_event(const Request& req, const ServiceOrder& o, const char* action) {
  return {req.user().user_id, o.data.client_id, action, req.endpoint(), req.request_id,
          "service-order " + std::to_string(o.id)};
}

// The order leaves only once its access is logged: it names the client.
void log_access(Request& req, audit::AuditLog& audit, std::vector<audit::AuditEvent> events) {
  if (events.empty()) return;
  req.hold_until = [&audit, events = std::move(events)](std::function<void(bool)> done) mutable {
    audit.record_async(std::move(events), std::move(done));
  };
}

// Purchaser workers see their organisations' orders, provider staff the orders to theirs.
Result<ServiceOrderFilter> filter_of(const Request& req) {
  ServiceOrderFilter f;
  for (const auto& g : req.user().roles) {
    if (purchaser_reader(req, g.organisation_id)) f.purchaser_ids.push_back(g.organisation_id);
    if (g.role == "manager") f.provider_ids.push_back(g.organisation_id);
    if (g.role == "coach") f.coach_user_id = req.user().user_id;
  }
  std::vector<FieldError> errors;
  auto id_query = [&](const char* key, std::optional<long long>& into) {
    auto text = req.query_value(key);
    if (text.empty()) return;
    into = http::parse_id(text);
    if (!into) errors.push_back({key, "invalid_format"});
  };
  id_query("caseId", f.case_id);
  id_query("clientId", f.client_id);
  f.status = req.query_value("status");
  if (!f.status.empty() && f.status != "sent" && f.status != "accepted" && f.status != "declined") {
    errors.push_back({"status", "invalid_choice"});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

}  // namespace

void register_routes(http::Router& router, ServiceOrderStore& orders, clients::Port& clients, audit::AuditLog& audit) {
  router.get("/api/v1/service-orders", [&orders, &clients, &audit](Request& req) -> Response {
    auto filter = filter_of(req);
    if (!filter) return http::problem_response(req, filter.error());
    if (filter->purchaser_ids.empty() && filter->provider_ids.empty() && !filter->coach_user_id) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    json::array items;
    std::vector<audit::AuditEvent> events;
    for (const auto& o : orders.list(*filter)) {
      items.push_back(to_json(o));
      events.push_back(order_event(req, o, "list"));
    }
    log_access(req, audit, std::move(events));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/service-orders", [&orders, &clients, &audit](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = order_input(*body);
    auto org = clients.organisation_of(in.client_id);
    if (!org || !clients::can_write(req.user(), *org)) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    auto created = orders.create(in, *org, req.user().user_id);
    if (!created) return http::problem_response(req, created.error());
    log_access(req, audit, {order_event(req, *created, "create")});
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/service-orders/{id}", [&orders, &clients, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto order = id ? orders.find(*id) : std::nullopt;
    if (!order || (!purchaser_reader(req, order->purchaser_organisation_id) &&
                   !provider_reader(req, *order))) {
      return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    }
    log_access(req, audit, {order_event(req, *order, "read")});
    return http::json_response(req, 200, to_json(*order));
  });

  // The provider's manager accepts or declines the order.
  router.put("/api/v1/service-orders/{id}/response", [&orders, &clients, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto order = id ? orders.find(*id) : std::nullopt;
    if (!order || (!purchaser_reader(req, order->purchaser_organisation_id) &&
                   !provider_reader(req, *order))) {
      return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    }
    if (!req.user().has_role_in(order->provider_organisation_id, "manager")) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    OrderAnswer answer{http::string_field(*body, "status"), http::string_field(*body, "responseNote"),
                       http::int_field(*body, "coachUserId")};
    auto answered = orders.answer(*id, answer, cases::Actor{req.user().user_id, req.endpoint(), req.request_id});
    if (!answered) return http::problem_response(req, answered.error());
    log_access(req, audit, {order_event(req, *answered, "update")});
    return http::json_response(req, 200, to_json(*answered));
  });
}

}  // namespace polku::service_orders
