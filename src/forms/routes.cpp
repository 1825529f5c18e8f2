#include "forms/routes.hpp"

#include "forms/forms_rules.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

json::object texts_json(const Texts& t) { return {{"fi", t.fi}, {"sv", t.sv}, {"en", t.en}}; }

// A version in a list; with its definition when read alone.
json::object to_json(const FormVersion& v, bool with_definition) {
  json::object o{{"id", v.id},
                 {"organisationId", v.organisation_id ? json::value(*v.organisation_id) : json::value(nullptr)},
                 {"kind", v.kind},
                 {"version", v.version},
                 {"title", texts_json(v.definition.title)},
                 {"nationalOid",
                  v.definition.national_oid.empty() ? json::value(nullptr) : json::value(v.definition.national_oid)},
                 {"publishedBy", v.published_by_name.empty() ? json::value(nullptr) : json::value(v.published_by_name)},
                 {"publishedAt", v.published_at}};
  if (with_definition) o["definition"] = forms::to_json(v.definition);
  return o;
}

json::object list(const std::vector<FormVersion>& versions) {
  json::array items;
  for (const auto& v : versions) items.push_back(to_json(v, false));
  return {{"items", std::move(items)}};
}

}  // namespace

void register_routes(http::Router& router, FormsService& service) {
  const auto whole = [](const FormVersion& v) { return to_json(v, true); };
  router.get("/api/v1/organisations/{id}/forms", [&service](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto out = list(service.current(*id));
    out["mayPublish"] = service.may_publish_in(req.caller().user, *id);
    return http::json_response(req, 200, out);
  });
  router.get("/api/v1/organisations/{id}/forms/{kind}/versions", [&service](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::json_response(req, 200, list(service.history(*id, req.param("kind"))));
  });
  router.post("/api/v1/organisations/{id}/forms", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.publish(req.caller(), *id, json::value(*body)), whole, 201);
  });
  router.get("/api/v1/form-versions/{id}", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.version(*id), whole);
  });
}

}  // namespace polku::forms
