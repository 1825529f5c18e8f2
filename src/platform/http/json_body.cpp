#include "platform/http/json_body.hpp"

namespace polku::http {

Result<boost::json::object> json_object_body(const Request& req) {
  boost::system::error_code ec;
  auto value = boost::json::parse(req.raw.body(), ec);
  if (ec || !value.is_object()) return Error::make(ErrorCode::kBadRequest, "invalid_json", ec.message());
  return std::move(value.as_object());
}

std::string string_field(const boost::json::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_string()) return {};
  return std::string(it->value().as_string());
}

bool bool_field(const boost::json::object& o, std::string_view key, bool fallback) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_bool()) return fallback;
  return it->value().as_bool();
}

std::optional<long long> int_field(const boost::json::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end()) return std::nullopt;
  if (it->value().is_int64()) return it->value().as_int64();
  if (it->value().is_uint64()) return static_cast<long long>(it->value().as_uint64());
  if (it->value().is_double()) {
    double d = it->value().as_double();
    if (d == static_cast<double>(static_cast<long long>(d))) return static_cast<long long>(d);
  }
  return std::nullopt;
}

}  // namespace polku::http
