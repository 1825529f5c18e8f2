#include "platform/http/problem.hpp"

#include "platform/i18n/messages.hpp"

namespace polku::http {

boost::json::object problem_body(const Error& error, std::string_view language, std::string_view request_id) {
  boost::json::object body;
  body["type"] = "urn:polku:problem:" + error.message_key;
  body["title"] = i18n::message(error.message_key, language);
  body["status"] = http_status(error.code);
  body["detail"] = i18n::message(error.message_key, language);
  body["requestId"] = request_id;
  if (!error.fields.empty()) {
    boost::json::array errors;
    for (const auto& f : error.fields) {
      errors.push_back({{"field", f.field}, {"code", f.code}, {"message", i18n::message(f.code, language)}});
    }
    body["errors"] = std::move(errors);
  }
  return body;
}

Response problem_response(const Request& req, const Error& error) {
  auto res = json_response(req, static_cast<unsigned>(http_status(error.code)),
                           problem_body(error, req.language, req.request_id));
  res.set(bhttp::field::content_type, "application/problem+json");
  if (error.retry_after_seconds > 0) res.set(bhttp::field::retry_after, std::to_string(error.retry_after_seconds));
  return res;
}

}  // namespace polku::http
