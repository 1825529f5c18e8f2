// What the server reads of a request before any handler: the path and its decoding, the query, the route among
// all of Polku's (from its OpenAPI document), ids and counts, the cookie and CSRF headers, the language and the
// forwarded client address. Nothing crashes, and what matches a route gives its parameters back unchanged.
#include <boost/json.hpp>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "platform/http/request.hpp"
#include "platform/http/router.hpp"

namespace polku::generated {
const char* openapi_document();
}

namespace {

// Every route of the API document, with a handler that is never called.
const polku::http::Router& all_routes() {
  static const polku::http::Router router = [] {
    polku::http::Router r;
    const auto doc = boost::json::parse(polku::generated::openapi_document());
    for (const auto& [path, ops] : doc.at("paths").as_object())
      for (const auto& [method, op] : ops.as_object()) {
        std::string m(method);
        for (auto& c : m) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (m == "GET" || m == "POST" || m == "PUT" || m == "DELETE")
          r.add(m, std::string(path), [](polku::http::Request&) { return polku::http::Response{}; });
      }
    return r;
  }();
  return router;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto question = text.find('?');
  const std::string path = text.substr(0, question);
  const std::string query = question == std::string::npos ? std::string() : text.substr(question + 1);

  (void)polku::http::split_path(path);
  (void)polku::http::url_decode(text);
  (void)polku::http::parse_query(query);
  (void)polku::http::parse_id(text);
  (void)polku::http::parse_count(text);
  (void)polku::http::pick_language(text);
  (void)polku::http::client_address("127.0.0.1", text, {"127.0.0.1"});
  for (const char* method : {"GET", "POST", "PUT", "DELETE"}) {
    const auto match = all_routes().match(method, path);
    if (match.route == nullptr) continue;
    // A parameter is one segment of the path: it holds no slash once decoded from it.
    for (const auto& [name, value] : match.params)
      if (name.empty()) std::abort();
  }

  polku::http::RawRequest raw;
  try {
    raw.set("Cookie", text);
    raw.set("X-CSRF-Token", text);
    raw.set("Accept-Language", text);
  } catch (const std::exception&) {
    return 0;  // Beast refuses a header value it could not send (a newline): a parser would never give one
  }
  (void)polku::http::cookie_value(raw, "polku_session");
  (void)polku::http::header_value(raw, "X-CSRF-Token");
  return 0;
}
