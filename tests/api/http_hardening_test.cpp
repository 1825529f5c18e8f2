// The HTTP layer under abuse, over real sockets (the HTTP layer is one for both databases: SQLite here): headers
// over the limit and malformed requests are answered 400 and closed, slow clients are cut off at the read timeout
// while others are served, 2,000 idle connections do not stop it, static files never leave the web root however
// the path is encoded, invalid UTF-8 and deeply nested JSON are refused, and every answer carries the security
// headers (HSTS when served over TLS).
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "api/api_test_helpers.hpp"
#include "api/raw_http.hpp"

namespace polku::api_test {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;

const std::string kHead = "Host: 127.0.0.1\r\nAccept-Language: en\r\n";

std::string get(const std::string& target, const std::string& extra = {}) {
  return "GET " + target + " HTTP/1.1\r\n" + kHead + extra + "\r\n";
}

std::string post_json(const std::string& target, const std::string& body) {
  return "POST " + target + " HTTP/1.1\r\n" + kHead +
         "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// True when the server ends the connection without an answer within `wait`.
bool closed_without_answer(asio::ip::tcp::socket& socket, std::chrono::milliseconds wait) {
  socket.non_blocking(true);
  const auto until = std::chrono::steady_clock::now() + wait;
  char byte = 0;
  while (std::chrono::steady_clock::now() < until) {
    boost::system::error_code ec;
    const auto n = socket.read_some(asio::buffer(&byte, 1), ec);
    if (ec == asio::error::would_block) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      continue;
    }
    return n == 0 && ec;  // EOF or reset, nothing read
  }
  return false;
}

TEST(HttpHardening, AHeaderOverTheLimitIsRefusedAndClosed) {
  TestServer server("sqlite");
  auto res =
      try_send_raw(server.port(), get("/healthz", "Cookie: polku_session=" + std::string(20 * 1024, 'a') + "\r\n"));
  ASSERT_TRUE(res) << "answered, not dropped";
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(problem_code(res->json()), "header_too_large");
  EXPECT_EQ(res->header("connection"), "close");
  EXPECT_EQ(send_raw(server.port(), get("/healthz"), {}).status, 200);
}

TEST(HttpHardening, MalformedRequestsAreBadRequestsAndTheServerGoesOn) {
  TestServer server("sqlite");
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"no version", "GET /healthz\r\n\r\n"},
      {"an unknown version", "GET /healthz HTTP/9.9\r\n" + kHead + "\r\n"},
      {"a header without a colon", "GET /healthz HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n"},
      {"a length that is no number", "POST /api/v1/auth/login HTTP/1.1\r\n" + kHead + "Content-Length: ten\r\n\r\n"},
      {"two lengths",
       "POST /api/v1/auth/login HTTP/1.1\r\n" + kHead + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"},
      {"a control character in a header",
       "GET /healthz HTTP/1.1\r\nHost: a\x01"
       "b\r\n\r\n"},
      {"binary noise", std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15)},
  };
  for (const auto& [name, bytes] : cases) {
    auto res = try_send_raw(server.port(), bytes);
    ASSERT_TRUE(res) << name << ": answered";
    EXPECT_EQ(res->status, 400) << name;
    EXPECT_EQ(res->header("x-content-type-options"), "nosniff") << name;
  }
  EXPECT_EQ(send_raw(server.port(), get("/healthz"), {}).status, 200);
}

// A client that sends its header or its body too slowly is cut off at the read timeout; a client meanwhile is
// served at once.
TEST(HttpHardening, SlowClientsAreCutOffWhileOthersAreServed) {
  TestServer server("sqlite", {}, [](config::Config& c) { c.read_timeout_seconds = 1; });
  asio::io_context ioc;
  asio::ip::tcp::socket slow_header(ioc), slow_body(ioc);
  slow_header.connect({asio::ip::make_address("127.0.0.1"), server.port()});
  slow_body.connect({asio::ip::make_address("127.0.0.1"), server.port()});
  asio::write(slow_header, asio::buffer(std::string("GET /healthz HTTP/1.1\r\nHo")));
  const std::string head = "POST /api/v1/auth/login HTTP/1.1\r\n" + kHead + "Content-Length: 100\r\n\r\n{\"user";
  asio::write(slow_body, asio::buffer(head));
  EXPECT_EQ(send_raw(server.port(), get("/healthz"), {}).status, 200) << "served while two clients dawdle";
  // A byte now and then does not keep a connection alive past the timeout.
  asio::write(slow_header, asio::buffer(std::string("s")));
  EXPECT_TRUE(closed_without_answer(slow_header, std::chrono::milliseconds(3000)));
  EXPECT_TRUE(closed_without_answer(slow_body, std::chrono::milliseconds(3000)));
}

