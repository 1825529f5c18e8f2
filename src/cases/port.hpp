// What other modules may ask of the cases module: a case loaded with its access
// checked, and a change recorded on it (its version, timeline and audit entry)
// inside the other module's unit of work.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cases/case.hpp"
#include "cases/case_access.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/auth_context.hpp"
#include "platform/core/error.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"
#include "service_types/service_type.hpp"

namespace polku::cases {

// The signed-in user of a change and its actor, as every service sees them.
using work::Actor;
using work::Caller;

class Port {
 public:
  virtual ~Port() = default;
  // The purchaser's side: 404 when missing or not visible (a refusal is logged), 403 when
  // `edit` and the user may only read.
  virtual Result<Case> load(const Caller& caller, long long id, bool edit) = 0;
  // Every party's side: 404 when the user has no access (the refusal is logged); `access` tells which.
  virtual Result<Case> load_for_reading(const Caller& caller, long long id, CaseAccess* access) = 0;
  // The case and the user's access to it, none included, logging nothing: for a module that grants an access of its
  // own besides the case's (the place's staff fill the placement feedback) and logs its own refusal.
  virtual std::optional<std::pair<Case, CaseAccess>> with_access(const Caller& caller, long long id) = 0;
  virtual service_types::ServiceType type_of(const Case& c) = 0;
  // Whether the case's region lets social instructors decide.
  virtual bool instructors_may_decide(const Case& c) = 0;
  // A change of the case's decisions or notices: the case's version moves on, its timeline
  // gets `action`, and the client's access log the change, all inside `unit`.
  virtual std::optional<Error> record_change(work::UnitOfWork& unit, long long case_id, const std::string& action,
                                             const std::string& detail) = 0;
};

}  // namespace polku::cases
