#include "registry/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"
#include "registry/place_json.hpp"
#include "registry/place_rules.hpp"
#include "registry/registry_access.hpp"

namespace polku::registry {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {


// The one host the user manages, or the one named in the body.
std::optional<long long> managed_host(const Request& req, std::optional<long long> named) {
  if (named) return can_edit_place(req.user(), *named) ? named : std::nullopt;
  std::optional<long long> found;
  for (const auto& g : req.user().roles) {
    if (g.role != "manager") continue;
    if (found && *found != g.organisation_id) return std::nullopt;
    found = g.organisation_id;
  }
  return found;
}

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

void register_routes(http::Router& router, PlaceStore& places) {
  router.get("/api/v1/hosts/{id}", [&places](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    if (!req.user().has_role("admin") && !sees_host_places(req.user(), *id) &&
        !sees_all_places(req.user(), places.purchaser_ids())) {
      return forbidden(req);
    }
    return http::json_response(req, 200, json::object{{"organisationId", *id}, {"hostType", places.host_type(*id)}});
  });

  // The host's placement supervisors with an account, for naming a place's supervisor: the host's
  // manager needs them in the place form, the purchaser's workers to know whom the client meets.
  router.get("/api/v1/hosts/{id}/supervisors", [&places](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    if (!can_edit_place(req.user(), *id) && !sees_all_places(req.user(), places.purchaser_ids())) {
      return forbidden(req);
    }
    json::array items;
    for (const auto& o : places.supervisors(*id)) items.push_back(to_json(o));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.put("/api/v1/hosts/{id}", [&places](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return not_found(req);
    if (!can_set_host_type(req.user(), places.purchaser_ids())) return forbidden(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const auto type = http::string_field(*body, "hostType");
    auto done = places.set_host_type(*id, type);
    if (!done) return http::problem_response(req, done.error());
    return http::json_response(req, 200, json::object{{"organisationId", *id}, {"hostType", type}});
  });

  router.get("/api/v1/places", [&places](Request& req) -> Response {
    json::array items;
    if (sees_all_places(req.user(), places.purchaser_ids())) {
      for (const auto& p : places.list()) items.push_back(to_json(p));
      return http::json_response(req, 200, json::object{{"items", items}});
    }
    bool any_host = false;
    for (const auto& g : req.user().roles) {
      if (!sees_host_places(req.user(), g.organisation_id)) continue;
      any_host = true;
      for (const auto& p : places.list(g.organisation_id)) items.push_back(to_json(p));
    }
    if (!any_host) return forbidden(req);
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/places", [&places](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto host = managed_host(req, http::int_field(*body, "hostOrganisationId"));
    if (!host) return forbidden(req);
    auto created = places.create(*host, place_input(*body));
    if (!created) return http::problem_response(req, created.error());
    return http::json_response(req, 201, to_json(*created));
  });

  router.get("/api/v1/places/search", [&places](Request& req) -> Response {
    if (!sees_all_places(req.user(), places.purchaser_ids())) return forbidden(req);
    const auto filter = filter_of(req);
    const auto catalogue = places.catalogue();
    if (auto errors = validate_place_filter(filter, catalogue); !errors.empty()) {
      return http::problem_response(req, Error::invalid(std::move(errors)));
    }
    json::array items;
    for (const auto& p : search_places(places.candidates(), filter, catalogue)) items.push_back(to_json(p));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/places/match", [&places](Request& req) -> Response {
    if (!sees_all_places(req.user(), places.purchaser_ids())) return forbidden(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const auto needs = client_needs(*body);
    const auto catalogue = places.catalogue();
    if (auto errors = validate_client_needs(needs, catalogue); !errors.empty()) {
      return http::problem_response(req, Error::invalid(std::move(errors)));
    }
    json::array items;
    for (const auto& r : rank_places(needs, places.candidates(), catalogue)) items.push_back(to_json(r));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.get("/api/v1/places/{id}", [&places](Request& req) -> Response {
    auto id = req.id_param();
    auto place = id ? places.find(*id) : std::nullopt;
    if (!place || !can_read_place(req.user(), places.purchaser_ids(), place->host_organisation_id)) {
      return not_found(req);
    }
    return http::json_response(req, 200, to_json(*place));
  });

  router.put("/api/v1/places/{id}", [&places](Request& req) -> Response {
    auto id = req.id_param();
    auto place = id ? places.find(*id) : std::nullopt;
    if (!place || !can_read_place(req.user(), places.purchaser_ids(), place->host_organisation_id)) {
      return not_found(req);
    }
    if (!can_edit_place(req.user(), place->host_organisation_id)) return forbidden(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto updated = places.update(*id, place_input(*body));
    if (!updated) return http::problem_response(req, updated.error());
    return http::json_response(req, 200, to_json(*updated));
  });
}

}  // namespace polku::registry
