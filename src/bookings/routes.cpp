#include "bookings/routes.hpp"

#include "bookings/booking_json.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::bookings {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

const auto as_json = [](const auto& x) { return to_json(x); };

std::optional<long long> client_query(const Request& req) { return http::parse_id(req.query_value("clientId")); }

}  // namespace

void register_routes(http::Router& router, BookingService& service) {
  router.post("/api/v1/bookings", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.book(req.caller(), booking_input(*body)), as_json, 201);
  });

  router.get("/api/v1/bookings", [&service](Request& req) -> Response {
    return http::items_response(req, service.bookings_of_client(req.caller(), client_query(req)), as_json);
  });

  router.put("/api/v1/bookings/{id}/end", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req,
        service.end_booking(req.caller(), *id, http::string_field(*body, "endDate"), http::int_field(*body, "version")),
        as_json);
  });

  router.get("/api/v1/places/{id}/bookings", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::items_response(req, service.bookings_of_place(req.caller(), *id), as_json);
  });

  router.get("/api/v1/places/{id}/introductory-visits", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::items_response(req, service.visits_at_place(req.caller(), *id), as_json);
  });

  router.post("/api/v1/introductory-visits", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.create_visit(req.caller(), visit_input(*body)), as_json, 201);
  });

  router.get("/api/v1/introductory-visits", [&service](Request& req) -> Response {
    return http::items_response(req, service.visits_of_client(req.caller(), client_query(req)), as_json);
  });

  router.get("/api/v1/introductory-visits/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::result_response(req, service.read_visit(req.caller(), *id), as_json);
  });

  router.put("/api/v1/introductory-visits/{id}/outcome", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req,
        service.record_outcome(req.caller(), *id, http::string_field(*body, "outcome"),
                               http::string_field(*body, "outcomeNotes"), http::int_field(*body, "version")),
        as_json);
  });

  router.post("/api/v1/client-agreements", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.create_client_agreement(req.caller(), client_agreement_input(*body)),
                                 as_json, 201);
  });

  router.get("/api/v1/client-agreements", [&service](Request& req) -> Response {
    return http::items_response(req, service.client_agreements_of_client(req.caller(), client_query(req)), as_json);
  });

  router.get("/api/v1/client-agreements/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    return http::result_response(req, service.read_client_agreement(req.caller(), *id), as_json);
  });

  router.get("/api/v1/client-agreements/{id}/pdf", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto file = service.client_agreement_pdf(req.caller(), *id, http::file_language(req));
    if (!file) return http::problem_response(req, file.error());
    return http::download_response(req, file->content_type, file->file_name, std::move(file->body));
  });
  router.post("/api/v1/client-agreements/{id}/acknowledgements", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    Acknowledgement ack;
    ack.party = http::string_field(*body, "party");
    ack.name = http::string_field(*body, "name");
    ack.method = http::string_field(*body, "method");
    return http::result_response(req, service.acknowledge(req.caller(), *id, ack), as_json, 201);
  });

  router.post("/api/v1/client-agreements/{id}/continuations", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.continue_client_agreement(req.caller(), *id, continuation_input(*body)),
                                 as_json, 201);
  });
}

}  // namespace polku::bookings
