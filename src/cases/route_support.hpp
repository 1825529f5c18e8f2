// Helpers shared by the cases module's route files: audit records of client
// data access and answers from results.
#pragma once
#include <string>
#include <vector>

#include "cases/case_json.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace polku::cases::detail {

inline audit::AuditEvent event_for(const http::Request& req, std::string action, long long client_id,
                                   std::string detail) {
  return audit::AuditEvent{req.user().user_id, client_id,      std::move(action),
                           req.endpoint(),     req.request_id, std::move(detail)};
}

// The answer leaves only once the access is durably logged; the worker thread is not held.
inline void hold_for_audit(http::Request& req, audit::AuditLog& audit, std::vector<audit::AuditEvent> events) {
  if (events.empty()) return;
  for (auto& e : events) req.access_events.push_back(std::move(e));
}

inline std::string case_detail(long long case_id) { return "case " + std::to_string(case_id); }

}  // namespace polku::cases::detail
