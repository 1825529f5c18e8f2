#include "periods/routes.hpp"

#include "bookings/booking_json.hpp"
#include "case_documents/document_json.hpp"
#include "periods/holidays.hpp"
#include "periods/period_json.hpp"
#include "platform/core/clock.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::periods {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

const auto as_json = [](const auto& x) { return to_json(x); };

// ?from=&to=, both today when left out.
std::pair<std::string, std::string> range_of(const Request& req) {
  const std::string today = today_helsinki();
  std::string from = req.query_value("from"), to = req.query_value("to");
  if (from.empty()) from = today;
  if (to.empty()) to = from;
  return {from, to};
}

void register_holidays(http::Router& router) {
  // Public data for every signed-in user: no access rule beyond the sign-in, no store.
  router.get("/api/v1/public-holidays", [](Request& req) -> Response {
    const auto text = req.query_value("year");
    const auto year = http::parse_count(text);
    if (!year || *year < 1900 || *year > 2999) {
      return http::problem_response(req, Error::invalid({{"year", text.empty() ? "required" : "out_of_range"}}));
    }
    json::array items;
    for (const auto& h : holidays(static_cast<int>(*year))) items.push_back({{"date", h.date}, {"key", h.key}});
    return http::json_response(req, 200, json::object{{"items", std::move(items)}});
  });
}

}  // namespace

void register_group_routes(http::Router& router, GroupService& groups) {
  router.get("/api/v1/places/{id}/groups", [&groups](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::items_response(req, groups.at_place(req.caller(), *id), as_json);
  });
  router.post("/api/v1/places/{id}/groups", [&groups](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, groups.create(req.caller(), *id, group_input(*body)), as_json, 201);
  });
  router.get("/api/v1/groups/{id}", [&groups](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, groups.read(req.caller(), *id), as_json);
  });
  router.post("/api/v1/groups/{id}/members", [&groups](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, groups.add_member(req.caller(), *id, http::int_field(*body, "periodId").value_or(0)), as_json);
  });
  router.del("/api/v1/groups/{id}/members/{periodId}", [&groups](Request& req) -> Response {
    auto id = req.id_param();
    auto period = req.id_param("periodId");
    if (!id || !period) return http::not_found(req);
    return http::result_response(req, groups.remove_member(req.caller(), *id, *period), as_json);
  });
  router.get("/api/v1/groups/{id}/session", [&groups](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    const std::string date = req.query_value("date").empty() ? today_helsinki() : req.query_value("date");
    return http::items_response(req, groups.session(req.caller(), *id, date), as_json);
  });
}

void register_certificate_routes(http::Router& router, CertificateService& certificates) {
  router.post("/api/v1/periods/{id}/certificates", [&certificates](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const CertificateInput in{http::string_field(*body, "language"), http::string_field(*body, "learned")};
    return http::result_response(
        req, certificates.issue(req.caller(), *id, in),
        [](const case_documents::IssuedDocument& d) { return case_documents::to_json(d); }, 201);
  });
}

