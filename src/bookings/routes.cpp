#include "bookings/routes.hpp"

#include "bookings/booking_access.hpp"
#include "bookings/booking_json.hpp"
#include "registry/registry_access.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::bookings {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {


// The purchaser's workers act for their own organisation's clients only.
bool may_act_for_client(const Request& req, BookingStore& store, long long client_id) {
  auto org = store.client_organisation(client_id);
  return org && can_book_for(req.user(), *org);
}

// A client agreement the user may see: the purchaser's workers, the host and the provider.
std::optional<ClientAgreement> readable_client_agreement(const Request& req, BookingStore& bookings,
                                                         registry::Port& registry) {
  auto id = req.id_param();
  auto found = id ? bookings.find_client_agreement(*id) : std::nullopt;
  if (!found) return std::nullopt;
  auto place = registry.find_place(found->data.place_id);
  const auto& d = found->data;
  const bool allowed = can_book_for(req.user(), d.purchaser_organisation_id) ||
                       (place && registry::sees_host_places(req.user(), place->host_organisation_id)) ||
                       (d.provider_organisation_id && (req.user().has_role_in(*d.provider_organisation_id, "manager") ||
                                                       req.user().has_role_in(*d.provider_organisation_id, "coach")));
  return allowed ? found : std::nullopt;
}

// The answer leaves only once the access to the client's data is durably logged.
void log_access(Request& req, audit::AuditLog& audit, const std::vector<long long>& client_ids, const char* action,
                const char* what) {
  std::vector<audit::AuditEvent> events;
  for (long long id : client_ids) {
    events.push_back({req.user().user_id, id, action, req.endpoint(), req.request_id, what});
  }
  if (events.empty()) return;
  req.hold_until = [&audit, events = std::move(events)](std::function<void(bool)> done) mutable {
    audit.record_async(std::move(events), std::move(done));
  };
}

// ?clientId=N of a list, if the user may act for that client.
std::optional<long long> listed_client(const Request& req, BookingStore& store) {
  const auto id = http::parse_id(req.query_value("clientId"));
  if (!id || !may_act_for_client(req, store, *id)) return std::nullopt;
  return id;
}

}  // namespace

