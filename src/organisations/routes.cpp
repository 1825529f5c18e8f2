#include "organisations/routes.hpp"

#include "platform/auth/roles.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::organisations {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

OrganisationInput organisation_input(const json::object& o) {
  return OrganisationInput{http::string_field(o, "name"), http::string_list_field(o, "kinds"), http::string_list_field(o, "regions"),
                           http::int_field(o, "version")};
}

UserInput user_input(const json::object& o) {
  UserInput in;
  in.username = http::string_field(o, "username");
  in.display_name = http::string_field(o, "displayName");
  in.email = http::string_field(o, "email");
  in.language = http::string_field(o, "language");
  if (in.language.empty()) in.language = "fi";
  in.active = http::bool_field(o, "active", true);
  if (auto it = o.find("roles"); it != o.end() && it->value().is_array()) {
    for (const auto& v : it->value().as_array()) {
      if (!v.is_object()) continue;
      in.roles.push_back({http::int_field(v.as_object(), "organisationId").value_or(0),
                          http::string_field(v.as_object(), "role")});
    }
  }
  if (auto it = o.find("password"); it != o.end() && it->value().is_string() && !it->value().as_string().empty()) {
    in.password = std::string(it->value().as_string());
  }
  in.version = http::int_field(o, "version");
  return in;
}

template <typename T>
Response answer(const Request& req, const Result<T>& result, unsigned status) {
  if (!result) return http::problem_response(req, result.error());
  return http::json_response(req, status, to_json(result.value()));
}

bool is_admin(const Request& req) { return req.user().has_role("admin"); }

}  // namespace

json::object to_json(const Organisation& o) {
  json::array kinds, regions;
  for (const auto& k : o.kinds) kinds.push_back(json::value(k));
  for (const auto& r : o.regions) regions.push_back({{"id", r.id}, {"name", r.name}});
  return {{"id", o.id}, {"name", o.name}, {"kinds", kinds}, {"regions", regions}, {"version", o.version}};
}

json::object to_json(const User& u) {
  json::array roles;
  for (const auto& g : u.roles) roles.push_back({{"organisationId", g.organisation_id}, {"role", g.role}});
  return {{"id", u.id},         {"username", u.username}, {"displayName", u.display_name}, {"email", u.email},
          {"language", u.language}, {"active", u.active},     {"roles", roles},                {"version", u.version}};
}

void register_routes(http::Router& router, OrganisationStore& store, auth::SessionStore& sessions) {
  auto admin_only = [](auto handler) {
    return [handler](Request& req) -> Response {
      if (!is_admin(req)) return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
      return handler(req);
    };
  };

  router.get("/api/v1/organisations", admin_only([&store](Request& req) {
               json::array items;
               for (const auto& o : store.list_organisations()) items.push_back(to_json(o));
               return http::json_response(req, 200, json::object{{"items", items}});
             }));
  router.post("/api/v1/organisations", admin_only([&store](Request& req) -> Response {
                auto body = http::json_object_body(req);
                if (!body) return http::problem_response(req, body.error());
                return answer(req, store.create_organisation(organisation_input(*body)), 201);
              }));
  router.get("/api/v1/organisations/{id}", admin_only([&store](Request& req) -> Response {
               auto id = req.id_param();
               auto found = id ? store.find_organisation(*id) : std::nullopt;
               if (!found) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
               return http::json_response(req, 200, to_json(*found));
             }));
  router.put("/api/v1/organisations/{id}", admin_only([&store](Request& req) -> Response {
               auto id = req.id_param();
               if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
               auto body = http::json_object_body(req);
               if (!body) return http::problem_response(req, body.error());
               return answer(req, store.update_organisation(*id, organisation_input(*body)), 200);
             }));

  router.get("/api/v1/users", admin_only([&store](Request& req) {
               json::array items;
               for (const auto& u : store.list_users()) items.push_back(to_json(u));
               return http::json_response(req, 200, json::object{{"items", items}});
             }));
  router.post("/api/v1/users", admin_only([&store](Request& req) -> Response {
                auto body = http::json_object_body(req);
                if (!body) return http::problem_response(req, body.error());
                return answer(req, store.create_user(user_input(*body)), 201);
              }));
  router.get("/api/v1/users/{id}", admin_only([&store](Request& req) -> Response {
               auto id = req.id_param();
               auto found = id ? store.find_user(*id) : std::nullopt;
               if (!found) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
               return http::json_response(req, 200, to_json(*found));
             }));
  router.put("/api/v1/users/{id}", admin_only([&store, &sessions](Request& req) -> Response {
               auto id = req.id_param();
               if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
               auto body = http::json_object_body(req);
               if (!body) return http::problem_response(req, body.error());
               auto updated = store.update_user(*id, user_input(*body));
               if (updated) sessions.forget_cached_user(*id);
               return answer(req, updated, 200);
             }));

  router.get("/api/v1/workers", [&store](Request& req) -> Response {
    std::vector<long long> orgs;
    for (const auto& g : req.user().roles) {
      if (auth::is_client_worker_role(g.role) || g.role == "manager") orgs.push_back(g.organisation_id);
    }
    if (orgs.empty()) return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    json::array items;
    for (const auto& w : store.workers_of(orgs)) {
      items.push_back({{"id", w.id}, {"displayName", w.display_name}, {"organisationId", w.organisation_id}});
    }
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  // A provider's manager chooses the coach of an accepted service order from these.
  router.get("/api/v1/coaches", [&store](Request& req) -> Response {
    std::vector<long long> orgs;
    for (const auto& g : req.user().roles) {
      if (g.role == "manager") orgs.push_back(g.organisation_id);
    }
    if (orgs.empty()) return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    json::array items;
    for (const auto& w : store.coaches_of(orgs)) {
      items.push_back({{"id", w.id}, {"displayName", w.display_name}, {"organisationId", w.organisation_id}});
    }
    return http::json_response(req, 200, json::object{{"items", items}});
  });
}

}  // namespace polku::organisations
