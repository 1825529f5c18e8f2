// The signed-in user of a request as a service sees them: who they are (for
// access), the actor of their changes, and where their reads of client data
// are logged (refused attempts too).
#pragma once
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/auth/auth_context.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::work {

struct Caller {
  const auth::AuthContext& user;
  Actor actor;
  std::vector<audit::AuditEvent>* access_log = nullptr;  // the request's; committed before it answers

  // Logs a read of the client's data (read, list) or a refused attempt ("refused").
  void accessed(long long client_id, std::string action, std::string detail = {}) const {
    if (access_log == nullptr) return;
    access_log->push_back({actor.user_id, client_id, std::move(action), actor.endpoint, actor.request_id,
                           std::move(detail)});
  }
  void refused(long long client_id, std::string detail = {}) const {
    accessed(client_id, "refused", std::move(detail));
  }
};

}  // namespace polku::work
