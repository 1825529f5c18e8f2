#include "placements/json_mapping.hpp"
#include "placements/placement_access.hpp"
#include "placements/routes.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::placements {
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
std::optional<ClientAgreement> readable_client_agreement(const Request& req, const Stores& s) {
  auto id = req.id_param();
  auto found = id ? s.bookings.find_client_agreement(*id) : std::nullopt;
  if (!found) return std::nullopt;
  auto place = s.places.find(found->data.place_id);
  const auto& d = found->data;
  const bool allowed = can_book_for(req.user(), d.purchaser_organisation_id) ||
                       (place && sees_host_places(req.user(), place->host_organisation_id)) ||
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

void register_booking_routes(http::Router& router, Stores s) {
  router.post("/api/v1/bookings", [s](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = booking_input(*body);
    if (!may_act_for_client(req, s.bookings, in.client_id)) return forbidden(req);
    auto booked = s.bookings.book(in, req.user().user_id);
    if (!booked) return http::problem_response(req, booked.error());
    log_access(req, s.audit, {in.client_id}, "create", "placement-booking");
    return http::json_response(req, 201, to_json(*booked));
  });

  router.get("/api/v1/bookings", [s](Request& req) -> Response {
    auto client = listed_client(req, s.bookings);
    if (!client) return not_found(req);
    json::array items;
    for (const auto& b : s.bookings.bookings_of_client(*client)) items.push_back(to_json(b));
    log_access(req, s.audit, {*client}, "list", "placement-booking");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.put("/api/v1/bookings/{id}/end", [s](Request& req) -> Response {
    auto id = req.id_param();
    auto booking = id ? s.bookings.find_booking(*id) : std::nullopt;
    if (!booking || !may_act_for_client(req, s.bookings, booking->data.client_id)) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto ended = s.bookings.end_booking(*id, http::string_field(*body, "endDate"));
    if (!ended) return http::problem_response(req, ended.error());
    log_access(req, s.audit, {booking->data.client_id}, "update", "placement-booking");
    return http::json_response(req, 200, to_json(*ended));
  });

  router.get("/api/v1/places/{id}/bookings", [s](Request& req) -> Response {
    auto id = req.id_param();
    auto place = id ? s.places.find(*id) : std::nullopt;
    if (!place || !can_read_place(req.user(), s.places.purchaser_ids(), place->host_organisation_id)) {
      return not_found(req);
    }
    json::array items;
    std::vector<long long> client_ids;
    for (const auto& b : s.bookings.bookings_of_place(*id)) {
      items.push_back(to_json(b));
      client_ids.push_back(b.data.client_id);
    }
    log_access(req, s.audit, client_ids, "list", "placement-booking");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/introductory-visits", [s](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = visit_input(*body);
    if (!may_act_for_client(req, s.bookings, in.client_id)) return forbidden(req);
    auto created = s.bookings.create_visit(in);
    if (!created) return http::problem_response(req, created.error());
    log_access(req, s.audit, {in.client_id}, "create", "introductory-visit");
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/introductory-visits", [s](Request& req) -> Response {
    auto client = listed_client(req, s.bookings);
    if (!client) return not_found(req);
    json::array items;
    for (const auto& v : s.bookings.visits_of_client(*client)) items.push_back(to_json(v));
    log_access(req, s.audit, {*client}, "list", "introductory-visit");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.get("/api/v1/introductory-visits/{id}", [s](Request& req) -> Response {
    auto id = req.id_param();
    auto visit = id ? s.bookings.find_visit(*id) : std::nullopt;
    if (!visit || !may_act_for_client(req, s.bookings, visit->data.client_id)) return not_found(req);
    log_access(req, s.audit, {visit->data.client_id}, "read", "introductory-visit");
    return http::json_response(req, 200, to_json(*visit));
  });

  router.put("/api/v1/introductory-visits/{id}/outcome", [s](Request& req) -> Response {
    auto id = req.id_param();
    auto visit = id ? s.bookings.find_visit(*id) : std::nullopt;
    if (!visit || !may_act_for_client(req, s.bookings, visit->data.client_id)) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto updated = s.bookings.set_visit_outcome(*id, http::string_field(*body, "outcome"),
                                                http::string_field(*body, "outcomeNotes"));
    if (!updated) return http::problem_response(req, updated.error());
    log_access(req, s.audit, {visit->data.client_id}, "update", "introductory-visit");
    return http::json_response(req, 200, to_json(*updated));
  });

  router.post("/api/v1/client-agreements", [s](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto in = client_agreement_input(*body);
    auto org = s.bookings.client_organisation(in.client_id);
    if (!org || !can_book_for(req.user(), *org)) return forbidden(req);
    in.purchaser_organisation_id = *org;
    auto created = s.bookings.create_client_agreement(in);
    if (!created) return http::problem_response(req, created.error());
    log_access(req, s.audit, {in.client_id}, "create", "client-agreement");
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/client-agreements", [s](Request& req) -> Response {
    auto client = listed_client(req, s.bookings);
    if (!client) return not_found(req);
    json::array items;
    for (const auto& a : s.bookings.client_agreements_of_client(*client)) items.push_back(to_json(a));
    log_access(req, s.audit, {*client}, "list", "client-agreement");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.get("/api/v1/client-agreements/{id}", [s](Request& req) -> Response {
    auto found = readable_client_agreement(req, s);
    if (!found) return not_found(req);
    log_access(req, s.audit, {found->data.client_id}, "read", "client-agreement");
    return http::json_response(req, 200, to_json(*found));
  });

  router.post("/api/v1/client-agreements/{id}/acknowledgements", [s](Request& req) -> Response {
    auto found = readable_client_agreement(req, s);
    if (!found) return not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    Acknowledgement ack;
    ack.party = http::string_field(*body, "party");
    ack.name = http::string_field(*body, "name");
    if (ack.name.empty()) ack.name = req.user().display_name;
    ack.user_id = req.user().user_id;
    auto place = s.places.find(found->data.place_id);
    if (!may_acknowledge(req.user(), ack.party, found->data.purchaser_organisation_id,
                         place ? place->host_organisation_id : 0, found->data.provider_organisation_id)) {
      return forbidden(req);
    }
    auto done = s.bookings.acknowledge(found->id, ack);
    if (!done) return http::problem_response(req, done.error());
    log_access(req, s.audit, {found->data.client_id}, "update", "client-agreement-acknowledgement");
    return http::json_response(req, 201, to_json(*done));
  });

  router.post("/api/v1/client-agreements/{id}/continuations", [s](Request& req) -> Response {
    auto found = readable_client_agreement(req, s);
    if (!found) return not_found(req);
    if (!can_book_for(req.user(), found->data.purchaser_organisation_id)) return forbidden(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto created = s.bookings.continue_client_agreement(found->id, continuation_input(*body));
    if (!created) return http::problem_response(req, created.error());
    log_access(req, s.audit, {found->data.client_id}, "create", "client-agreement-continuation");
    return http::json_response(req, 201, to_json(*created));
  });
}

}  // namespace polku::placements
