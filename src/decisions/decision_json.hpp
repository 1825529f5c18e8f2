// The decisions module's JSON: request bodies to decisions and notices, and back
// (field names as in api/openapi.json).
#pragma once
#include <boost/json.hpp>

#include "decisions/decision.hpp"

namespace polku::decisions::json_mapping {

namespace json = boost::json;

Notice notice_from(const json::object& o);
DecisionInput decision_from(const json::object& o);
json::object to_json(const Decision& d);
json::object to_json(const Notice& n);

}  // namespace polku::decisions::json_mapping
