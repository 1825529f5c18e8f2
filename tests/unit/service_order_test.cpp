// Service orders stay inside the ordered product's limits and are answered once.
#include <gtest/gtest.h>

#include "placements/service_order.hpp"

namespace polku::placements {
namespace {

const ServiceProductInput kSupportOnly{"Osa 2", "ktt", false, true, true, 3, 12, 2, 3, 4, 6, 6, 4500, "day"};

ServiceOrderInput order(int months, int days, int hours, std::optional<long long> place = 5) {
  return ServiceOrderInput{1, 2, place, std::nullopt, "2026-03-02", months, days, hours};
}

struct OrderCase {
  const char* name;
  ServiceOrderInput input;
  const char* field;  // nullptr: valid
  const char* code;
};

class ServiceOrderLimits : public ::testing::TestWithParam<OrderCase> {};

TEST_P(ServiceOrderLimits, StayInsideTheProduct) {
  const auto& c = GetParam();
  auto errors = validate_service_order(c.input, kSupportOnly);
  if (c.field == nullptr) {
    EXPECT_TRUE(errors.empty()) << errors.front().field;
    return;
  }
  ASSERT_EQ(errors.size(), 1U) << c.name;
  EXPECT_EQ(errors[0].field, c.field);
  EXPECT_EQ(errors[0].code, c.code);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ServiceOrderLimits,
    ::testing::Values(OrderCase{"fits", order(6, 3, 5), nullptr, nullptr},
                      OrderCase{"four_days_is_inside_ktt_but_not_the_product", order(6, 4, 5), "daysPerWeek",
                                "outside_product_limits"},
                      OrderCase{"too_long_a_period", order(24, 2, 4), "periodMonths", "outside_product_limits"},
                      OrderCase{"too_short_days", order(3, 2, 3), "hoursPerDay", "outside_product_limits"},
                      OrderCase{"a_product_without_a_place_needs_one", order(6, 3, 5, std::nullopt), "placeId",
                                "required"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ServiceOrderAnswer, IsAcceptedOrDeclinedOnlyOnce) {
  EXPECT_FALSE(check_answer("sent", "accepted"));
  EXPECT_FALSE(check_answer("sent", "declined"));
  EXPECT_EQ(check_answer("sent", "maybe")->code, ErrorCode::kInvalidInput);
  EXPECT_EQ(check_answer("accepted", "declined")->code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace polku::placements
