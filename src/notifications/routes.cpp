#include "notifications/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::notifications {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

json::object to_json(const Notification& n) {
  return {{"id", n.id},
          {"kind", n.kind},
          {"clientId", http::nullable(n.client_id)},
          {"link", n.link},
          {"params", n.params},
          {"createdAt", n.created_at},
          {"readAt", http::text_or_null(n.read_at)}};
}

}  // namespace

void register_routes(http::Router& router, NotificationService& service) {
  router.get("/api/v1/notifications", [&service](Request& req) -> Response {
    auto found = service.list(req.caller());
    if (!found) return http::problem_response(req, found.error());
    json::array items;
    for (const auto& n : found->items) items.push_back(to_json(n));
    return http::json_response(req, 200, json::object{{"items", items}, {"unreadCount", found->unread}});
  });

  router.post("/api/v1/notifications/{id}/read", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto read = service.mark_read(req.caller(), *id);
    if (!read) return http::problem_response(req, read.error());
    return http::json_response(req, 200, to_json(*read));
  });

  router.post("/api/v1/notifications/read-all", [&service](Request& req) -> Response {
    auto marked = service.mark_all_read(req.caller());
    if (!marked) return http::problem_response(req, marked.error());
    return http::json_response(req, 200, json::object{{"marked", *marked}});
  });
}

}  // namespace polku::notifications