void register_routes(http::Router& router, BookingStore& bookings, registry::Port& registry, audit::AuditLog& audit) {
  router.post("/api/v1/bookings", [&bookings, &registry, &audit](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = booking_input(*body);
    if (!may_act_for_client(req, bookings, in.client_id)) return forbidden(req);
    auto booked = bookings.book(in, req.user().user_id);
    if (!booked) return http::problem_response(req, booked.error());
    log_access(req, audit, {in.client_id}, "create", "placement-booking");
    return http::json_response(req, 201, to_json(*booked));
  });

  router.get("/api/v1/bookings", [&bookings, &registry, &audit](Request& req) -> Response {
    auto client = listed_client(req, bookings);
    if (!client) return not_found(req);
    json::array items;
    for (const auto& b : bookings.bookings_of_client(*client)) items.push_back(to_json(b));
    log_access(req, audit, {*client}, "list", "placement-booking");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.put("/api/v1/bookings/{id}/end", [&bookings, &registry, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto booking = id ? bookings.find_booking(*id) : std::nullopt;
    if (!booking || !may_act_for_client(req, bookings, booking->data.client_id)) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto ended = bookings.end_booking(*id, http::string_field(*body, "endDate"));
    if (!ended) return http::problem_response(req, ended.error());
    log_access(req, audit, {booking->data.client_id}, "update", "placement-booking");
    return http::json_response(req, 200, to_json(*ended));
  });

  router.get("/api/v1/places/{id}/bookings", [&bookings, &registry, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto place = id ? registry.find_place(*id) : std::nullopt;
    if (!place || !registry::can_read_place(req.user(), registry.purchaser_ids(), place->host_organisation_id)) {
      return not_found(req);
    }
    json::array items;
    std::vector<long long> client_ids;
    for (const auto& b : bookings.bookings_of_place(*id)) {
      items.push_back(to_json(b));
      client_ids.push_back(b.data.client_id);
    }
    log_access(req, audit, client_ids, "list", "placement-booking");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/introductory-visits", [&bookings, &registry, &audit](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = visit_input(*body);
    if (!may_act_for_client(req, bookings, in.client_id)) return forbidden(req);
    auto created = bookings.create_visit(in);
    if (!created) return http::problem_response(req, created.error());
    log_access(req, audit, {in.client_id}, "create", "introductory-visit");
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/introductory-visits", [&bookings, &registry, &audit](Request& req) -> Response {
    auto client = listed_client(req, bookings);
    if (!client) return not_found(req);
    json::array items;
    for (const auto& v : bookings.visits_of_client(*client)) items.push_back(to_json(v));
    log_access(req, audit, {*client}, "list", "introductory-visit");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.get("/api/v1/introductory-visits/{id}", [&bookings, &registry, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto visit = id ? bookings.find_visit(*id) : std::nullopt;
    if (!visit || !may_act_for_client(req, bookings, visit->data.client_id)) return not_found(req);
    log_access(req, audit, {visit->data.client_id}, "read", "introductory-visit");
    return http::json_response(req, 200, to_json(*visit));
  });

  router.put("/api/v1/introductory-visits/{id}/outcome", [&bookings, &registry, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto visit = id ? bookings.find_visit(*id) : std::nullopt;
    if (!visit || !may_act_for_client(req, bookings, visit->data.client_id)) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto updated = bookings.set_visit_outcome(*id, http::string_field(*body, "outcome"),
                                                http::string_field(*body, "outcomeNotes"));
    if (!updated) return http::problem_response(req, updated.error());
    log_access(req, audit, {visit->data.client_id}, "update", "introductory-visit");
    return http::json_response(req, 200, to_json(*updated));
  });

  router.post("/api/v1/client-agreements", [&bookings, &registry, &audit](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = client_agreement_input(*body);
    auto org = bookings.client_organisation(in.client_id);
    if (!org || !can_book_for(req.user(), *org)) return forbidden(req);
    in.purchaser_organisation_id = *org;
    auto created = bookings.create_client_agreement(in);
    if (!created) return http::problem_response(req, created.error());
    log_access(req, audit, {in.client_id}, "create", "client-agreement");
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/client-agreements", [&bookings, &registry, &audit](Request& req) -> Response {
    auto client = listed_client(req, bookings);
    if (!client) return not_found(req);
    json::array items;
    for (const auto& a : bookings.client_agreements_of_client(*client)) items.push_back(to_json(a));
    log_access(req, audit, {*client}, "list", "client-agreement");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.get("/api/v1/client-agreements/{id}", [&bookings, &registry, &audit](Request& req) -> Response {
    auto found = readable_client_agreement(req, bookings, registry);
    if (!found) return not_found(req);
    log_access(req, audit, {found->data.client_id}, "read", "client-agreement");
    return http::json_response(req, 200, to_json(*found));
  });

  router.post("/api/v1/client-agreements/{id}/acknowledgements", [&bookings, &registry, &audit](Request& req) -> Response {
    auto found = readable_client_agreement(req, bookings, registry);
    if (!found) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    Acknowledgement ack;
    ack.party = http::string_field(*body, "party");
    ack.name = http::string_field(*body, "name");
    if (ack.name.empty()) ack.name = req.user().display_name;
    ack.user_id = req.user().user_id;
    auto place = registry.find_place(found->data.place_id);
    if (!may_acknowledge(req.user(), ack.party, found->data.purchaser_organisation_id,
                         place ? place->host_organisation_id : 0, found->data.provider_organisation_id)) {
      return forbidden(req);
    }
    auto done = bookings.acknowledge(found->id, ack);
    if (!done) return http::problem_response(req, done.error());
    log_access(req, audit, {found->data.client_id}, "update", "client-agreement-acknowledgement");
    return http::json_response(req, 201, to_json(*done));
  });

  router.post("/api/v1/client-agreements/{id}/continuations", [&bookings, &registry, &audit](Request& req) -> Response {
    auto found = readable_client_agreement(req, bookings, registry);
    if (!found) return not_found(req);
    if (!can_book_for(req.user(), found->data.purchaser_organisation_id)) return forbidden(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto created = bookings.continue_client_agreement(found->id, continuation_input(*body));
    if (!created) return http::problem_response(req, created.error());
    log_access(req, audit, {found->data.client_id}, "create", "client-agreement-continuation");
    return http::json_response(req, 201, to_json(*created));
  });
}

}  // namespace polku::bookings
