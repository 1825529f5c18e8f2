// Service orders stay inside the ordered product's limits and are answered once.
#include <gtest/gtest.h>

#include "service_orders/service_order.hpp"

namespace polku::service_orders {
namespace {

const agreements::ServiceProductInput kSupportOnly{"Osa 2", "ktt", false, true, true, 3, 12, 2, 3, 4, 6, 6, 4500, "day"};

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

// The provider answers once: accepting names one of its coaches, declining gives the reason.
struct AnswerCase {
  const char* name;
  const char* current;
  OrderAnswer answer;
  ErrorCode code;     // when refused
  const char* field;  // the field error expected, or nullptr
  bool ok;
};

const std::vector<long long> kCoaches = {7, 8};

class ServiceOrderAnswers : public ::testing::TestWithParam<AnswerCase> {};

TEST_P(ServiceOrderAnswers, FollowTheAnswerRules) {
  const auto& c = GetParam();
  auto refused = check_answer(c.current, c.answer, kCoaches);
  if (c.ok) {
    EXPECT_FALSE(refused) << c.name;
    return;
  }
  ASSERT_TRUE(refused) << c.name;
  EXPECT_EQ(refused->code, c.code) << c.name;
  if (c.field != nullptr) {
    ASSERT_EQ(refused->fields.size(), 1U) << c.name;
    EXPECT_EQ(refused->fields[0].field, c.field) << c.name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, ServiceOrderAnswers,
    ::testing::Values(
        AnswerCase{"accepting_names_a_coach_of_the_provider", "sent", {"accepted", "", 7}, {}, nullptr, true},
        AnswerCase{"accepting_with_a_reply", "sent", {"accepted", "Tervetuloa, aloitetaan maanantaina", 7}, {}, nullptr,
                   true},
        AnswerCase{"a_reply_too_long", "sent", {"accepted", std::string(4001, 'x'), 7}, ErrorCode::kInvalidInput,
                   "responseNote", false},
        AnswerCase{"accepting_without_a_coach", "sent", {"accepted", "", std::nullopt}, ErrorCode::kInvalidInput,
                   "coachUserId", false},
        AnswerCase{"accepting_naming_someone_else", "sent", {"accepted", "", 99}, ErrorCode::kInvalidInput,
                   "coachUserId", false},
        AnswerCase{"declining_with_a_reason", "sent", {"declined", "Ei tilaa syksyllä", std::nullopt}, {}, nullptr,
                   true},
        AnswerCase{"declining_without_a_reason", "sent", {"declined", "  ", std::nullopt}, ErrorCode::kInvalidInput,
                   "responseNote", false},
        AnswerCase{"an_unknown_answer", "sent", {"maybe", "", 7}, ErrorCode::kInvalidInput, "status", false},
        AnswerCase{"no_answer", "sent", {"", "", 7}, ErrorCode::kInvalidInput, "status", false},
        AnswerCase{"a_second_answer", "accepted", {"declined", "Muutos", std::nullopt}, ErrorCode::kConflict, nullptr,
                   false}),
    [](const auto& info) { return std::string(info.param.name); });

// An order is for the client's open case of the ordering purchaser in the product's service type.
struct OrderCaseCase {
  const char* name;
  std::optional<long long> case_id;
  std::optional<cases::CaseRef> found;
  const char* field;  // nullptr: valid
  const char* code;
};

const cases::CaseRef kOpenKtt{3, 1, 10, "ktt", "start"};

cases::CaseRef with(cases::CaseRef c, long long client, long long organisation, const char* type, const char* stage) {
  c.client_id = client;
  c.organisation_id = organisation;
  c.service_type = type;
  c.stage = stage;
  return c;
}

class ServiceOrderCase : public ::testing::TestWithParam<OrderCaseCase> {};

TEST_P(ServiceOrderCase, IsTheClientsOpenCaseOfThePurchaser) {
  const auto& c = GetParam();
  auto in = order(6, 3, 5);
  in.case_id = c.case_id;
  auto errors = validate_order_case(in, c.found, 10, "ktt");
  if (c.field == nullptr) {
    EXPECT_TRUE(errors.empty()) << c.name;
    return;
  }
  ASSERT_EQ(errors.size(), 1U) << c.name;
  EXPECT_EQ(errors[0].field, c.field) << c.name;
  EXPECT_EQ(errors[0].code, c.code) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ServiceOrderCase,
    ::testing::Values(
        OrderCaseCase{"the_clients_open_case", 3, kOpenKtt, nullptr, nullptr},
        OrderCaseCase{"no_case", std::nullopt, std::nullopt, "caseId", "required"},
        OrderCaseCase{"an_unknown_case", 4, std::nullopt, "caseId", "reference_missing"},
        OrderCaseCase{"another_purchasers_case", 3, with(kOpenKtt, 1, 11, "ktt", "start"), "caseId",
                      "reference_missing"},
        OrderCaseCase{"another_clients_case", 3, with(kOpenKtt, 2, 10, "ktt", "start"), "caseId",
                      "case_of_another_client"},
        OrderCaseCase{"a_closed_case", 3, with(kOpenKtt, 1, 10, "ktt", "closed"), "caseId", "case_closed"},
        OrderCaseCase{"a_product_of_another_service_type", 3, with(kOpenKtt, 1, 10, "work_activity", "plan"),
                      "productId", "service_type_mismatch"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace polku::service_orders
