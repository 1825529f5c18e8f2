// One HTTP exchange as the handlers see it.
#pragma once
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/auth/auth_context.hpp"
#include "platform/work/caller.hpp"

namespace polku::http {

namespace bhttp = boost::beast::http;
using RawRequest = bhttp::request<bhttp::string_body>;
using Response = bhttp::response<bhttp::string_body>;

struct Request {
  RawRequest raw;
  std::string path;
  std::string route;  // the matched pattern, e.g. /api/v1/clients/{id}
  std::map<std::string, std::string> params;
  std::map<std::string, std::string> query;
  std::string request_id;
  std::string client_address;  // the peer's, or the client's as a trusted proxy names it (client_address)
  std::string language = "fi";
  std::optional<auth::AuthContext> auth;
  // Set by a handler whose answer may leave only after durable work (the audit
  // record's group commit) is done; it calls its argument with the outcome.
  // The worker thread is free meanwhile.
  std::function<void(std::function<void(bool ok)>)> hold_until;
  // The client data this request read, and refused attempts: the dispatcher
  // holds the answer until these access log entries are committed.
  std::vector<audit::AuditEvent> access_events;

  const auth::AuthContext& user() const { return *auth; }
  std::string endpoint() const { return std::string(raw.method_string()) + " " + route; }
  std::string param(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
  }
  std::string query_value(const std::string& name) const {
    auto it = query.find(name);
    return it == query.end() ? std::string() : it->second;
  }
  std::optional<long long> id_param(const std::string& name = "id") const;
  // The signed-in user as services see them: access, actor, and this request's access log.
  work::Caller caller() { return work::Caller{user(), {user().user_id, endpoint(), request_id}, &access_events}; }
};

// A positive decimal id; nullopt for "", "12x", "-1" or one too large.
std::optional<long long> parse_id(std::string_view text);
// A whole number >= 0 written in digits only ("abc", "-1", "1.5" are nullopt).
std::optional<long long> parse_count(std::string_view text);

Response json_response(const Request& req, unsigned status, const boost::json::value& body);
Response empty_response(const Request& req, unsigned status);
// The language of a file asked for with ?lang= (a link the browser follows sends its own Accept-Language, not the
// UI's), else the request's.
std::string file_language(const Request& req);
// A file to save: its type, and its name in Content-Disposition (RFC 8187, so that ä and ö survive).
Response download_response(const Request& req, const std::string& content_type, const std::string& file_name,
                           std::string body);
std::string header_value(const RawRequest& raw, std::string_view name);
std::string cookie_value(const RawRequest& raw, std::string_view name);
std::string pick_language(std::string_view accept_language);
// The client's address: the peer's, unless the peer is a trusted proxy; then the last address of X-Forwarded-For
// that is no trusted proxy (each proxy appends the one it saw, so what comes before it may be forged).
std::string client_address(const std::string& peer, std::string_view forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

}  // namespace polku::http
