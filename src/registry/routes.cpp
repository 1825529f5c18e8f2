#include "registry/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"
#include "registry/place_json.hpp"

namespace polku::registry {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

const auto as_json = [](const auto& x) { return to_json(x); };

PlaceFilter filter_of(const Request& req) {
  PlaceFilter f;
  f.service_type = req.query_value("serviceType");
  f.field = req.query_value("field");
  f.municipality = req.query_value("municipality");
  f.weekday = req.query_value("weekday");
  f.start_time = req.query_value("startTime");
  f.end_time = req.query_value("endTime");
  f.wheelchair_accessible = req.query_value("wheelchairAccessible") == "true";
  f.free_from = req.query_value("freeFrom");
  f.free_until = req.query_value("freeUntil");
  return f;
}

}  // namespace

void register_routes(http::Router& router, RegistryService& service) {
  router.get("/api/v1/hosts/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto type = service.host_type(req.caller(), *id);
    if (!type) return http::problem_response(req, type.error());
    return http::json_response(req, 200, json::object{{"organisationId", *id}, {"hostType", *type}});
  });

  // The host's placement supervisors with an account, for naming a place's supervisor: the host's
  // manager needs them in the place form, the purchaser's workers to know whom the client meets.
  router.get("/api/v1/hosts/{id}/supervisors", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::items_response(req, service.supervisors(req.caller(), *id), as_json);
  });

  router.put("/api/v1/hosts/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const auto type = http::string_field(*body, "hostType");
    auto done = service.set_host_type(req.caller(), *id, type);
    if (!done) return http::problem_response(req, done.error());
    return http::json_response(req, 200, json::object{{"organisationId", *id}, {"hostType", type}});
  });

  router.get("/api/v1/places", [&service](Request& req) -> Response {
    return http::items_response(req, service.places(req.caller()), as_json);
  });

  router.post("/api/v1/places", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, service.create_place(req.caller(), http::int_field(*body, "hostOrganisationId"), place_input(*body)),
        as_json, 201);
  });

  router.get("/api/v1/places/search", [&service](Request& req) -> Response {
    return http::items_response(req, service.search(req.caller(), filter_of(req)), as_json);
  });

  router.post("/api/v1/places/match", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::items_response(req, service.match(req.caller(), client_needs(*body)), as_json);
  });

  router.get("/api/v1/places/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::result_response(req, service.place(req.caller(), *id), as_json);
  });

  router.put("/api/v1/places/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.update_place(req.caller(), *id, place_input(*body)), as_json);
  });

  // ?from=&to=, or the body's from and to: the days set replace those of the range.
  const auto closed_json = [](const ClosedDay& d) { return json::object{{"day", d.day}, {"reason", d.reason}}; };
  router.get("/api/v1/places/{id}/closed-days", [&service, closed_json](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::items_response(
        req, service.closed_days(req.caller(), *id, req.query_value("from"), req.query_value("to")), closed_json);
  });
  router.put("/api/v1/places/{id}/closed-days", [&service, closed_json](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    std::vector<ClosedDay> days;
    if (const auto* list = body->if_contains("days"); list != nullptr && list->is_array()) {
      for (const auto& d : list->as_array()) {
        days.push_back(d.is_object() ? ClosedDay{http::string_field(d.as_object(), "day"),
                                                 http::string_field(d.as_object(), "reason")}
                                     : ClosedDay{});
      }
    }
    return http::items_response(req,
                                service.set_closed_days(req.caller(), *id, http::string_field(*body, "from"),
                                                        http::string_field(*body, "to"), days),
                                closed_json);
  });
}

}  // namespace polku::registry
