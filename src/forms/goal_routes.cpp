#include "forms/goal_routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

json::object to_json(const Goal& g) {
  json::array revisions, ratings;
  for (const auto& v : g.revisions) {
    revisions.push_back({{"goalBefore", v.goal_before},
                         {"measureBefore", v.measure_before},
                         {"reason", v.reason},
                         {"revisedBy", v.revised_by_name},
                         {"revisedAt", v.revised_at}});
  }
  for (const auto& t : g.ratings) {
    ratings.push_back({{"entryId", t.entry_id},
                       {"entryKind", t.entry_kind},
                       {"rating", t.rating},
                       {"note", t.note},
                       {"ratedBy", t.rated_by_name},
                       {"ratedAt", t.rated_at}});
  }
  return {{"id", g.id},
          {"caseId", g.case_id},
          {"setInEntryId", g.set_in_entry ? json::value(*g.set_in_entry) : json::value(nullptr)},
          {"goal", g.goal},
          {"measure", g.measure},
          {"createdBy", g.created_by_name},
          {"createdAt", g.created_at},
          {"version", g.version},
          {"revisions", std::move(revisions)},
          {"ratings", std::move(ratings)}};
}

GoalInput goal_input(const json::object& o) {
  GoalInput in;
  in.goal = http::string_field(o, "goal");
  in.measure = http::string_field(o, "measure");
  in.set_in_entry = http::int_field(o, "setInEntryId");
  return in;
}

}  // namespace

void register_goal_routes(http::Router& router, GoalService& service) {
  const auto as_json = [](const Goal& g) { return to_json(g); };
  router.get("/api/v1/cases/{id}/goals", [&service](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    return http::result_response(req, service.of_case(req.caller(), *id), [](const CaseGoals& c) {
      json::array items;
      for (const auto& g : c.goals) items.push_back(to_json(g));
      return json::object{{"items", std::move(items)}, {"mayWrite", c.may_write}, {"scaleSteps", kGoalScaleSteps}};
    });
  });
  router.post("/api/v1/cases/{id}/goals", [&service, as_json](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req, service.add(req.caller(), *id, goal_input(*body)), as_json, 201);
  });
  router.post("/api/v1/goals/{id}/revisions", [&service, as_json](http::Request& req) -> http::Response {
    auto id = req.id_param();
    if (!id) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    return http::result_response(req,
                                 service.revise(req.caller(), *id, goal_input(*body),
                                                http::string_field(*body, "reason"), http::int_field(*body, "version")),
                                 as_json, 201);
  });
  router.put("/api/v1/goals/{id}/ratings/{entryId}", [&service, as_json](http::Request& req) -> http::Response {
    auto id = req.id_param();
    auto entry = req.id_param("entryId");
    if (!id || !entry) return http::not_found(req);
    auto body = http::json_object_body(req);
    if (!body) return http::problem_response(req, body.error());
    const auto rating = http::int_field(*body, "rating");
    return http::result_response(req,
                                 service.rate(req.caller(), *id, *entry, rating ? static_cast<int>(*rating) : 0,
                                              http::string_field(*body, "note")),
                                 as_json);
  });
}

}  // namespace polku::forms
