#include "meetings/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::meetings {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// The client's address stays out of every answer: the invitation goes to it, nobody needs to read it here.
json::object to_json(const Participant& p) {
  json::object o{{"id", p.id},
                 {"role", p.role},
                 {"userId", http::nullable(p.user_id)},
                 {"name", p.name},
                 {"hasEmail", !p.email.empty()}};
  if (p.role == "close_person" || p.role == "other") o["email"] = p.email;
  o["attended"] = p.attended ? json::value(*p.attended) : json::value(nullptr);
  return o;
}

json::object to_json(const Meeting& m) {
  json::array participants;
  for (const auto& p : m.data.participants) participants.push_back(to_json(p));
  return {{"id", m.id},
          {"caseId", m.case_id},
          {"startsAt", m.data.starts_at},
          {"minutes", m.data.minutes},
          {"location", m.data.location},
          {"agenda", m.data.agenda},
          {"participants", std::move(participants)},
          {"state", m.state},
          {"notes", m.notes},
          {"nextMeetingOn", http::text_or_null(m.next_meeting_on)},
          {"cancelReason", m.cancel_reason},
          {"organizerName", m.organizer_name},
          {"version", m.version},
          {"createdAt", m.created_at},
          {"updatedAt", m.updated_at}};
}

json::object to_json(const CaseMeetings& c) {
  json::array meetings, candidates;
  for (const auto& m : c.meetings) meetings.push_back(to_json(m));
  for (const auto& k : c.candidates) {
    candidates.push_back(json::object{
        {"role", k.role}, {"userId", http::nullable(k.user_id)}, {"name", k.name}, {"hasEmail", !k.email.empty()}});
  }
  return {{"meetings", std::move(meetings)},
          {"candidates", std::move(candidates)},
          {"nextDue", c.next_due ? json::value(*c.next_due) : json::value(nullptr)},
          {"mayKeep", c.may_keep}};
}

MeetingInput meeting_input(const json::object& o) {
  MeetingInput in;
  in.starts_at = http::string_field(o, "startsAt");
  in.minutes = http::count_field(o, "minutes");
  in.location = http::string_field(o, "location");
  in.agenda = http::string_field(o, "agenda");
  if (const auto* list = o.if_contains("participants"); list && list->is_array()) {
    for (const auto& v : list->as_array()) {
      if (!v.is_object()) continue;
      const auto& p = v.as_object();
      Participant part;
      part.role = http::string_field(p, "role");
      part.user_id = http::int_field(p, "userId");
      part.name = http::string_field(p, "name");
      part.email = http::string_field(p, "email");
      in.participants.push_back(std::move(part));
    }
  }
  return in;
}

RecordInput record_input(const json::object& o) {
  RecordInput in;
  in.notes = http::string_field(o, "notes");
  in.next_meeting_on = http::string_field(o, "nextMeetingOn");
  if (const auto* list = o.if_contains("attended"); list && list->is_array()) {
    for (const auto& v : list->as_array()) {
      if (v.is_int64()) in.attended.push_back(v.as_int64());
    }
  }
  return in;
}

// The body and its version (the service asks for a missing one after the access check), or the problem to answer.
Result<std::pair<json::object, std::optional<int>>> versioned(Request& req) {
  auto body = http::json_object_body(req);
  if (!body) return body.error();
  const auto version = http::int_field(*body, "version");
  return std::make_pair(std::move(*body), version ? std::optional<int>(static_cast<int>(*version)) : std::nullopt);
}

const auto whole = [](const Meeting& m) { return to_json(m); };

}  // namespace

void register_routes(http::Router& router, MeetingService& service) {
  router.get("/api/v1/cases/{id}/meetings", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.of_case(req.caller(), *id), [](const auto& c) { return to_json(c); });
  });
  router.post("/api/v1/cases/{id}/meetings", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.schedule(req.caller(), *id, meeting_input(*body)), whole, 201);
  });
  router.put("/api/v1/meetings/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = versioned(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.change(req.caller(), *id, body->second, meeting_input(body->first)),
                                 whole);
  });
  router.post("/api/v1/meetings/{id}/cancellation", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = versioned(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, service.cancel(req.caller(), *id, body->second, http::string_field(body->first, "reason")), whole);
  });
  router.put("/api/v1/meetings/{id}/record", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = versioned(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.record(req.caller(), *id, body->second, record_input(body->first)),
                                 whole);
  });
}

}  // namespace polku::meetings
