// Small helpers shared by the API tests: signed-in clients, problem-details
// checks and JSON look-ups.
#pragma once
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <string>

#include "support/fixtures.hpp"
#include "support/source_location.hpp"
#include "support/test_server.hpp"

namespace polku::api_test {

namespace json = boost::json;
using testing::HttpClient;
using testing::HttpResponse;
using testing::TestServer;
using testing::World;

// Every API suite runs once per backend.
class BackendTest : public ::testing::TestWithParam<std::string> {};

inline std::string text(const json::value& v) { return v.is_string() ? std::string(v.as_string()) : std::string(); }

inline std::string text_at(const json::value& v, std::string_view key) {
  if (!v.is_object()) return {};
  const auto* found = v.as_object().if_contains(key);
  return found ? text(*found) : std::string();
}

inline long long int_at(const json::value& v, std::string_view key) {
  if (!v.is_object()) return 0;
  const auto* found = v.as_object().if_contains(key);
  if (found == nullptr) return 0;
  if (found->is_int64()) return found->as_int64();
  if (found->is_uint64()) return static_cast<long long>(found->as_uint64());
  return 0;
}

inline json::value parse_or_null(const std::string& body) {
  boost::system::error_code ec;
  auto v = json::parse(body, ec);
  return ec ? json::value() : v;
}

// A client signed in as `username` with `password`, in `language` (fixture users: World::sign_in).
inline HttpClient signed_in(TestServer& server, const std::string& username, const std::string& language,
                            const std::string& password) {
  HttpClient client(server.port());
  client.language = language;
  auto res = client.login(username, password);
  EXPECT_EQ(res.status, 200) << "sign-in as " << username << ": " << res.body;
  return client;
}

// Checks an RFC 9457 problem answer and returns its body: the status, the media
// type, type/title/status/requestId, and that requestId is the X-Request-Id header.
// Failures name the caller's line.
inline json::value expect_problem(const HttpResponse& res, int status,
                                  polku::testing::SourceLocation where = polku::testing::SourceLocation::current()) {
  const ::testing::ScopedTrace trace(where.file_name(), static_cast<int>(where.line()), "expect_problem");
  const auto shown = res.body.substr(0, 300);
  EXPECT_EQ(res.status, status) << shown;
  if (res.header("content-type") != "application/problem+json") {
    ADD_FAILURE() << "not a problem: " << res.status << " " << res.header("content-type") << " " << shown;
    return parse_or_null(res.body);
  }
  auto body = parse_or_null(res.body);
  EXPECT_TRUE(body.is_object()) << "not a JSON object: " << shown;
  if (!body.is_object()) return body;
  EXPECT_EQ(text_at(body, "type").rfind("urn:polku:problem:", 0), 0U) << shown;
  EXPECT_FALSE(text_at(body, "title").empty()) << shown;
  EXPECT_EQ(int_at(body, "status"), res.status) << shown;
  EXPECT_FALSE(text_at(body, "requestId").empty()) << shown;
  EXPECT_EQ(text_at(body, "requestId"), res.header("x-request-id")) << shown;
  return body;
}

// The problem's code: the part of `type` after "urn:polku:problem:".
inline std::string problem_code(const json::value& problem) {
  const std::string type = text_at(problem, "type");
  const auto colon = type.rfind(':');
  return colon == std::string::npos ? type : type.substr(colon + 1);
}

// The field error of `field` in a 422 problem, or null when there is none.
inline json::value field_error(const json::value& problem, const std::string& field) {
  if (!problem.is_object()) return nullptr;
  const auto* errors = problem.as_object().if_contains("errors");
  if (errors == nullptr || !errors->is_array()) return nullptr;
  for (const auto& e : errors->as_array()) {
    if (text_at(e, "field") == field) return e;
  }
  return nullptr;
}

inline bool has_field_error(const json::value& problem, const std::string& field, const std::string& code) {
  if (!problem.is_object()) return false;
  const auto* errors = problem.as_object().if_contains("errors");
  if (errors == nullptr || !errors->is_array()) return false;
  for (const auto& e : errors->as_array()) {
    if (text_at(e, "field") == field && text_at(e, "code") == code && !text_at(e, "message").empty()) return true;
  }
  return false;
}

// A copy, so that `for (auto& x : items_of(json))` is safe. For an answer use items_ok, which checks the status.
inline json::array items_of(const json::value& list) {
  if (!list.is_object()) return {};
  const auto* items = list.as_object().if_contains("items");
  return items != nullptr && items->is_array() ? items->as_array() : json::array{};
}

// The items of a list answer after checking that it is a 200: an error answer has no items, so a test
// that expects none would pass on it. Failures name the caller's line.
inline json::array items_ok(const HttpResponse& res,
                            polku::testing::SourceLocation where = polku::testing::SourceLocation::current()) {
  const ::testing::ScopedTrace trace(where.file_name(), static_cast<int>(where.line()), "items_ok");
  EXPECT_EQ(res.status, 200) << res.body.substr(0, 300);
  if (res.status != 200) return {};
  return items_of(parse_or_null(res.body));
}

// The JSON of an answer after checking its status (200 unless given).
inline json::value json_ok(const HttpResponse& res, int status = 200,
                           polku::testing::SourceLocation where = polku::testing::SourceLocation::current()) {
  const ::testing::ScopedTrace trace(where.file_name(), static_cast<int>(where.line()), "json_ok");
  EXPECT_EQ(res.status, status) << res.body.substr(0, 300);
  return parse_or_null(res.body);
}

}  // namespace polku::api_test

#define POLKU_API_TEST_BACKENDS(Suite)                                                              \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::ValuesIn(::polku::testing::test_backends()), \
                           ::polku::testing::BackendName())
