#include "clients/routes.hpp"

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

}  // namespace

void register_routes(http::Router& router, ClientService& service) {
  router.get("/api/v1/clients", [&service](Request& req) -> Response {
    auto found = service.search(req.caller(), req.query_value("q"));
    if (!found) return http::problem_response(req, found.error());
    json::array items;
    for (const auto& s : *found) items.push_back(to_json(s));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/clients", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto created = service.create(req.caller(), client_input(*body));
    if (!created) return http::problem_response(req, created.error());
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/clients/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto client = service.read(req.caller(), *id);
    if (!client) return http::problem_response(req, client.error());
    return http::json_response(req, 200, to_json(*client));
  });

  router.put("/api/v1/clients/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto updated = service.update(req.caller(), *id, client_input(*body));
    if (!updated) return http::problem_response(req, updated.error());
    return http::json_response(req, 200, to_json(*updated));
  });

  router.put("/api/v1/clients/{id}/own-worker", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    // null (or absent) clears the own worker.
    auto assigned = service.assign_own_worker(req.caller(), *id, http::int_field(*body, "ownWorkerId"),
                                              http::int_field(*body, "version"));
    if (!assigned) return http::problem_response(req, assigned.error());
    return http::json_response(req, 200, to_json(*assigned));
  });

  router.get("/api/v1/clients/{id}/access-log", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto entries = service.access_log(req.caller(), *id);
    if (!entries) return http::problem_response(req, entries.error());
    json::array items;
    for (const auto& e : *entries) {
      items.push_back({{"id", e.record.id},
                       {"at", e.record.at},
                       {"userId", e.record.user_id},
                       {"userName", e.user_name},
                       {"action", e.record.action},
                       {"endpoint", e.record.endpoint},
                       {"requestId", e.record.request_id}});
    }
    return http::json_response(req, 200, json::object{{"items", items}});
  });
}

}  // namespace polku::clients
