// Helpers of the guidance API tests: a guided period (a KTT case in implementation with an accepted order whose
// product promises guidance), its guidance path, a session, and a start two weeks ago.
#pragma once
#include <string>

#include "api/api_test_helpers.hpp"
#include "api/case_helpers.hpp"
#include "api/every_record.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {

// A KTT case in implementation at the sorting place from `start` (a Monday), its product promising 6 hours of
// guidance with social guidance (the provider's coach named on the accepted order), and a 3-month period.
struct Guided {
  long long client_id = 0;
  long long case_id = 0;
  long long period_id = 0;
  std::string start, end;
};

// With the world's registry made once (`w.registry()`), several clients can be guided at its places.
inline Guided guided(World& w, const World::Registry& reg, const std::string& start, const std::string& first_names,
                     const std::string& last_name) {
  Guided g;
  g.start = start;
  g.end = add_days(add_months(start, 3), -1);
  g.client_id = w.client(first_names, last_name);
  auto c = w.case_at(g.client_id, "implementation", {.place_id = reg.sorting, .start = start, .book_place = true});
  g.case_id = int_at(c, "id");
  auto instructor = w.sign_in("instructor");
  accepted_order(w, reg, g.client_id, g.case_id, reg.yard, today_helsinki(), 3);
  auto bookings = items_ok(instructor.get("/api/v1/bookings?clientId=" + std::to_string(g.client_id)));
  EXPECT_EQ(bookings.size(), 1U);
  if (bookings.empty()) return g;
  json::array days{json::object{{"weekday", 1}, {"hours", 4}}, json::object{{"weekday", 2}, {"hours", 4}}};
  auto period =
      json_ok(instructor.post(case_path(g.case_id, "/periods"),
                              json::object{{"bookingId", int_at(bookings[0], "id")},
                                           {"startDate", start},
                                           {"endDate", g.end},
                                           {"steps", json::array{json::object{{"from", start}, {"days", days}}}}}),
              201);
  g.period_id = int_at(period, "id");
  return g;
}

inline Guided guided(World& w, const std::string& start) { return guided(w, w.registry(), start, "Oona", "Ohjattava"); }

inline std::string guidance_path(const Guided& g) {
  return "/api/v1/periods/" + std::to_string(g.period_id) + "/guidance";
}

inline json::object session(const std::string& day, int minutes, const std::string& kind) {
  return {{"day", day}, {"minutes", minutes}, {"kind", kind}, {"note", "Tavoitteiden läpikäynti"}};
}

// The Monday two weeks ago: the first window runs for about ten weeks more.
inline std::string two_weeks_ago() {
  const auto today = today_helsinki();
  return add_days(today, 1 - iso_weekday(today) - 14);
}

}  // namespace polku::api_test
