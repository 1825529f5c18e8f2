// Reading request bodies: JSON parsing and typed field access with safe defaults.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/http/request.hpp"

namespace polku::http {

// The body as a JSON object, or a 400 problem.
Result<boost::json::object> json_object_body(const Request& req);

std::string string_field(const boost::json::object& o, std::string_view key);
bool bool_field(const boost::json::object& o, std::string_view key, bool fallback = false);
std::optional<long long> int_field(const boost::json::object& o, std::string_view key);
// A count such as days a week: 0 when absent; -1 when negative or absurdly large,
// which every range check then refuses.
int count_field(const boost::json::object& o, std::string_view key);
// The strings of an array field; other elements are skipped.
std::vector<std::string> string_list_field(const boost::json::object& o, std::string_view key);

inline boost::json::value nullable(std::optional<long long> v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}
// An unset text or date ("") or number (0) of a record is null in JSON.
inline boost::json::value text_or_null(const std::string& d) {
  return d.empty() ? boost::json::value(nullptr) : boost::json::value(d);
}
inline boost::json::value int_or_null(int v) { return v == 0 ? boost::json::value(nullptr) : boost::json::value(v); }

}  // namespace polku::http
