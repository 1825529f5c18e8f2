#include "tasks/routes.hpp"

#include "platform/core/clock.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"
#include "tasks/task_rules.hpp"

namespace polku::tasks {
namespace json = boost::json;

void register_routes(http::Router& router, TaskService& service) {
  router.get("/api/v1/tasks", [&service](http::Request& req) -> http::Response {
    const std::string today = today_helsinki();
    auto as_json = [&today](const Task& t) {
      return json::object{{"kind", t.kind},
                          {"since", t.since},
                          {"due", http::text_or_null(t.due)},
                          {"overdue", is_overdue(t, today)},
                          {"clientId", t.client_id},
                          {"clientName", t.client_name},
                          {"caseId", http::nullable(t.case_id)},
                          {"clientAgreementId", http::nullable(t.client_agreement_id)},
                          {"serviceOrderId", http::nullable(t.service_order_id)},
                          {"visitId", http::nullable(t.visit_id)},
                          {"placeId", http::nullable(t.place_id)},
                          {"placeName", http::text_or_null(t.place_name)},
                          {"party", http::text_or_null(t.party)},
                          {"periodId", http::nullable(t.period_id)},
                          {"formEntryId", http::nullable(t.form_entry_id)},
                          {"organisationId", http::nullable(t.organisation_id)},
                          {"missingMinutes", t.missing_minutes}};
    };
    return http::items_response(req, service.waiting_for(req.caller(), today), as_json);
  });
}

}  // namespace polku::tasks
