// The contract test: the router's routes and the served OpenAPI document name
// the same operations with the same security, and every 4xx is a problem.
#include <set>
#include <thread>

#include "api/api_test_helpers.hpp"
#include "app/app.hpp"

namespace polku::api_test {
namespace {

// An App of our own (TestServer keeps its App private), so the test can read
// the router and fetch the document the same App serves.
class ServedApp {
 public:
  explicit ServedApp(const std::string& backend) : database_(backend) {
    database_.close();
    config::Config c;
    c.database_url = database_.url();
    c.database_pool_size = 2;
    c.listen_host = "127.0.0.1";
    c.listen_port = 0;
    c.web_root = "does-not-exist";
    c.io_threads = 1;
    c.worker_threads = 2;
    app_ = std::make_unique<app::App>(c);
    port_ = app_->listen();
    thread_ = std::thread([this] { app_->run(false); });
  }
  ~ServedApp() {
    app_->stop();
    thread_.join();
  }
  ServedApp(const ServedApp&) = delete;
  ServedApp& operator=(const ServedApp&) = delete;
  const http::Router& router() const { return app_->router(); }
  unsigned short port() const { return port_; }

 private:
  testing::TestDatabase database_;
  std::unique_ptr<app::App> app_;
  std::thread thread_;
  unsigned short port_ = 0;
};

using Operation = std::pair<std::string, std::string>;  // (METHOD, path)

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string describe(const std::set<Operation>& ops) {
  std::string out;
  for (const auto& [m, p] : ops) out += "  " + m + " " + p + "\n";
  return out;
}

const std::set<std::string> kMethods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"};

json::object served_document(unsigned short port) {
  HttpClient client(port);
  auto res = client.get("/api/v1/openapi.json");
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.header("content-type").rfind("application/json", 0), 0U) << res.header("content-type");
  auto doc = parse_or_null(res.body);
  return doc.is_object() ? doc.as_object() : json::object{};
}

// Each documented operation with its object.
std::map<Operation, json::object> documented(const json::object& doc) {
  std::map<Operation, json::object> out;
  const auto* paths = doc.if_contains("paths");
  if (paths == nullptr || !paths->is_object()) return out;
  for (const auto& [path, item] : paths->as_object()) {
    for (const auto& [method, op] : item.as_object()) {
      if (kMethods.count(std::string(method)) != 0 && op.is_object()) {
        out[{upper(std::string(method)), std::string(path)}] = op.as_object();
      }
    }
  }
  return out;
}

// The security schemes an operation needs: its own list, else the document's.
std::set<std::string> schemes(const json::object& doc, const json::object& op) {
  const json::value* security = op.if_contains("security");
  if (security == nullptr) security = doc.if_contains("security");
  std::set<std::string> out;
  if (security == nullptr || !security->is_array()) return out;
  for (const auto& requirement : security->as_array()) {
    for (const auto& kv : requirement.as_object()) out.emplace(kv.key());
  }
  return out;
}

bool state_changing(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

std::string concrete(std::string pattern) {
  for (auto at = pattern.find('{'); at != std::string::npos; at = pattern.find('{')) {
    pattern.replace(at, pattern.find('}', at) - at + 1, "1");
  }
  return pattern;
}

class OpenApiContract : public BackendTest {};

TEST_P(OpenApiContract, RouterAndDocumentNameTheSameOperations) {
  ServedApp served(GetParam());
  const auto doc = served_document(served.port());
  ASSERT_FALSE(doc.empty());

  std::set<Operation> routed;
  for (const auto& route : served.router().routes()) routed.insert({route.method, route.pattern});
  std::set<Operation> in_document;
  for (const auto& [op, body] : documented(doc)) in_document.insert(op);
  ASSERT_FALSE(routed.empty());

  std::set<Operation> undocumented, unrouted;
  for (const auto& op : routed)
    if (in_document.count(op) == 0) undocumented.insert(op);
  for (const auto& op : in_document)
    if (routed.count(op) == 0) unrouted.insert(op);
  EXPECT_TRUE(undocumented.empty()) << "routes missing from openapi.json:\n" << describe(undocumented);
  EXPECT_TRUE(unrouted.empty()) << "documented operations the router lacks:\n" << describe(unrouted);
}

TEST_P(OpenApiContract, DocumentedSecurityMatchesRoutePolicy) {
  ServedApp served(GetParam());
  const auto doc = served_document(served.port());
  const auto ops = documented(doc);
  for (const auto& route : served.router().routes()) {
    auto it = ops.find({route.method, route.pattern});
    if (it == ops.end()) continue;  // reported by the test above
    const auto needs = schemes(doc, it->second);
    const std::string name = route.method + " " + route.pattern;
    EXPECT_EQ(needs.count("sessionCookie") != 0, route.options.requires_auth) << name;
    const bool csrf = route.options.requires_auth && route.options.check_csrf && state_changing(route.method);
    EXPECT_EQ(needs.count("csrfToken") != 0, csrf) << name;
    const auto* responses = it->second.if_contains("responses");
    ASSERT_NE(responses, nullptr) << name;
    if (route.options.requires_auth) {
      EXPECT_NE(responses->as_object().if_contains("401"), nullptr) << name;
    }
    if (csrf) {
      EXPECT_NE(responses->as_object().if_contains("403"), nullptr) << name;
    }
  }
}

TEST_P(OpenApiContract, EveryRouteAnswersWithoutSessionWithAProblemOr2xx) {
  ServedApp served(GetParam());
  const auto ops = documented(served_document(served.port()));
  HttpClient anonymous(served.port());
  for (const auto& route : served.router().routes()) {
    const std::string name = route.method + " " + route.pattern;
    auto res = anonymous.request(route.method, concrete(route.pattern), state_changing(route.method) ? "{}" : "");
    EXPECT_FALSE(res.header("x-request-id").empty()) << name;
    if (route.options.requires_auth) {
      EXPECT_EQ(problem_code(expect_problem(res, 401)), "unauthenticated") << name;
    } else if (res.status >= 400) {
      EXPECT_LT(res.status, 500) << name << ": " << res.body;
      expect_problem(res, res.status);
      auto it = ops.find({route.method, route.pattern});
      if (it != ops.end() && it->second.contains("responses")) {
        EXPECT_TRUE(it->second.at("responses").as_object().contains(std::to_string(res.status)))
            << name << " answered " << res.status << ", which the document does not list";
      }
    } else {
      EXPECT_LT(res.status, 300) << name;
    }
  }
}

TEST_P(OpenApiContract, EveryStateChangeWithoutCsrfTokenIsAForbiddenProblem) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto admin = w.sign_in("admin");
  admin.send_csrf = false;
  ServedApp served(GetParam());  // only for its routes
  for (const auto& route : served.router().routes()) {
    if (!route.options.requires_auth || !route.options.check_csrf || !state_changing(route.method)) continue;
    auto res = admin.request(route.method, concrete(route.pattern), "{}");
    EXPECT_EQ(problem_code(expect_problem(res, 403)), "csrf_failed") << route.method << " " << route.pattern;
  }
  EXPECT_EQ(admin.get("/api/v1/auth/me").status, 200);  // the session was not ended
}

TEST_P(OpenApiContract, ProblemsAreLocalisedAndCarryTheRequestId) {
  TestServer server(GetParam());
  for (const char* language : {"fi", "sv", "en"}) {
    HttpClient client(server.port());
    client.language = language;
    auto res = client.request("GET", "/api/v1/auth/me", {}, {{"X-Request-Id", std::string("contract-") + language}});
    auto problem = expect_problem(res, 401);
    EXPECT_EQ(text_at(problem, "requestId"), std::string("contract-") + language);
    EXPECT_FALSE(text_at(problem, "detail").empty());
  }
  HttpClient fi(server.port()), sv(server.port()), en(server.port());
  sv.language = "sv-FI,sv;q=0.9";
  en.language = "en-GB,en;q=0.8";
  const auto t_fi = text_at(expect_problem(fi.get("/api/v1/clients"), 401), "title");
  const auto t_sv = text_at(expect_problem(sv.get("/api/v1/clients"), 401), "title");
  const auto t_en = text_at(expect_problem(en.get("/api/v1/clients"), 401), "title");
  EXPECT_EQ(t_fi, "Kirjaudu sisään.");
  EXPECT_EQ(t_sv, "Logga in.");
  EXPECT_EQ(t_en, "Please sign in.");
}

POLKU_API_TEST_BACKENDS(OpenApiContract);

}  // namespace
}  // namespace polku::api_test
