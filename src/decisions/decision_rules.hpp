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

// The appeal instructions as data: a change of law is a new row from the day it is in force.
struct AppealText {
  std::string service_type;  // "" for every service type without rows of its own
  std::string language;      // fi, sv, en
  std::string valid_from;    // YYYY-MM-DD
  std::string text;          // paragraphs apart by a blank line; {authority} is where the review authority is named
};
const std::vector<AppealText>& appeal_texts();

// The appeal instructions (oikaisuvaatimusohje) of a decision of `service_type` made on `decided_on`, in
// `language` (fi, sv, en; others fi): the row in force that day (a day before every row: the first), naming
// `authority`, the purchaser's body that decides on a request for review.
std::string appeal_instructions(std::string_view service_type, std::string_view language, std::string_view decided_on,
                                std::string_view authority);

}  // namespace polku::decisions
