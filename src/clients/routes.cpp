#include "clients/routes.hpp"

#include "clients/client_access.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::clients {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

ClientInput client_input(const json::object& o) {
  ClientInput in;
  in.organisation_id = http::int_field(o, "organisationId");
  in.first_names = http::string_field(o, "firstNames");
  in.last_name = http::string_field(o, "lastName");
  in.personal_identity_code = http::string_field(o, "personalIdentityCode");
  in.phone = http::string_field(o, "phone");
  in.email = http::string_field(o, "email");
  in.street_address = http::string_field(o, "streetAddress");
  in.postal_code = http::string_field(o, "postalCode");
  in.post_office = http::string_field(o, "postOffice");
  in.municipality = http::string_field(o, "municipality");
  in.preferred_language = http::string_field(o, "preferredLanguage");
  if (in.preferred_language.empty()) in.preferred_language = "fi";
  in.needs_plain_language = http::bool_field(o, "needsPlainLanguage");
  in.representative_kind = http::string_field(o, "representativeKind");
  in.representative_name = http::string_field(o, "representativeName");
  in.representative_phone = http::string_field(o, "representativePhone");
  in.own_worker_id = http::int_field(o, "ownWorkerId");
  in.version = http::int_field(o, "version");
  return in;
}

json::object to_json(const Client& c) {
  const auto& d = c.data;
  return {{"id", c.id},
          {"organisationId", c.organisation_id},
          {"firstNames", d.first_names},
          {"lastName", d.last_name},
          {"personalIdentityCode", d.personal_identity_code},
          {"dateOfBirth", c.date_of_birth},
          {"phone", d.phone},
          {"email", d.email},
          {"streetAddress", d.street_address},
          {"postalCode", d.postal_code},
          {"postOffice", d.post_office},
          {"municipality", d.municipality},
          {"preferredLanguage", d.preferred_language},
          {"needsPlainLanguage", d.needs_plain_language},
          {"representativeKind", d.representative_kind},
          {"representativeName", d.representative_name},
          {"representativePhone", d.representative_phone},
          {"ownWorkerId", http::nullable(d.own_worker_id)},
          {"ownWorkerName", c.own_worker_name},
          {"version", c.version},
          {"createdAt", c.created_at},
          {"updatedAt", c.updated_at}};
}

json::object to_json(const ClientSummary& s) {
  return {{"id", s.id},
          {"firstNames", s.first_names},
          {"lastName", s.last_name},
          {"personalIdentityCode", s.personal_identity_code},
          {"dateOfBirth", s.date_of_birth},
          {"municipality", s.municipality},
          {"ownWorkerName", s.own_worker_name}};
}

audit::AuditEvent event_for(const Request& req, std::string action, long long client_id = 0) {
  return audit::AuditEvent{req.user().user_id, client_id, std::move(action), req.endpoint(), req.request_id, {}};
}

// The data leaves only once its access is durably logged; the worker thread is not held.
void hold_for_audit(Request& req, audit::AuditLog& audit, std::vector<audit::AuditEvent> events) {
  req.hold_until = [&audit, events = std::move(events)](std::function<void(bool)> done) mutable {
    audit.record_async(std::move(events), std::move(done));
  };
}

}  // namespace

void register_routes(http::Router& router, ClientStore& store, audit::AuditLog& audit) {
  router.get("/api/v1/clients", [&store, &audit](Request& req) -> Response {
    auto orgs = readable_organisations(req.user());
    if (orgs.empty()) return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    auto found = store.search(orgs, req.query_value("q"));
    std::vector<audit::AuditEvent> events;
    json::array items;
    for (const auto& s : found) {
      items.push_back(to_json(s));
      events.push_back(event_for(req, "list", s.id));
    }
    hold_for_audit(req, audit, std::move(events));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/clients", [&store](Request& req) -> Response {
    auto orgs = writable_organisations(req.user());
    if (orgs.empty()) return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto input = client_input(*body);
    long long org = 0;
    if (input.organisation_id) {
      if (!can_write(req.user(), *input.organisation_id)) {
        return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
      }
      org = *input.organisation_id;
    } else if (orgs.size() == 1) {
      org = orgs.front();
    } else {
      return http::problem_response(req, Error::invalid({{"organisationId", "organisation_required"}}));
    }
    auto created = store.create(org, input, event_for(req, "create"));
    if (!created) return http::problem_response(req, created.error());
    return http::json_response(req, 201, to_json(created.value()));
  });

  router.get("/api/v1/clients/{id}", [&store, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto client = id ? store.find(*id) : std::nullopt;
    // 404 for both missing and foreign clients: existence is not revealed.
    if (!client || !can_read(req.user(), client->organisation_id)) {
      return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    }
    hold_for_audit(req, audit, {event_for(req, "read", client->id)});
    return http::json_response(req, 200, to_json(*client));
  });

  router.put("/api/v1/clients/{id}", [&store](Request& req) -> Response {
    auto id = req.id_param();
    auto client = id ? store.find(*id) : std::nullopt;
    if (!client || !can_read(req.user(), client->organisation_id)) {
      return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    }
    if (!can_write(req.user(), client->organisation_id)) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto updated = store.update(*id, client_input(*body), event_for(req, "update"));
    if (!updated) return http::problem_response(req, updated.error());
    return http::json_response(req, 200, to_json(updated.value()));
  });

  router.get("/api/v1/clients/{id}/access-log", [&store, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto client = id ? store.find(*id) : std::nullopt;
    if (!client || !can_read(req.user(), client->organisation_id)) {
      return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    }
    if (!can_read_access_log(req.user(), client->organisation_id)) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    json::array items;
    for (const auto& e : audit.for_client(client->id)) {
      items.push_back({{"id", e.record.id},
                       {"at", e.record.at},
                       {"userId", e.record.user_id},
                       {"userName", e.user_name},
                       {"action", e.record.action},
                       {"endpoint", e.record.endpoint},
                       {"requestId", e.record.request_id}});
    }
    auto event = event_for(req, "read", client->id);
    event.detail = "access-log";
    hold_for_audit(req, audit, {std::move(event)});
    return http::json_response(req, 200, json::object{{"items", items}});
  });
}

}  // namespace polku::clients
