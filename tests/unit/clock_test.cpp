// An instant's Helsinki calendar date, as documents print it: the day changes at Helsinki's midnight, in winter
// (UTC+2) and in summer time (UTC+3), not at UTC's.
#include "platform/core/clock.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace polku {
namespace {

struct InstantCase {
  const char* name;
  std::string instant;
  std::string date;
};

TEST(Clock, AnInstantsHelsinkiDate) {
  const std::vector<InstantCase> cases = {
      {"midday", "2026-12-03T10:00:00.000Z", "2026-12-03"},
      {"a winter night, already tomorrow in Helsinki", "2026-12-02T22:30:00.000Z", "2026-12-03"},
      {"a winter evening, still today", "2026-12-02T21:59:59.999Z", "2026-12-02"},
      {"a summer night (UTC+3)", "2026-06-30T21:00:00.000Z", "2026-07-01"},
      {"a summer evening", "2026-06-30T20:59:00.000Z", "2026-06-30"},
      {"the new year", "2026-12-31T22:00:00.000Z", "2027-01-01"},
      {"without milliseconds", "2026-12-02T22:30:00Z", "2026-12-03"},
      {"not an instant: as before", "2026-12-02", "2026-12-02"},
      {"empty", "", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(helsinki_date_of(c.instant), c.date) << c.name;
}

}  // namespace
}  // namespace polku
