#include "cases/routes.hpp"

namespace polku::cases {

void register_routes(http::Router& router, CaseService& service, CaseStore& cases, ProcessModelStore& models, audit::AuditLog& audit) {
  detail::register_case_routes(router, service, cases, audit);
  detail::register_work_routes(router, service, models, audit);
}

}  // namespace polku::cases
