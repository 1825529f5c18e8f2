// The periods module over real HTTP on both databases. So far: the public holidays the period
// editor's calendar shows as never scheduled.
#include "api/api_test_helpers.hpp"

namespace polku::api_test {
namespace {

class PeriodsApi : public BackendTest {};

TEST_P(PeriodsApi, AYearsPublicHolidaysForEverySignedInUser) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto supervisor = w.sign_in("supervisor");
  auto items = items_ok(supervisor.get("/api/v1/public-holidays?year=2026"));
  ASSERT_EQ(items.size(), 15U);
  EXPECT_EQ(text_at(items[0], "date"), "2026-01-01");
  bool easter_monday = false, midsummer_eve = false;
  for (const auto& h : items) {
    easter_monday |= text_at(h, "key") == "easter_monday" && text_at(h, "date") == "2026-04-06";
    midsummer_eve |= text_at(h, "key") == "midsummer_eve" && text_at(h, "date") == "2026-06-19";
  }
  EXPECT_TRUE(easter_monday);
  EXPECT_TRUE(midsummer_eve);

  for (const char* bad : {"", "?year=", "?year=abc", "?year=1850", "?year=-1"}) {
    auto refused = expect_problem(supervisor.get(std::string("/api/v1/public-holidays") + bad), 422);
    EXPECT_TRUE(has_field_error(refused, "year", std::string(bad).size() <= 6 ? "required" : "out_of_range"))
        << bad << ": " << json::serialize(refused);
  }
  expect_problem(HttpClient(server.port()).get("/api/v1/public-holidays?year=2026"), 401);
}

POLKU_API_TEST_BACKENDS(PeriodsApi);

}  // namespace
}  // namespace polku::api_test
