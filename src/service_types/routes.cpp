#include "service_types/routes.hpp"

#include "platform/core/clock.hpp"
#include "service_types/service_type_rules.hpp"

namespace polku::service_types {
namespace json = boost::json;

namespace {

json::object text_json(const LocalisedText& t) { return {{"fi", t.fi}, {"sv", t.sv}, {"en", t.en}}; }

json::object type_json(const ServiceType& t, const std::string& today) {
  json::array kinds, limits;
  for (const auto& k : t.accepted_plan_kinds) kinds.push_back(json::string(k));
  for (const auto& l : t.limits) limits.push_back(limits_json(l));
  auto in_force = limits_on(t.limits, today);
  return {{"code", t.code},
          {"name", text_json(t.name)},
          {"legalBasis", text_json(t.legal_basis)},
          {"planRequired", t.plan_required},
          {"acceptedPlanKinds", kinds},
          {"absenceSanctionable", t.absence_sanctionable},
          {"compensationKind", t.compensation_kind},
          {"companyMayHost", t.company_may_host},
          {"limits", limits},
          {"limitsInForce", in_force ? json::value(limits_json(*in_force)) : json::value(nullptr)}};
}

}  // namespace

json::object limits_json(const Limits& l) {
  return {{"validFrom", l.valid_from},
          {"validTo", l.valid_to ? json::value(*l.valid_to) : json::value(nullptr)},
          {"daysPerWeekMin", l.days_per_week_min},
          {"daysPerWeekMax", l.days_per_week_max},
          {"hoursPerDayMin", l.hours_per_day_min},
          {"hoursPerDayMax", l.hours_per_day_max},
          {"periodMonthsMin", l.period_months_min},
          {"periodMonthsMax", l.period_months_max},
          {"monthsPerDecisionMax",
           l.months_per_decision_max ? json::value(*l.months_per_decision_max) : json::value(nullptr)}};
}

void register_routes(http::Router& router, ServiceTypeStore& store) {
  router.get("/api/v1/service-types", [&store](http::Request& req) {
    const auto today = today_helsinki();
    json::array items;
    for (const auto& t : store.all()) items.push_back(type_json(t, today));
    return http::json_response(req, 200, json::object{{"items", items}});
  });
}

}  // namespace polku::service_types
