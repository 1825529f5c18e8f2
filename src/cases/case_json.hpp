// The cases module's JSON: request bodies to records, records to responses
// (field names as in api/openapi.json).
#pragma once
#include <boost/json.hpp>

#include "cases/case.hpp"
#include "cases/case_access.hpp"
#include "cases/case_service.hpp"
#include "cases/process_model.hpp"

namespace polku::cases::json_mapping {

namespace json = boost::json;

Referral referral_from(const json::object& o);
Assessment assessment_from(const json::object& o);
Plan plan_from(const json::object& o);
End end_from(const json::object& o);
FollowUp follow_up_from(const json::object& o);
std::vector<ProcessStepInput> steps_from(const json::object& o);

json::object to_json(const CaseView& v, std::string_view language);
json::object to_json(const CaseSummary& s, const std::string& responsible_role);
// Without details (a provider's view) the entry keeps what happened and when, not the why.
json::object to_json(const TimelineEntry& t, bool details = true);
json::object to_json(const ProcessModel& m);

}  // namespace polku::cases::json_mapping
