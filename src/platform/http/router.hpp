// Routes: method + path pattern with {params} -> handler, with per-route policy.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/http/request.hpp"

namespace polku::http {

using Handler = std::function<Response(Request&)>;

struct RouteOptions {
  bool requires_auth = true;
  bool check_csrf = true;     // for state-changing methods
  bool run_inline = false;    // answer on the I/O thread (no blocking work)
  std::size_t body_limit = 0;  // bytes; 0 = the server's default (e.g. larger for uploads)
};

struct Route {
  std::string method;
  std::string pattern;
  std::vector<std::string> segments;
  Handler handler;
  RouteOptions options;
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool path_known = false;  // some route has this path (for 405)
  std::string allowed_methods;  // "GET, PUT" when path_known
};

class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler, RouteOptions options = {});
  void get(std::string pattern, Handler h, RouteOptions o = {}) { add("GET", std::move(pattern), std::move(h), o); }
  void post(std::string pattern, Handler h, RouteOptions o = {}) { add("POST", std::move(pattern), std::move(h), o); }
  void put(std::string pattern, Handler h, RouteOptions o = {}) { add("PUT", std::move(pattern), std::move(h), o); }
  void del(std::string pattern, Handler h, RouteOptions o = {}) { add("DELETE", std::move(pattern), std::move(h), o); }

  RouteMatch match(std::string_view method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

std::vector<std::string> split_path(std::string_view path);
std::string url_decode(std::string_view text);
std::map<std::string, std::string> parse_query(std::string_view query);

}  // namespace polku::http