void register_routes(http::Router& router, PeriodService& service, GroupService& groups) {
  register_holidays(router);
  register_group_routes(router, groups);

  router.post("/api/v1/cases/{id}/periods/preview", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const auto lang = req.language;
    return http::result_response(req, service.preview(req.caller(), *id, period_draft(*body)),
                                 [&lang](const PeriodPreview& p) { return to_json(p, lang); });
  });

  router.post("/api/v1/cases/{id}/periods", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.create(req.caller(), *id, period_draft(*body)), as_json, 201);
  });

  // The bookings a new period may stand on, for the coach too (who reads no client's bookings otherwise).
  router.get("/api/v1/cases/{id}/period-bookings", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::items_response(req, service.bookings_for_periods(req.caller(), *id),
                                [](const bookings::Booking& b) { return bookings::to_json(b); });
  });

  router.get("/api/v1/cases/{id}/periods", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::items_response(req, service.of_case(req.caller(), *id), as_json);
  });

  router.post("/api/v1/periods/{id}/steps", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, service.add_step(req.caller(), *id, schedule_step(*body), http::int_field(*body, "version")), as_json);
  });

  router.post("/api/v1/periods/{id}/day-moves", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(
        req, service.move_day(req.caller(), *id, day_move(*body), http::int_field(*body, "version")), as_json);
  });

  router.post("/api/v1/periods/{id}/breaks", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    PeriodBreak b;
    b.days = {http::string_field(*body, "from"), http::string_field(*body, "to")};
    b.reason = http::string_field(*body, "reason");
    return http::result_response(req, service.add_break(req.caller(), *id, b, http::int_field(*body, "version")),
                                 as_json, 201);
  });

  router.post("/api/v1/periods/{id}/breaks/{breakId}/end", [&service](Request& req) -> Response {
    auto id = req.id_param();
    auto break_id = req.id_param("breakId");
    if (!id || !break_id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req,
                                 service.end_break(req.caller(), *id, *break_id, http::string_field(*body, "lastDay"),
                                                   http::int_field(*body, "version")),
                                 as_json);
  });

  router.get("/api/v1/periods/{id}/attendance", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto [from, to] = range_of(req);
    return http::result_response(req, service.days_of(req.caller(), *id, from, to), as_json);
  });

  router.put("/api/v1/periods/{id}/attendance/{day}", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.mark(req.caller(), *id, req.param("day"), mark_input(*body)),
                                 [](const Attendance& a) { return to_json(a, false); });
  });

  router.get("/api/v1/attendance", [&service](Request& req) -> Response {
    auto [from, to] = range_of(req);
    return http::items_response(req, service.day_list(req.caller(), from, to), as_json);
  });

  router.get("/api/v1/periods/{id}/observations", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::items_response(req, service.observations(req.caller(), *id), as_json);
  });

  router.post("/api/v1/periods/{id}/observations", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.observe(req.caller(), *id, observation_input(*body)), as_json, 201);
  });

  router.get("/api/v1/periods/{id}/orientation", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::items_response(req, service.orientation(req.caller(), *id), as_json);
  });

  router.put("/api/v1/periods/{id}/orientation", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::items_response(req, service.tick(req.caller(), *id, orientation_input(*body)), as_json);
  });

  // The user's secret calendar link: made or renewed (the old one stops working), read, removed.
  router.get("/api/v1/calendar-feed", [&service](Request& req) -> Response {
    const auto at = service.feed_created_at(req.caller());
    return http::json_response(req, 200, json::object{{"exists", !at.empty()}, {"createdAt", http::text_or_null(at)}});
  });
  router.post("/api/v1/calendar-feed", [&service](Request& req) -> Response {
    const auto token = service.renew_feed(req.caller());
    return http::json_response(req, 201, json::object{{"path", "/api/v1/calendar/" + token + ".ics"}});
  });
  router.del("/api/v1/calendar-feed", [&service](Request& req) -> Response {
    service.remove_feed(req.caller());
    return http::empty_response(req, 204);
  });
  // The client's own schedule of a period: a link for the social instructor to give the client.
  router.get("/api/v1/periods/{id}/calendar-feed", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.period_feed_created_at(req.caller(), *id), [](const std::string& at) {
      return json::object{{"exists", !at.empty()}, {"createdAt", http::text_or_null(at)}};
    });
  });
  router.post("/api/v1/periods/{id}/calendar-feed", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(
        req, service.renew_period_feed(req.caller(), *id),
        [](const std::string& token) {
          return json::object{{"path", "/api/v1/calendar/" + token + ".ics"}};
        },
        201);
  });
  router.del("/api/v1/periods/{id}/calendar-feed", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto done = service.remove_period_feed(req.caller(), *id);
    if (!done) return http::problem_response(req, done.error());
    return http::empty_response(req, 204);
  });
  // A phone's calendar fetches this without a session: the link itself is the secret.
  router.get("/api/v1/calendar/{token}",
             [&service](Request& req) -> Response {
               std::string token = req.param("token");
               if (token.size() > 4 && token.ends_with(".ics")) token.resize(token.size() - 4);
               auto ics = service.feed(token, {0, req.endpoint(), req.request_id}, &req.access_events);
               if (!ics) return http::not_found(req);
               auto res = http::empty_response(req, 200);
               res.set(http::bhttp::field::content_type, "text/calendar; charset=utf-8");
               res.set(http::bhttp::field::cache_control, "private, no-store");
               res.body() = std::move(*ics);
               res.prepare_payload();
               return res;
             },
             {.requires_auth = false, .check_csrf = false});

  router.get("/api/v1/absence-alerts", [&service](Request& req) -> Response {
    return http::items_response(req, service.alerts(req.caller()), as_json);
  });

  router.post("/api/v1/absence-alerts/{id}/handled", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.handle_alert(req.caller(), *id, alert_handling(*body)), as_json);
  });
}

}  // namespace polku::periods