TEST(HttpHardening, TwoThousandIdleConnectionsDoNotStopTheServer) {
  // The client's and the server's ends share this process: 4,000 descriptors and some.
  rlimit limit{};
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &limit), 0);
  if (limit.rlim_cur < 8192 && limit.rlim_max > limit.rlim_cur) {
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &limit), 0);
  }
  ASSERT_GE(limit.rlim_cur, 4200U) << "the machine allows too few open files for this test";
  TestServer server("sqlite");
  asio::io_context ioc;
  std::vector<asio::ip::tcp::socket> idle;
  idle.reserve(2000);
  for (int i = 0; i < 2000; ++i) {
    idle.emplace_back(ioc);
    idle.back().connect({asio::ip::make_address("127.0.0.1"), server.port()});
  }
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(send_raw(server.port(), get("/healthz"), {}).status, 200);
  EXPECT_EQ(send_raw(server.port(), post_json("/api/v1/auth/login", R"({"username":"x","password":"y"})"), {}).status,
            401);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  // Each idle one is still open and served when it speaks.
  asio::write(idle[1234], asio::buffer(get("/healthz")));
  boost::beast::flat_buffer buffer;
  boost::beast::http::response<boost::beast::http::string_body> res;
  boost::beast::http::read(idle[1234], buffer, res);
  EXPECT_EQ(res.result_int(), 200);
}

// The web root holds the UI; beside it a file that must never be served, however the path is spelled.
TEST(HttpHardening, StaticFilesNeverLeaveTheWebRoot) {
  const fs::path base = fs::temp_directory_path() / ("polku-webroot-" + std::to_string(::getpid()));
  fs::create_directories(base / "dist" / "assets");
  std::ofstream(base / "dist" / "index.html") << "<!doctype html><title>Polku</title>";
  std::ofstream(base / "dist" / "assets" / "app.js") << "console.log('polku')";
  std::ofstream(base / "secret.txt") << "TOP-SECRET";
  TestServer server("sqlite", {}, [&](config::Config& c) { c.web_root = (base / "dist").string(); });
  auto app = send_raw(server.port(), get("/assets/app.js"), {});
  EXPECT_EQ(app.status, 200);
  EXPECT_EQ(app.body, "console.log('polku')");
  for (const char* target :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/assets/..%2f..%2fsecret.txt", "/assets/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%5csecret.txt",
        "/assets/..\\..\\secret.txt", "/%252e%252e/secret.txt", "/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt",
        "/secret.txt%00.js", "//secret.txt", "/assets/./../../secret.txt"}) {
    auto res = try_send_raw(server.port(), get(target));
    if (!res) continue;  // refused outright
    EXPECT_EQ(res->body.find("TOP-SECRET"), std::string::npos) << target;
    EXPECT_NE(res->status, 500) << target;
  }
  fs::remove_all(base);
}

TEST(HttpHardening, InvalidUtf8AndDeeplyNestedJsonAreBadRequests) {
  TestServer server("sqlite");
  const std::string nested_arrays = std::string(100000, '[') + std::string(100000, ']');
  std::string nested_objects;
  for (int i = 0; i < 20000; ++i) nested_objects += "{\"a\":";
  nested_objects += "1" + std::string(20000, '}');
  for (const auto& body : {std::string("{\"username\":\"\xff\xfe\",\"password\":\"x\"}"),
                           std::string("{\"username\":\"\xc3\",\"password\":\"x\"}"), nested_arrays, nested_objects}) {
    auto res = send_raw(server.port(), post_json("/api/v1/auth/login", body), {});
    EXPECT_EQ(res.status, 400) << body.substr(0, 40);
    EXPECT_EQ(problem_code(res.json()), "invalid_json") << body.substr(0, 40);
  }
  EXPECT_EQ(send_raw(server.port(), get("/healthz"), {}).status, 200);
}

void expect_security_headers(const HttpResponse& res, const std::string& what, bool tls) {
  const auto csp = res.header("content-security-policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << what << ": " << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << what;
  EXPECT_EQ(csp.find("script-src"), std::string::npos) << what << ": scripts only from Polku itself, none inline";
  EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << what;
  EXPECT_EQ(res.header("x-content-type-options"), "nosniff") << what;
  EXPECT_EQ(res.header("x-frame-options"), "DENY") << what;
  EXPECT_EQ(res.header("referrer-policy"), "same-origin") << what;
  EXPECT_EQ(res.header("strict-transport-security").empty(), !tls) << what;
  if (tls) EXPECT_NE(res.header("strict-transport-security").find("max-age=31536000"), std::string::npos) << what;
}

// Every kind of answer: an open route, a refused session, an unknown path, a static file, a body too large, a
// header too large and a request that could not be read.
TEST(HttpHardening, EveryAnswerCarriesTheSecurityHeaders) {
  for (const bool tls : {false, true}) {
    TestServer server("sqlite", {}, [&](config::Config& c) { c.secure_cookies = tls; });
    const std::vector<std::pair<const char*, std::string>> requests = {
        {"healthz", get("/healthz")},
        {"no session", get("/api/v1/auth/me")},
        {"unknown api", get("/api/v1/nothing-here")},
        {"static", get("/index.html")},
        {"too large", "POST /api/v1/auth/login HTTP/1.1\r\n" + kHead + "Content-Length: 99999999\r\n\r\n"},
        {"header too large", get("/healthz", "X-Big: " + std::string(20 * 1024, 'b') + "\r\n")},
        {"malformed", "GET /healthz HTTP/9.9\r\n\r\n"},
    };
    for (const auto& [name, bytes] : requests) {
      auto res = try_send_raw(server.port(), bytes);
      ASSERT_TRUE(res) << name;
      expect_security_headers(*res, name, tls);
    }
  }
}

}  // namespace
}  // namespace polku::api_test
