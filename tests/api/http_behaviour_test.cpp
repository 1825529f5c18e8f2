// The HTTP layer's own answers: size limit, malformed JSON, unknown paths and
// methods, and the headers every response carries.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "api/api_test_helpers.hpp"
#include "api/raw_http.hpp"

namespace polku::api_test {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

class HttpBehaviour : public BackendTest {};

constexpr std::size_t kTwoMiB = 2 * 1024 * 1024;

std::string login_head(const std::string& framing) {
  return "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n"
         "Content-Type: application/json\r\n" +
         framing + "\r\n";
}

TEST_P(HttpBehaviour, BodyOverTheLimitIsPayloadTooLarge) {
  TestServer server(GetParam());
  World::build(server);
  const std::string body = "{\"username\":\"instructor\",\"password\":\"" + std::string(kTwoMiB, 'x') + "\"}";
  auto res = send_raw(server.port(), login_head("Content-Length: " + std::to_string(body.size()) + "\r\n"), body);
  auto problem = expect_problem(res, 413);
  EXPECT_EQ(problem_code(problem), "payload_too_large");
  EXPECT_EQ(text_at(problem, "title"), "The request is too large.");
  EXPECT_EQ(res.header("x-content-type-options"), "nosniff");
  // The server is still there, and instructor was not throttled by it.
  EXPECT_EQ(HttpClient(server.port()).login("instructor", testing::kTestPassword).status, 200);
}

TEST_P(HttpBehaviour, ChunkedBodyOverTheLimitIsPayloadTooLarge) {
  TestServer server(GetParam());
  std::string chunks;
  const std::string piece(64 * 1024, 'x');
  for (std::size_t sent = 0; sent < kTwoMiB; sent += piece.size()) chunks += "10000\r\n" + piece + "\r\n";
  chunks += "0\r\n\r\n";
  auto res = send_raw(server.port(), login_head("Transfer-Encoding: chunked\r\n"), chunks);
  EXPECT_EQ(problem_code(expect_problem(res, 413)), "payload_too_large");
}

TEST_P(HttpBehaviour, BodyJustUnderTheLimitIsRead) {
  TestServer server(GetParam());
  HttpClient client(server.port());
  const std::string body = "{\"username\":\"instructor\",\"password\":\"" + std::string(512 * 1024, 'x') + "\"}";
  auto res = client.request("POST", "/api/v1/auth/login", body);
  EXPECT_EQ(problem_code(expect_problem(res, 401)), "invalid_credentials");
}

TEST_P(HttpBehaviour, MalformedJsonIsBadRequest) {
  TestServer server(GetParam());
  auto w = World::build(server);
  HttpClient anonymous(server.port());
  auto res = anonymous.request("POST", "/api/v1/auth/login", "{\"username\": \"instructor\", ");
  EXPECT_EQ(problem_code(expect_problem(res, 400)), "invalid_json");
  auto not_object = anonymous.request("POST", "/api/v1/auth/login", "[\"instructor\"]");
  EXPECT_EQ(problem_code(expect_problem(not_object, 400)), "invalid_json");

  const auto client_path = "/api/v1/clients/" + std::to_string(w.client());
  auto instructor = w.sign_in("instructor");
  auto client = instructor.request("POST", "/api/v1/clients", "{firstNames: 'Kalle'}");
  EXPECT_EQ(problem_code(expect_problem(client, 400)), "invalid_json");
  auto edit = instructor.request("PUT", client_path, "not json at all");
  expect_problem(edit, 400);
  EXPECT_EQ(int_at(json_ok(instructor.get(client_path)), "version"), 1);
}

TEST_P(HttpBehaviour, UnknownApiPathIsNotFoundProblem) {
  TestServer server(GetParam());
  auto w = World::build(server);
  HttpClient anonymous(server.port());
  for (const char* path : {"/api/v1/nothing-here", "/api/v2/clients", "/api/v1/clients/1/nothing", "/api/"}) {
    EXPECT_EQ(problem_code(expect_problem(anonymous.get(path), 404)), "not_found") << path;
  }
  auto instructor = w.sign_in("instructor");
  expect_problem(instructor.get("/api/v1/nothing-here"), 404);
  expect_problem(instructor.post("/api/v1/nothing-here", json::object{}), 404);
}

TEST_P(HttpBehaviour, WrongMethodOnKnownPathIsClientErrorProblem) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto client_path = "/api/v1/clients/" + std::to_string(w.client());
  auto instructor = w.sign_in("instructor");
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"DELETE", client_path},
           {"GET", "/api/v1/auth/login"},
           {"PUT", "/api/v1/auth/me"},
           {"PATCH", "/api/v1/clients"},
       }) {
    auto res = instructor.request(method, path);
    EXPECT_GE(res.status, 400) << method << " " << path;
    EXPECT_LT(res.status, 500) << method << " " << path;
    EXPECT_EQ(res.status, 405) << method << " " << path << " is a known path";
    EXPECT_FALSE(res.header("allow").empty()) << method << " " << path;
    expect_problem(res, res.status);
  }
  EXPECT_EQ(instructor.get(client_path).status, 200);  // DELETE did nothing
}

TEST_P(HttpBehaviour, ResponsesCarryRequestIdAndSecurityHeaders) {
  TestServer server(GetParam());
  auto w = World::build(server);
  HttpClient anonymous(server.port());
  auto instructor = w.sign_in("instructor");
  std::set<std::string> ids;
  for (auto res : {anonymous.get("/healthz"), anonymous.get("/api/v1/openapi.json"), anonymous.get("/api/v1/auth/me"),
                   anonymous.get("/api/v1/nothing-here"), instructor.get("/api/v1/clients"),
                   instructor.get("/api/v1/auth/me"), instructor.post("/api/v1/clients", json::object{})}) {
    const auto id = res.header("x-request-id");
    EXPECT_FALSE(id.empty()) << res.status << " " << res.body;
    ids.insert(id);
    EXPECT_EQ(res.header("x-content-type-options"), "nosniff") << res.status;
    EXPECT_EQ(res.header("x-frame-options"), "DENY") << res.status;
    EXPECT_FALSE(res.header("content-security-policy").empty()) << res.status;
  }
  EXPECT_EQ(ids.size(), 7U) << "request ids are unique";

  auto traced = anonymous.request("GET", "/healthz", {}, {{"X-Request-Id", "from-the-proxy-1"}});
  EXPECT_EQ(traced.header("x-request-id"), "from-the-proxy-1");
  auto too_long = anonymous.request("GET", "/healthz", {}, {{"X-Request-Id", std::string(200, 'r')}});
  EXPECT_FALSE(too_long.header("x-request-id").empty());
  EXPECT_NE(too_long.header("x-request-id"), std::string(200, 'r'));
}

TEST_P(HttpBehaviour, ClientDataIsJsonAndNotCachedByTheBrowser) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto client_path = "/api/v1/clients/" + std::to_string(w.client());
  auto instructor = w.sign_in("instructor");
  auto res = instructor.get(client_path);
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.header("content-type").rfind("application/json", 0), 0U) << res.header("content-type");
  const auto cache = res.header("cache-control");
  EXPECT_NE(cache.find("no-store"), std::string::npos) << "Cache-Control: " << cache;
}

POLKU_API_TEST_BACKENDS(HttpBehaviour);

}  // namespace
}  // namespace polku::api_test
