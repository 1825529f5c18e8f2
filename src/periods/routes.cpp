#include "periods/routes.hpp"

#include "periods/holidays.hpp"
#include "platform/http/problem.hpp"

namespace polku::periods {
namespace json = boost::json;

void register_routes(http::Router& router) {
  // Public data for every signed-in user: no access rule beyond the sign-in, no store.
  router.get("/api/v1/public-holidays", [](http::Request& req) -> http::Response {
    const auto text = req.query_value("year");
    const auto year = http::parse_count(text);
    if (!year || *year < 1900 || *year > 2999) {
      return http::problem_response(req, Error::invalid({{"year", text.empty() ? "required" : "out_of_range"}}));
    }
    json::array items;
    for (const auto& h : holidays(static_cast<int>(*year))) items.push_back({{"date", h.date}, {"key", h.key}});
    return http::json_response(req, 200, json::object{{"items", std::move(items)}});
  });
}

}  // namespace polku::periods
