#include "cases/routes.hpp"

namespace polku::cases {

void register_routes(http::Router& router, CaseService& service, CaseStore& cases, DecisionStore& decisions,
                     ProcessModelStore& models, audit::AuditLog& audit) {
  detail::register_case_routes(router, service, cases, audit);
  detail::register_decision_routes(router, service, decisions, audit);
  detail::register_work_routes(router, service, models, audit);
}

}  // namespace polku::cases
