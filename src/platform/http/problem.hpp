// RFC 9457 problem details from an Error, in the request's language.
#pragma once
#include <boost/json.hpp>

#include "platform/core/error.hpp"
#include "platform/http/request.hpp"

namespace polku::http {

boost::json::object problem_body(const Error& error, std::string_view language, std::string_view request_id);
Response problem_response(const Request& req, const Error& error);
inline Response problem_response(const Request& req, ErrorCode code, std::string key) {
  return problem_response(req, Error::make(code, std::move(key)));
}
inline Response not_found(const Request& req) { return problem_response(req, Error::not_found()); }
inline Response forbidden(const Request& req) { return problem_response(req, Error::forbidden()); }

}  // namespace polku::http
