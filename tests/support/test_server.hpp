// The real server for API tests: a fresh, empty, migrated database (tests build
// their data with support/fixtures.hpp), the app on a free port in a thread, and a plain HTTP client with a cookie and
// a CSRF token.
#pragma once
#include <boost/json.hpp>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/app.hpp"
#include "support/test_database.hpp"

namespace polku::testing {

class TestServer {
 public:
  // `prepare` runs on the migrated database before the app starts (e.g. the demo seed); tests
  // build their data with World::build instead.
  // `configure` changes the app's settings before it starts (e.g. a trusted proxy).
  explicit TestServer(const std::string& backend, const std::function<void(db::Database&)>& prepare = {},
                      const std::function<void(config::Config&)>& configure = {});
  ~TestServer();
  unsigned short port() const { return port_; }
  TestDatabase& database() { return *database_; }
  const http::Router& router() const { return app_->router(); }
  int remind_due(const std::string& today) { return app_->remind_due(today); }
  // Stops the server in this process, keeping its database (another process may serve it then).
  void stop();

 private:
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<app::App> app_;
  std::thread thread_;
  unsigned short port_ = 0;
};

struct HttpResponse {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
  boost::json::value json() const { return boost::json::parse(body); }
  std::string header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
};

// One request as a client saw it.
struct Exchange {
  std::string method;
  std::string target;
  int status = 0;
  std::string request_id;  // the server's X-Request-Id
};

// While one is open, every HttpClient's requests are written in it (one per test).
class RequestJournal {
 public:
  RequestJournal();
  ~RequestJournal();
  RequestJournal(const RequestJournal&) = delete;
  RequestJournal& operator=(const RequestJournal&) = delete;
  std::vector<Exchange> exchanges() const;
};

class HttpClient {
 public:
  explicit HttpClient(unsigned short port) : port_(port) {}

  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = {},
                       const std::map<std::string, std::string>& headers = {});
  HttpResponse get(const std::string& target) { return request("GET", target); }
  HttpResponse post(const std::string& target, const boost::json::value& body) {
    return request("POST", target, boost::json::serialize(body));
  }
  HttpResponse put(const std::string& target, const boost::json::value& body) {
    return request("PUT", target, boost::json::serialize(body));
  }
  // Sent as X-Forwarded-For when set, as a proxy in front of Polku would.
  std::string forwarded_for;
  // Signs in and keeps the session cookie and the CSRF token; returns the response.
  HttpResponse login(const std::string& username, const std::string& password);

  std::string cookie;      // polku_session value
  std::string csrf_token;  // sent as X-CSRF-Token on state-changing requests
  std::string language = "fi";
  bool send_csrf = true;

 private:
  unsigned short port_;
};

}  // namespace polku::testing
