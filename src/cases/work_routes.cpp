#include "cases/case_access.hpp"
#include "cases/my_work.hpp"
#include "cases/route_support.hpp"
#include "cases/routes.hpp"
#include "platform/core/clock.hpp"

namespace polku::cases::detail {
namespace json = boost::json;
using http::Request;
using http::Response;
namespace jm = json_mapping;

namespace {

// Managers see their organisation's cases; workers the cases of their own clients.
std::vector<CaseSummary> my_cases(CaseService& service, const auth::AuthContext& user) {
  std::vector<CaseSummary> out;
  auto add = [&out](std::vector<CaseSummary> found) {
    for (auto& s : found) {
      bool seen = false;
      for (const auto& x : out) seen = seen || x.id == s.id;
      if (!seen) out.push_back(std::move(s));
    }
  };
  for (const auto& g : user.roles) {
    CaseFilter filter;
    if (g.role == "manager") {
      add(service.list(user, filter));
    } else if (g.role == "social_worker" || g.role == "social_instructor") {
      filter.own_worker_id = user.user_id;
      add(service.list(user, filter));
    }
  }
  return out;
}

}  // namespace

void register_work_routes(http::Router& router, CaseService& service, ProcessModelStore& models,
                          audit::AuditLog& audit) {
  router.get("/api/v1/my-work", [&service, &audit](Request& req) -> Response {
    const auto cases = my_cases(service, req.user());
    json::array stages;
    const auto roles = service.responsible_roles(cases);
    for (auto stage : kStages) {
      json::array in_stage;
      for (std::size_t i = 0; i < cases.size(); ++i)
        if (cases[i].stage == stage) in_stage.push_back(jm::to_json(cases[i], roles[i]));
      stages.push_back({{"stage", stage}, {"cases", in_stage}});
    }
    json::array due;
    // Due items are the purchaser's tasks (decisions, follow-up paths): a provider's
    // manager sees the cases it takes part in, not the purchaser's deadlines.
    std::vector<CaseSummary> purchaser_cases;
    for (const auto& c : cases)
      if (can_read_case(req.user(), c.organisation_id)) purchaser_cases.push_back(c);
    for (const auto& d : due_items(purchaser_cases, today_helsinki())) {
      due.push_back({{"caseId", d.case_id},
                     {"clientName", d.client_name},
                     {"kind", d.kind},
                     {"date", d.date},
                     {"overdue", d.overdue}});
    }
    std::vector<audit::AuditEvent> events;
    for (const auto& s : cases) events.push_back(event_for(req, "list", s.client_id, case_detail(s.id)));
    hold_for_audit(req, audit, std::move(events));
    return http::json_response(req, 200, json::object{{"stages", stages}, {"due", due}});
  });

  router.get("/api/v1/process-models", [&models](Request& req) -> Response {
    auto orgs = case_readable_organisations(req.user());
    if (orgs.empty()) return http::problem_response(req, ErrorCode::kForbidden, "forbidden");
    json::array items;
    for (const auto& m : models.for_organisations(orgs)) items.push_back(jm::to_json(m));
    return http::json_response(req, 200, json::object{{"items", items}});
  });

  router.get("/api/v1/regions/{id}/process-model", [&service](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto m = service.process_model(req.user(), *id, false);
    if (!m) return http::problem_response(req, m.error());
    return http::json_response(req, 200, jm::to_json(m.value()));
  });

  router.put("/api/v1/regions/{id}/process-model", [&service, &models](Request& req) -> Response {
    auto id = req.id_param();
    if (!id) return http::problem_response(req, ErrorCode::kNotFound, "not_found");
    auto m = service.process_model(req.user(), *id, true);
    if (!m) return http::problem_response(req, m.error());
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    auto steps = jm::steps_from(*body);
    auto errors = validate_process_steps(steps);
    auto version = http::int_field(*body, "version");
    if (!version) errors.push_back({"version", "required"});
    if (!errors.empty()) return http::problem_response(req, Error::invalid(std::move(errors)));
    ProcessModel model = m.value();
    apply_steps(model, steps);
    model.instructors_may_decide = http::bool_field(*body, "instructorsMayDecide", model.instructors_may_decide);
    auto saved = models.save(model, *version);
    if (!saved) return http::problem_response(req, saved.error());
    return http::json_response(req, 200, jm::to_json(saved.value()));
  });
}

}  // namespace polku::cases::detail
