// Pure rules of the case: validation of each stage's record and the
// table-driven transition guards (which stage may follow which, and what must
// be recorded first). A refused transition names every unmet guard.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cases/case.hpp"
#include "platform/core/error.hpp"
#include "service_types/service_type.hpp"

namespace polku::cases {

std::vector<FieldError> validate_referral(const Referral& r);
std::vector<FieldError> validate_assessment(const Assessment& a);
// Also checks hours a day, days a week and length against the type's limits in force on the start date.
std::vector<FieldError> validate_plan(const Plan& p, const service_types::ServiceType& type);
std::vector<FieldError> validate_end(const End& e);
std::vector<FieldError> validate_follow_up(const FollowUp& f);
std::vector<FieldError> validate_notice(const Notice& n);
// 422 case_closed on stage: a closed case keeps its records as they were.
Error case_closed_error();

// The § 9 content of a KTT plan is all there.
bool ktt_content_complete(const Plan& p);
// KTT interrupted or refused without an acceptable reason: the employment authority is told.
bool notifies_employment_authority(const service_types::ServiceType& type, const End& e);

// What the guards need to know besides the case itself.
struct TransitionContext {
  std::string today;                      // YYYY-MM-DD, Europe/Helsinki
  std::vector<std::string> extra_guards;  // from the agreement hook (issue 5), for start -> implementation
};

// The stage after `stage`, or "" for closed.
std::string next_stage(std::string_view stage);

// Every unmet guard for moving `c` to `target`; empty means allowed.
std::vector<std::string> evaluate_transition(const Case& c, std::string_view target,
                                             const service_types::ServiceType& type, const TransitionContext& context);

// Notices the case should have by now and has not (shop_steward, employment_authority_start, ...).
std::vector<std::string> missing_notices(const Case& c, const service_types::ServiceType& type);

// A signed decision, not replaced, whose period has not ended by `today`.
bool has_valid_decision(const Case& c, std::string_view today);

}  // namespace polku::cases
