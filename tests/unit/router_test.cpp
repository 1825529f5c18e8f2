#include <gtest/gtest.h>

#include "platform/http/router.hpp"

namespace polku::http {
namespace {

Router make_router() {
  Router r;
  auto h = [](Request& req) { return empty_response(req, 200); };
  r.get("/api/v1/clients", h);
  r.post("/api/v1/clients", h);
  r.get("/api/v1/clients/{id}", h);
  r.get("/api/v1/clients/search", h);
  r.get("/api/v1/clients/{id}/access-log", h);
  r.get("/api/v1/organisations/{org}/users/{id}", h);
  return r;
}

struct Case {
  std::string method;
  std::string path;
  std::string expected_pattern;  // empty: no match
  std::map<std::string, std::string> params;
  bool path_known;
};

class RouterMatches : public ::testing::TestWithParam<Case> {};

TEST_P(RouterMatches, MethodAndPathToPatternAndParameters) {
  static const Router router = make_router();
  const auto& c = GetParam();
  auto m = router.match(c.method, c.path);
  if (c.expected_pattern.empty()) {
    EXPECT_EQ(m.route, nullptr);
  } else {
    ASSERT_NE(m.route, nullptr) << c.method << " " << c.path;
    EXPECT_EQ(m.route->pattern, c.expected_pattern);
    EXPECT_EQ(m.params, c.params);
  }
  EXPECT_EQ(m.path_known, c.path_known);
}

INSTANTIATE_TEST_SUITE_P(
    Table, RouterMatches,
    ::testing::Values(
        Case{"GET", "/api/v1/clients", "/api/v1/clients", {}, true},
        Case{"POST", "/api/v1/clients", "/api/v1/clients", {}, true},
        Case{"GET", "/api/v1/clients/", "/api/v1/clients", {}, true},
        Case{"GET", "/api/v1/clients/42", "/api/v1/clients/{id}", {{"id", "42"}}, true},
        Case{"GET", "/api/v1/clients/search", "/api/v1/clients/search", {}, true},  // literal wins
        Case{"GET", "/api/v1/clients/7/access-log", "/api/v1/clients/{id}/access-log", {{"id", "7"}}, true},
        Case{"GET", "/api/v1/organisations/3/users/9", "/api/v1/organisations/{org}/users/{id}",
             {{"org", "3"}, {"id", "9"}}, true},
        Case{"GET", "/api/v1/clients/a%20b", "/api/v1/clients/{id}", {{"id", "a b"}}, true},
        Case{"DELETE", "/api/v1/clients/42", "", {}, true},  // known path, wrong method -> 405
        Case{"GET", "/api/v1/unknown", "", {}, false},
        Case{"GET", "/api/v1/clients/1/2/3", "", {}, false},
        Case{"GET", "/", "", {}, false}));

TEST(Router, RefusesADuplicateRoute) {
  Router r;
  auto h = [](Request& req) { return empty_response(req, 200); };
  r.get("/x", h);
  EXPECT_THROW(r.get("/x", h), std::logic_error);
}

TEST(Router, ParsesQueryStringsWithEncoding) {
  auto q = parse_query("q=%C3%A4iti+ja&empty=&flag&x=1%2B1");
  EXPECT_EQ(q["q"], "äiti ja");
  EXPECT_EQ(q["empty"], "");
  EXPECT_EQ(q["flag"], "");
  EXPECT_EQ(q["x"], "1+1");
}

TEST(Router, DecodesPercentEscapesAndKeepsBrokenOnes) {
  EXPECT_EQ(url_decode("%41%42"), "AB");
  EXPECT_EQ(url_decode("100%"), "100%");
  EXPECT_EQ(url_decode("%zz"), "%zz");
}

}  // namespace
}  // namespace polku::http
