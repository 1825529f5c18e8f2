// Helpers of the API tests of cases and decisions: a case's path, a fresh client and
// case, an answer that must succeed, and a decision valid from today.
#pragma once
#include <string>

#include "api/api_test_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "support/source_location.hpp"

namespace polku::api_test {

inline std::string case_path(long long id, const std::string& tail = "") {
  return "/api/v1/cases/" + std::to_string(id) + tail;
}

// A fresh client of the county, made by the worker as in the tests before fixtures.
inline long long new_client(HttpClient& worker, int individual = 321) {
  auto res = worker.post("/api/v1/clients",
                         json::object{{"firstNames", "Kalle"},
                                      {"lastName", "Koekäyttäjä"},
                                      {"personalIdentityCode", testing::identity_code(24, 12, 1975, individual)}});
  EXPECT_EQ(res.status, 201) << res.body;
  return int_at(res.json(), "id");
}

inline json::value open_case(HttpClient& worker, long long client_id, const std::string& type = "ktt") {
  auto res = worker.post("/api/v1/cases", json::object{{"clientId", client_id}, {"serviceType", type}});
  EXPECT_EQ(res.status, 201) << res.body;
  return res.json();
}

// PUT or POST that must succeed; returns the answer's JSON.
inline json::value ok(const HttpResponse& res, int status = 200,
                      polku::testing::SourceLocation where = polku::testing::SourceLocation::current()) {
  const ::testing::ScopedTrace trace(where.file_name(), static_cast<int>(where.line()), "ok");
  EXPECT_EQ(res.status, status) << res.body;
  return parse_or_null(res.body);
}

// Valid from today for six months, so that it is in force when the case starts.
inline json::object decision_body() {
  const std::string today = today_helsinki();
  return {{"startDate", today},
          {"endDate", add_days(add_months(today, 6), -1)},
          {"daysPerWeekMax", 4},
          {"hoursPerDayMax", 6},
          {"decisionDate", today}};
}

}  // namespace polku::api_test
