#include "service_orders/routes.hpp"

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

// The query's narrowing; the service adds the caller's scope.
Result<ServiceOrderFilter> filter_of(const Request& req) {
  ServiceOrderFilter f;
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

void register_routes(http::Router& router, ServiceOrderService& service) {
  router.get("/api/v1/service-orders", [&service](Request& req) -> Response {
    auto filter = filter_of(req);
    if (!filter) return http::problem_response(req, filter.error());
    auto found = service.list(req.caller(), std::move(*filter));
    if (!found) return http::problem_response(req, found.error());
    json::array items;
    for (const auto& o : *found) items.push_back(to_json(o));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/service-orders", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto created = service.create(req.caller(), order_input(*body));
    if (!created) return http::problem_response(req, created.error());
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/service-orders/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto order = service.read(req.caller(), *id);
    if (!order) return http::problem_response(req, order.error());
    return http::json_response(req, 200, to_json(*order));
  });

  router.put("/api/v1/service-orders/{id}/response", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    OrderAnswer answer{http::string_field(*body, "status"), http::string_field(*body, "responseNote"),
                       http::int_field(*body, "coachUserId")};
    auto answered = service.answer(req.caller(), *id, answer);
    if (!answered) return http::problem_response(req, answered.error());
    return http::json_response(req, 200, to_json(*answered));
  });
}

}  // namespace polku::service_orders
