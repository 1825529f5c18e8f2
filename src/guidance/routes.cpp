#include "guidance/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::guidance {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

json::object to_json(const Session& s) {
  return {{"id", s.id},
          {"periodId", s.period_id},
          {"day", s.data.day},
          {"minutes", s.data.minutes},
          {"kind", s.data.kind},
          {"note", s.data.note},
          {"givenBy", s.given_by},
          {"givenByName", s.given_by_name},
          {"givenByProfessional", s.given_by_professional},
          {"createdAt", s.created_at}};
}

json::object to_json(const Window& w) {
  return {{"index", w.index},
          {"from", w.from},
          {"to", w.to},
          {"warnFrom", w.warn_from},
          {"requiredMinutes", w.required_minutes},
          {"individualMinutes", w.individual_minutes},
          {"socialMinutes", w.social_minutes},
          {"groupMinutes", w.group_minutes},
          {"socialRequired", w.social_required},
          {"met", w.met},
          {"missingMinutes", w.missing_minutes},
          {"pausedDays", w.paused_days},
          {"state", w.state}};
}

json::value to_json(const std::optional<Promise>& p) {
  if (!p) return nullptr;
  return json::object{{"minHours", p->min_hours}, {"socialIncluded", p->social_included}};
}

json::object to_json(const GuidanceLog& log) {
  json::array sessions, windows;
  for (const auto& s : log.sessions) sessions.push_back(to_json(s));
  for (const auto& w : log.windows) windows.push_back(to_json(w));
  return {{"sessions", std::move(sessions)},
          {"windows", std::move(windows)},
          {"promise", to_json(log.promise)},
          {"mayRecord", log.may_record}};
}

json::object to_json(const FollowedWindow& f) {
  return {{"periodId", f.period.period_id},       {"caseId", f.period.case_id},       {"clientId", f.period.client_id},
          {"clientName", f.period.client_name},   {"startDate", f.period.start_date}, {"endDate", f.period.end_date},
          {"promise", to_json(f.period.promise)}, {"window", to_json(f.window)}};
}

SessionInput session_input(const json::object& o) {
  SessionInput s;
  s.day = http::string_field(o, "day");
  s.minutes = http::count_field(o, "minutes");
  s.kind = http::string_field(o, "kind");
  s.note = http::string_field(o, "note");
  return s;
}

}  // namespace

void register_routes(http::Router& router, GuidanceService& service) {
  router.get("/api/v1/periods/{id}/guidance", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.log(req.caller(), *id), [](const auto& l) { return to_json(l); });
  });
  router.post("/api/v1/periods/{id}/guidance", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, service.record(req.caller(), *id, session_input(*body)), [](const auto& s) { return to_json(s); }, 201);
  });
  router.get("/api/v1/guidance", [&service](Request& req) -> Response {
    json::array items;
    for (const auto& f : service.followed(req.caller())) items.push_back(to_json(f));
    return http::json_response(req, 200, json::object{{"items", std::move(items)}});
  });
}

}  // namespace polku::guidance
