#include "bookings/routes.hpp"

#include "bookings/booking_json.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::bookings {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

template <typename T>
Response items_response(Request& req, Result<std::vector<T>> found) {
  if (!found) return http::problem_response(req, found.error());
  json::array items;
  for (const auto& x : *found) items.push_back(to_json(x));
  return http::json_response(req, 200, json::object{{"items", items}});
}

template <typename T>
Response one_response(Request& req, int status, Result<T> r) {
  if (!r) return http::problem_response(req, r.error());
  return http::json_response(req, status, to_json(*r));
}

std::optional<long long> client_query(const Request& req) { return http::parse_id(req.query_value("clientId")); }

}  // namespace

void register_routes(http::Router& router, BookingService& service) {
  router.post("/api/v1/bookings", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return one_response(req, 201, service.book(req.caller(), booking_input(*body)));
  });

  router.get("/api/v1/bookings", [&service](Request& req) -> Response {
    return items_response(req, service.bookings_of_client(req.caller(), client_query(req)));
  });

  router.put("/api/v1/bookings/{id}/end", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return one_response(req, 200, service.end_booking(req.caller(), *id, http::string_field(*body, "endDate"),
                                                      http::int_field(*body, "version")));
  });

  router.get("/api/v1/places/{id}/bookings", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return items_response(req, service.bookings_of_place(req.caller(), *id));
  });

  router.post("/api/v1/introductory-visits", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return one_response(req, 201, service.create_visit(req.caller(), visit_input(*body)));
  });

  router.get("/api/v1/introductory-visits", [&service](Request& req) -> Response {
    return items_response(req, service.visits_of_client(req.caller(), client_query(req)));
  });

  router.get("/api/v1/introductory-visits/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return one_response(req, 200, service.read_visit(req.caller(), *id));
  });

  router.put("/api/v1/introductory-visits/{id}/outcome", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return one_response(req, 200,
                        service.record_outcome(req.caller(), *id, http::string_field(*body, "outcome"),
                                               http::string_field(*body, "outcomeNotes"),
                                               http::int_field(*body, "version")));
  });

  router.post("/api/v1/client-agreements", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return one_response(req, 201, service.create_client_agreement(req.caller(), client_agreement_input(*body)));
  });

  router.get("/api/v1/client-agreements", [&service](Request& req) -> Response {
    return items_response(req, service.client_agreements_of_client(req.caller(), client_query(req)));
  });

  router.get("/api/v1/client-agreements/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return one_response(req, 200, service.read_client_agreement(req.caller(), *id));
  });

  router.post("/api/v1/client-agreements/{id}/acknowledgements", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    Acknowledgement ack;
    ack.party = http::string_field(*body, "party");
    ack.name = http::string_field(*body, "name");
    return one_response(req, 201, service.acknowledge(req.caller(), *id, ack));
  });

  router.post("/api/v1/client-agreements/{id}/continuations", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return one_response(req, 201, service.continue_client_agreement(req.caller(), *id, continuation_input(*body)));
  });
}

}  // namespace polku::bookings
