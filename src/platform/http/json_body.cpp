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

int count_field(const boost::json::object& o, std::string_view key) {
  auto v = int_field(o, key);
  if (!v) return 0;
  return (*v < 0 || *v > 100000) ? -1 : static_cast<int>(*v);
}

std::vector<std::string> string_list_field(const boost::json::object& o, std::string_view key) {
  std::vector<std::string> out;
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_array()) return out;
  for (const auto& v : it->value().as_array())
    if (v.is_string()) out.emplace_back(v.as_string());
  return out;
}

}  // namespace polku::http
