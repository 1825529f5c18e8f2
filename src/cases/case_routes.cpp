#include "cases/case_access.hpp"
#include "cases/case_rules.hpp"
#include "cases/route_support.hpp"
#include "cases/routes.hpp"

namespace polku::cases::detail {
namespace json = boost::json;
using http::Request;
using http::Response;
namespace jm = json_mapping;

namespace {

// Answers a case result with the case. A read is logged here; a change logged
// itself in its own transaction (action nullptr).
Response case_answer(Request& req, audit::AuditLog& audit, CaseService& service, Result<Case> result,
                     const char* read_action, unsigned status = 200, CaseAccess access = CaseAccess::kEdit) {
  if (!result) return http::problem_response(req, result.error());
  auto view = service.view(std::move(result.value()), access);
  if (read_action != nullptr) {
    hold_for_audit(req, audit, {event_for(req, read_action, view.c.client_id, case_detail(view.c.id))});
  }
  return http::json_response(req, status, jm::to_json(view, req.language));
}

using RecordSaver = std::function<Result<Case>(Request&, const json::object&, long long, std::optional<long long>)>;

void record_route(http::Router& router, const std::string& segment, CaseService& service, audit::AuditLog& audit,
                  RecordSaver save) {
  router.put("/api/v1/cases/{id}/" + segment, [&service, &audit, save](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return case_answer(req, audit, service, save(req, *body, *id, http::int_field(*body, "version")), nullptr);
  });
}

}  // namespace

void register_case_routes(http::Router& router, CaseService& service, CaseStore& cases, audit::AuditLog& audit) {
  router.get("/api/v1/cases", [&service, &audit](Request& req) -> Response {
    CaseFilter filter;
    if (auto client = req.query_value("clientId"); !client.empty()) {
      filter.client_id = http::parse_id(client);
      if (!filter.client_id) return http::problem_response(req, Error::invalid({{"clientId", "invalid_format"}}));
    }
    filter.stage = req.query_value("stage");
    if (!filter.stage.empty() && stage_index(filter.stage) < 0) {
      return http::problem_response(req, Error::invalid({{"stage", "invalid_choice"}}));
    }
    if (case_readable_organisations(req.user()).empty() && participant_scope(req.user()).empty()) {
      return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    }
    json::array items;
    std::vector<audit::AuditEvent> events;
    const auto found = service.list(req.user(), filter);
    const auto roles = service.responsible_roles(found);
    for (std::size_t i = 0; i < found.size(); ++i) {
      items.push_back(jm::to_json(found[i], roles[i]));
      events.push_back(event_for(req, "list", found[i].client_id, case_detail(found[i].id)));
    }
    hold_for_audit(req, audit, std::move(events));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/cases", [&service, &audit](Request& req) -> Response {
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto created = service.create(req.caller(), http::int_field(*body, "clientId").value_or(0),
                                  http::string_field(*body, "serviceType"), http::int_field(*body, "regionId"));
    return case_answer(req, audit, service, std::move(created), nullptr, 201);
  });

  router.get("/api/v1/cases/{id}", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    CaseAccess access = CaseAccess::kNone;
    auto c = service.load_for_reading(req.caller(), *id, &access);
    return case_answer(req, audit, service, std::move(c), "read", 200, access);
  });

  record_route(router, "referral", service, audit,
               [&service](Request& req, const json::object& o, long long id, std::optional<long long> v) {
                 return service.save_referral(req.caller(), id, v, jm::referral_from(o));
               });
  record_route(router, "assessment", service, audit,
               [&service](Request& req, const json::object& o, long long id, std::optional<long long> v) {
                 return service.save_assessment(req.caller(), id, v, jm::assessment_from(o));
               });
  record_route(router, "plan", service, audit,
               [&service](Request& req, const json::object& o, long long id, std::optional<long long> v) {
                 return service.save_plan(req.caller(), id, v, jm::plan_from(o));
               });
  record_route(router, "end", service, audit,
               [&service](Request& req, const json::object& o, long long id, std::optional<long long> v) {
                 return service.save_end(req.caller(), id, v, jm::end_from(o));
               });
  record_route(router, "follow-up", service, audit,
               [&service](Request& req, const json::object& o, long long id, std::optional<long long> v) {
                 return service.save_follow_up(req.caller(), id, v, jm::follow_up_from(o));
               });

  router.post("/api/v1/cases/{id}/transitions", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto moved =
        service.transition(req.caller(), *id, http::int_field(*body, "version"), http::string_field(*body, "to"));
    return case_answer(req, audit, service, std::move(moved), nullptr);
  });

  router.post("/api/v1/cases/{id}/interrupt", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto done =
        service.interrupt(req.caller(), *id, http::int_field(*body, "version"), http::string_field(*body, "reason"));
    return case_answer(req, audit, service, std::move(done), nullptr);
  });

  router.post("/api/v1/cases/{id}/resume", [&service, &audit](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return case_answer(req, audit, service, service.resume(req.caller(), *id, http::int_field(*body, "version")),
                       nullptr);
  });

  router.get("/api/v1/cases/{id}/timeline", [&service, &cases, &audit](Request& req) -> Response {
    auto id = req.id_param();
    CaseAccess access = CaseAccess::kNone;
    auto c = id ? service.load_for_reading(req.caller(), *id, &access)
                : Result<Case>(Error::make(ErrorCode::kNotFound, "not_found"));
    if (!c) return http::problem_response(req, c.error());
    const bool details = visibility_for(access).timeline_details;
    json::array items;
    for (const auto& t : cases.timeline(*id)) items.push_back(jm::to_json(t, details));
    hold_for_audit(req, audit, {event_for(req, "read", c->client_id, case_detail(*id) + " timeline")});
    return http::json_response(req, 200, json::object{{"items", items}});
  });
}

}  // namespace polku::cases::detail
