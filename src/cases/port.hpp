// What other modules may ask of the cases module: a case loaded with its access
// checked, and a change recorded on it (its version, timeline and audit entry)
// inside the other module's unit of work.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cases/case.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/auth_context.hpp"
#include "platform/core/error.hpp"
#include "platform/work/unit_of_work.hpp"
#include "service_types/service_type.hpp"

namespace polku::cases {

// The signed-in user (for access) and the actor of a change (for the timeline and the audit record).
// Reads of the client's data, and refused attempts, go to `access_log` (the request's).
struct Caller {
  const auth::AuthContext& user;
  Actor actor;
  std::vector<audit::AuditEvent>* access_log = nullptr;

  void refused(long long client_id, std::string detail) const {
    if (access_log == nullptr) return;
    access_log->push_back({actor.user_id, client_id, "refused", actor.endpoint, actor.request_id, std::move(detail)});
  }
};

// The actor of the unit of work of a caller's change.
inline work::Actor work_actor(const Caller& caller) {
  return {caller.actor.user_id, caller.actor.endpoint, caller.actor.request_id};
}

class Port {
 public:
  virtual ~Port() = default;
  // The purchaser's side: 404 when missing or not visible (a refusal is logged), 403 when
  // `edit` and the user may only read.
  virtual Result<Case> load(const Caller& caller, long long id, bool edit) = 0;
  virtual service_types::ServiceType type_of(const Case& c) = 0;
  // Whether the case's region lets social instructors decide.
  virtual bool instructors_may_decide(const Case& c) = 0;
  // A change of the case's decisions or notices: the case's version moves on, its timeline
  // gets `action`, and the client's access log the change, all inside `unit`.
  virtual std::optional<Error> record_change(work::UnitOfWork& unit, long long case_id, const std::string& action,
                                             const std::string& detail) = 0;
};

}  // namespace polku::cases
