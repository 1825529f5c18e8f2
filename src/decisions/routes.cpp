#include "decisions/routes.hpp"

#include "decisions/decision_json.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::decisions {
namespace json = boost::json;
using http::Request;
using http::Response;
namespace jm = json_mapping;

namespace {

const auto as_json = [](const auto& x) { return jm::to_json(x); };

// The read of a decision is logged under its case's client; a change logged itself in its unit of work.
void log_read(Request& req, const cases::Case& owner, std::string detail) {
  req.caller().accessed(owner.client_id, "read", std::move(detail));
}

std::string case_detail(long long case_id) { return "case " + std::to_string(case_id); }

}  // namespace

void register_routes(http::Router& router, DecisionService& service) {
  router.get("/api/v1/cases/{id}/decisions", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    cases::Case owner;
    auto found = service.of_case(req.caller(), *id, &owner);
    if (!found) return http::problem_response(req, found.error());
    json::array items;
    for (const auto& d : *found) items.push_back(jm::to_json(d));
    log_read(req, owner, case_detail(*id) + " decisions");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/cases/{id}/decisions", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.create(req.caller(), *id, jm::decision_from(*body)), as_json, 201);
  });

  router.get("/api/v1/decisions/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    cases::Case owner;
    auto found = service.load(req.caller(), *id, false, &owner);
    if (found) log_read(req, owner, "decision " + std::to_string(*id));
    return http::result_response(req, found, as_json);
  });

  router.put("/api/v1/decisions/{id}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.update(req.caller(), *id, jm::decision_from(*body)), as_json);
  });

  router.post("/api/v1/decisions/{id}/sign", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.sign(req.caller(), *id, http::int_field(*body, "version")), as_json);
  });

  // A signed decision as kept on the case; a draft printed anew (?lang=, else the request's language).
  router.get("/api/v1/decisions/{id}/pdf", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto pdf = service.pdf(req.caller(), *id, http::file_language(req));
    if (!pdf) return http::problem_response(req, pdf.error());
    return http::download_response(req, pdf->content_type, pdf->file_name, std::move(pdf->body));
  });

  router.get("/api/v1/cases/{id}/notices", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    cases::Case owner;
    auto found = service.notices_of_case(req.caller(), *id, &owner);
    if (!found) return http::problem_response(req, found.error());
    json::array items;
    for (const auto& n : *found) items.push_back(jm::to_json(n));
    log_read(req, owner, case_detail(*id) + " notices");
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.post("/api/v1/cases/{id}/notices", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.add_notice(req.caller(), *id, jm::notice_from(*body)), as_json, 201);
  });
  router.get("/api/v1/notices/{id}/pdf", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto pdf = service.notice_pdf(req.caller(), *id, http::file_language(req));
    if (!pdf) return http::problem_response(req, pdf.error());
    return http::download_response(req, pdf->content_type, pdf->file_name, std::move(pdf->body));
  });
}

}  // namespace polku::decisions
