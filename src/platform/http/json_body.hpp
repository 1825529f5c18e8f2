// Reading request bodies: JSON parsing and typed field access with safe defaults.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "platform/core/error.hpp"
#include "platform/http/request.hpp"

namespace polku::http {

// The body as a JSON object, or a 400 problem.
Result<boost::json::object> json_object_body(const Request& req);

std::string string_field(const boost::json::object& o, std::string_view key);
bool bool_field(const boost::json::object& o, std::string_view key, bool fallback = false);
std::optional<long long> int_field(const boost::json::object& o, std::string_view key);

inline boost::json::value nullable(std::optional<long long> v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace polku::http
