// Pure rules of decisions (päätökset): who may decide, whether the terms stay
// inside the service type's limits, and the appeal instructions text.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "decisions/decision.hpp"
#include "platform/auth/auth_context.hpp"
#include "platform/core/error.hpp"
#include "service_types/service_type.hpp"

namespace polku::decisions {

// A social worker of the purchaser always; a social instructor where the region allows it.
bool may_decide(const auth::AuthContext& user, long long organisation_id, bool instructors_may_decide);

// Field errors of a decision's input: dates, order, and the limits in force on its start date
// (none in force: startDate outside_service_type_limits).
std::vector<FieldError> validate_decision(const DecisionInput& in, const service_types::ServiceType& type);

// The appeal instructions (oikaisuvaatimusohje) in fi, sv or en (others -> fi).
std::string appeal_instructions(std::string_view language);

}  // namespace polku::decisions
