// RFC 9457 problem details from an Error, in the request's language.
#pragma once
#include <boost/json.hpp>
#include <vector>

#include "platform/core/error.hpp"
#include "platform/http/request.hpp"

namespace polku::http {

boost::json::object problem_body(const Error& error, std::string_view language, std::string_view request_id);
Response problem_response(const Request& req, const Error& error);
inline Response problem_response(const Request& req, ErrorCode code, std::string key) {
  return problem_response(req, Error::make(code, std::move(key)));
}
// The answer to a service's result: its problem, or `as_json(value)` with `status`.
template <typename T, typename AsJson>
Response result_response(const Request& req, const Result<T>& result, AsJson&& as_json, unsigned status = 200) {
  if (!result) return problem_response(req, result.error());
  return json_response(req, status, as_json(result.value()));
}
// The answer to a list: its problem, or {"items": [as_json(each)]}.
template <typename T, typename AsJson>
Response items_response(const Request& req, const Result<std::vector<T>>& result, AsJson&& as_json) {
  if (!result) return problem_response(req, result.error());
  boost::json::array items;
  for (const auto& x : result.value()) items.push_back(as_json(x));
  return json_response(req, 200, boost::json::object{{"items", std::move(items)}});
}

inline Response not_found(const Request& req) { return problem_response(req, Error::not_found()); }
inline Response forbidden(const Request& req) { return problem_response(req, Error::forbidden()); }

}  // namespace polku::http
