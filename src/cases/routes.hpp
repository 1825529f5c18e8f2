// The cases module's HTTP routes: cases and their records, transitions,
// timeline, process models and my work.
#pragma once
#include "cases/case_service.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/router.hpp"

namespace polku::cases {

void register_routes(http::Router& router, CaseService& service, CaseStore& cases, ProcessModelStore& models, audit::AuditLog& audit);

namespace detail {
void register_case_routes(http::Router& router, CaseService& service, CaseStore& cases, audit::AuditLog& audit);
void register_work_routes(http::Router& router, CaseService& service, ProcessModelStore& models,
                          audit::AuditLog& audit);
}  // namespace detail

}  // namespace polku::cases
