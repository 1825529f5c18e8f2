#include "compensation/notice_routes.hpp"

#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::compensation {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

json::object to_json(const AbsenceNotice& n) {
  json::object out = content_object(n.content);
  out.insert({{"periodId", n.period_id},
              {"caseId", n.case_id},
              {"clientId", n.client_id},
              {"clientName", n.client_name},
              {"placeName", n.place_name},
              {"windowFrom", n.window_from},
              {"windowTo", n.window_to},
              {"recipient", n.recipient},
              {"fundName", n.fund_name},
              {"due", n.due},
              {"state", n.state},
              {"sentAt", n.sent_at ? json::value(*n.sent_at) : json::value(nullptr)},
              {"sentBy", n.sent_by_name}});
  return out;
}

}  // namespace

void register_notice_routes(http::Router& router, AbsenceNoticeService& service) {
  router.get("/api/v1/organisations/{id}/absence-notices", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    // By default the eight weeks up to today: every notice due, late or just sent.
    const std::string today = today_helsinki();
    const auto from = req.query.count("from") ? req.query_value("from") : add_days(today, -56);
    const auto to = req.query.count("to") ? req.query_value("to") : today;
    return http::result_response(req, service.list(req.caller(), *id, from, to), [](const NoticeList& list) {
      json::array items;
      for (const auto& n : list.items) items.push_back(to_json(n));
      return json::object{{"items", std::move(items)}, {"maySend", list.may_send}};
    });
  });
  router.get("/api/v1/periods/{id}/absence-notices/{windowFrom}/pdf", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto file = service.pdf(req.caller(), *id, req.param("windowFrom"), http::file_language(req));
    if (!file) return http::problem_response(req, file.error());
    return http::download_response(req, file->content_type, file->file_name, std::move(file->body));
  });
  router.post("/api/v1/periods/{id}/absence-notices/{windowFrom}/sending", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(
        req, service.send(req.caller(), *id, req.param("windowFrom")), [](const auto& n) { return to_json(n); }, 201);
  });
}

}  // namespace polku::compensation
