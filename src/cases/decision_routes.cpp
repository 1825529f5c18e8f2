#include "cases/route_support.hpp"
#include "cases/routes.hpp"

namespace polku::cases::detail {
namespace json = boost::json;
using http::Request;
using http::Response;
namespace jm = json_mapping;

namespace {

// A read is logged here; a change logged itself in its own transaction (read_action nullptr).
Response decision_answer(Request& req, audit::AuditLog& audit, CaseService& service, Result<Decision> result,
                         const char* read_action, unsigned status = 200) {
  if (!result) return http::problem_response(req, result.error());
  if (read_action == nullptr) return http::json_response(req, status, jm::to_json(result.value()));
  // The client id for the audit record comes from the decision's case.
  Case owner;
  auto again = service.load_decision(caller_of(req), result->id, false, &owner);
  if (!again) return http::problem_response(req, again.error());
  hold_for_audit(req, audit, {event_for(req, read_action, owner.client_id, "decision " + std::to_string(result->id))});
  return http::json_response(req, status, jm::to_json(result.value()));
}

}  // namespace

void register_decision_routes(http::Router& router, CaseService& service, DecisionStore& decisions,
                              audit::AuditLog& audit) {
  router.get("/api/v1/cases/{id}/decisions", [&service, &decisions, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto c = id ? service.load(caller_of(req), *id, false) : Result<Case>(Error::make(ErrorCode::kNotFound, "not_found"));
    if (!c) return http::problem_response(req, c.error());
    json::array items;
    for (const auto& d : decisions.for_case(*id)) items.push_back(jm::to_json(d));
    hold_for_audit(req, audit, {event_for(req, "read", c->client_id, case_detail(*id) + " decisions")});
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/cases/{id}/decisions", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return decision_answer(req, audit, service, service.create_decision(caller_of(req), *id, jm::decision_from(*body)),
                           nullptr, 201);
  });

  router.get("/api/v1/decisions/{id}", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    return decision_answer(req, audit, service, service.load_decision(caller_of(req), *id, false), "read");
  });

  router.put("/api/v1/decisions/{id}", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return decision_answer(req, audit, service, service.update_decision(caller_of(req), *id, jm::decision_from(*body)),
                           nullptr);
  });

  router.post("/api/v1/decisions/{id}/sign", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return decision_answer(req, audit, service,
                           service.sign_decision(caller_of(req), *id, http::int_field(*body, "version")), nullptr);
  });

  router.get("/api/v1/cases/{id}/notices", [&service, &decisions, &audit](Request& req) -> Response {
    auto id = req.id_param();
    auto c = id ? service.load(caller_of(req), *id, false) : Result<Case>(Error::make(ErrorCode::kNotFound, "not_found"));
    if (!c) return http::problem_response(req, c.error());
    json::array items;
    for (const auto& n : decisions.notices(*id)) items.push_back(jm::to_json(n));
    hold_for_audit(req, audit, {event_for(req, "read", c->client_id, case_detail(*id) + " notices")});
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/cases/{id}/notices", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto added = service.add_notice(caller_of(req), *id, jm::notice_from(*body));
    if (!added) return http::problem_response(req, added.error());
    return http::json_response(req, 201, jm::to_json(added.value()));
  });
}

}  // namespace polku::cases::detail
