#include "organisations/routes.hpp"

#include "platform/documents/document.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::organisations {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

OrganisationInput organisation_input(const json::object& o) {
  return OrganisationInput{http::string_field(o, "name"), http::string_list_field(o, "kinds"),
                           http::string_list_field(o, "regions"), http::int_field(o, "version")};
}

UserInput user_input(const json::object& o) {
  UserInput in;
  in.username = http::string_field(o, "username");
  in.display_name = http::string_field(o, "displayName");
  in.email = http::string_field(o, "email");
  in.language = http::string_field(o, "language");
  if (in.language.empty()) in.language = "fi";
  in.active = http::bool_field(o, "active", true);
  in.social_welfare_professional = http::bool_field(o, "socialWelfareProfessional");
  if (auto it = o.find("roles"); it != o.end() && it->value().is_array()) {
    for (const auto& v : it->value().as_array()) {
      if (!v.is_object()) continue;
      in.roles.push_back(
          {http::int_field(v.as_object(), "organisationId").value_or(0), http::string_field(v.as_object(), "role")});
    }
  }
  if (auto it = o.find("password"); it != o.end() && it->value().is_string() && !it->value().as_string().empty()) {
    in.password = std::string(it->value().as_string());
  }
  in.version = http::int_field(o, "version");
  return in;
}

json::object to_json(const Worker& w) {
  return {{"id", w.id}, {"displayName", w.display_name}, {"organisationId", w.organisation_id}};
}

template <typename T>
Response answer(const Request& req, const Result<T>& result, unsigned status) {
  if (!result) return http::problem_response(req, result.error());
  return http::json_response(req, status, to_json(result.value()));
}

template <typename T>
Response items_response(const Request& req, const Result<std::vector<T>>& found) {
  if (!found) return http::problem_response(req, found.error());
  json::array items;
  for (const auto& x : found.value()) items.push_back(to_json(x));
  return http::json_response(req, 200, json::object{{"items", items}});
}

}  // namespace

json::object to_json(const Organisation& o) {
  json::array kinds, regions;
  for (const auto& k : o.kinds) kinds.push_back(json::value(k));
  for (const auto& r : o.regions) regions.push_back({{"id", r.id}, {"name", r.name}});
  return {{"id", o.id},         {"name", o.name},       {"kinds", kinds},
          {"regions", regions}, {"version", o.version}, {"hasLogo", o.has_logo}};
}

json::object to_json(const User& u) {
  json::array roles;
  for (const auto& g : u.roles) roles.push_back({{"organisationId", g.organisation_id}, {"role", g.role}});
  return {{"id", u.id},       {"username", u.username}, {"displayName", u.display_name},
          {"email", u.email}, {"language", u.language}, {"active", u.active},
          {"roles", roles},   {"version", u.version},   {"socialWelfareProfessional", u.social_welfare_professional}};
}

void register_routes(http::Router& router, OrganisationService& service, auth::SessionStore& sessions) {
  // An id that does not parse is passed as 0, which the service answers after its access check.
  router.get("/api/v1/organisations",
             [&service](Request& req) { return items_response(req, service.organisations(req.caller())); });
  router.post("/api/v1/organisations", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return answer(req, service.create_organisation(req.caller(), organisation_input(*body)), 201);
  });
  router.get("/api/v1/organisations/{id}", [&service](Request& req) -> Response {
    return answer(req, service.organisation(req.caller(), req.id_param().value_or(0)), 200);
  });
  router.put("/api/v1/organisations/{id}", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return answer(req, service.update_organisation(req.caller(), req.id_param().value_or(0), organisation_input(*body)),
                  200);
  });

  router.put("/api/v1/organisations/{id}/logo",
             [&service](Request& req) -> Response {
               auto done = service.set_logo(req.caller(), req.id_param().value_or(0),
                                            http::header_value(req.raw, "Content-Type"), req.raw.body());
               if (!done) return http::problem_response(req, done.error());
               return http::empty_response(req, 204);
             },
             {.body_limit = documents::kMaxLogoBytes + 1});
  router.del("/api/v1/organisations/{id}/logo", [&service](Request& req) -> Response {
    auto done = service.set_logo(req.caller(), req.id_param().value_or(0), "", "");
    if (!done) return http::problem_response(req, done.error());
    return http::empty_response(req, 204);
  });
  router.get("/api/v1/organisations/{id}/logo", [&service](Request& req) -> Response {
    auto logo = service.logo(req.id_param().value_or(0));
    if (!logo) return http::problem_response(req, logo.error());
    return http::download_response(req, "image/png", "logo.png", std::move(logo->bytes));
  });
  router.get("/api/v1/users", [&service](Request& req) { return items_response(req, service.users(req.caller())); });
  router.post("/api/v1/users", [&service](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return answer(req, service.create_user(req.caller(), user_input(*body)), 201);
  });
  router.get("/api/v1/users/{id}", [&service](Request& req) -> Response {
    return answer(req, service.user(req.caller(), req.id_param().value_or(0)), 200);
  });
  router.put("/api/v1/users/{id}", [&service, &sessions](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const long long id = req.id_param().value_or(0);
    auto updated = service.update_user(req.caller(), id, user_input(*body));
    if (updated) sessions.forget_cached_user(id);
    return answer(req, updated, 200);
  });

  router.get("/api/v1/workers",
             [&service](Request& req) { return items_response(req, service.workers(req.caller())); });
  // A provider's manager chooses the coach of an accepted service order from these.
  router.get("/api/v1/coaches",
             [&service](Request& req) { return items_response(req, service.coaches(req.caller())); });
}

}  // namespace polku::organisations
