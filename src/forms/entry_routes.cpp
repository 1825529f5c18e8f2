#include "forms/entry_routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::object to_json(const EntryView& v, bool with_answers) {
  const auto& e = v.entry;
  json::object o{{"id", e.id},
                 {"caseId", e.case_id},
                 {"kind", e.kind},
                 {"formVersionId", e.form_version_id},
                 {"formVersion", e.form_version},
                 {"state", e.state},
                 {"correctsId", e.corrects_id ? json::value(*e.corrects_id) : json::value(nullptr)},
                 {"correctionReason", text_or_null(e.correction_reason)},
                 {"createdBy", text_or_null(e.created_by_name)},
                 {"createdAt", e.created_at},
                 {"updatedBy", text_or_null(e.updated_by_name)},
                 {"updatedAt", e.updated_at},
                 {"completedBy", text_or_null(e.completed_by_name)},
                 {"completedAt", text_or_null(e.completed_at)},
                 {"mayWrite", v.access == EntryAccess::kWrite && e.state == "draft"},
                 {"mayCorrect", v.access == EntryAccess::kWrite && e.state == "completed"},
                 {"mayAcknowledge", v.may_acknowledge},
                 {"acknowledgedBy", text_or_null(e.acknowledged_by_name)},
                 {"acknowledgedAt", text_or_null(e.acknowledged_at)},
                 {"version", e.version}};
  if (with_answers) {
    boost::system::error_code ec;
    auto answers = json::parse(e.answers, ec);
    o["answers"] = !ec && answers.is_object() ? std::move(answers) : json::value(json::object{});
  }
  return o;
}

json::object answers_of(const json::object& body) {
  const auto* a = body.if_contains("answers");
  return a && a->is_object() ? a->as_object() : json::object{};
}

json::object to_json(const PlacePeriod& p) {
  json::value feedback = nullptr;
  if (p.feedback_id) {
    feedback = json::object{{"id", *p.feedback_id}, {"state", p.feedback_state}, {"version", p.feedback_version}};
  }
  return {{"periodId", p.period_id},     {"caseId", p.case_id},       {"clientId", p.client_id},
          {"clientName", p.client_name}, {"placeName", p.place_name}, {"startDate", p.start_date},
          {"endDate", p.end_date},       {"feedback", feedback}};
}

}  // namespace

void register_entry_routes(http::Router& router, EntryService& service) {
  const auto whole = [](const EntryView& v) { return to_json(v, true); };
  router.get("/api/v1/placement-feedback", [&service](http::Request& req) -> http::Response {
    json::array items;
    for (const auto& p : service.placement_feedback(req.caller())) items.push_back(to_json(p));
    return http::json_response(req, 200, json::object{{"items", std::move(items)}});
  });
  router.get("/api/v1/cases/{id}/forms", [&service](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::items_response(req, service.of_case(req.caller(), *id),
                                [](const EntryView& v) { return to_json(v, false); });
  });
  router.post("/api/v1/cases/{id}/forms", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    if (const auto* a = body->if_contains("answers"); a && !a->is_object()) {
      return http::problem_response(req, Error::invalid({{"answers", "invalid_format"}}));
    }
    return http::result_response(
        req, service.create(req.caller(), *id, http::string_field(*body, "kind"), answers_of(*body)), whole, 201);
  });
  router.get("/api/v1/form-entries/{id}", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.find(req.caller(), *id), whole);
  });
  router.get("/api/v1/form-entries/{id}/pdf", [&service](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto file = service.pdf(req.caller(), *id, http::file_language(req));
    if (!file) return http::problem_response(req, file.error());
    return http::download_response(req, file->content_type, file->file_name, std::move(file->body));
  });
  router.put("/api/v1/form-entries/{id}", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const auto* a = body->if_contains("answers");
    const auto* answers = a != nullptr && a->is_object() ? &a->as_object() : nullptr;
    return http::result_response(req, service.save(req.caller(), *id, answers, http::int_field(*body, "version")),
                                 whole);
  });
  router.post("/api/v1/form-entries/{id}/completion", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.complete(req.caller(), *id, http::int_field(*body, "version")), whole);
  });
  router.post("/api/v1/form-entries/{id}/acknowledgement", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.acknowledge(req.caller(), *id, http::int_field(*body, "version")), whole);
  });
  router.post("/api/v1/form-entries/{id}/corrections", [&service, whole](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.correct(req.caller(), *id, http::string_field(*body, "reason")), whole,
                                 201);
  });
}

}  // namespace polku::forms
