// Agreements between organisations and service products (pure): the partner must
// be on the kind's side, the purchaser makes no agreement with itself, only a
// purchaser's manager chooses partners, and a product only narrows its service type.
#include <gtest/gtest.h>

#include "agreements/agreement_rules.hpp"
#include "registry/registry_access.hpp"
#include "unit/field_errors.hpp"
#include "unit/service_catalogue_fixture.hpp"

namespace polku::agreements {
namespace {

namespace testing = registry::testing;
using registry::makes_agreements;
using unit_test::Fields;
using unit_test::fields_in_error;

struct PartnerCase {
  const char* name;
  const char* kind;
  bool is_host, is_provider;
  const char* error;  // "" when the partner fits
};

class AgreementPartner : public ::testing::TestWithParam<PartnerCase> {};

TEST_P(AgreementPartner, FitsTheKindsSide) {
  const auto& c = GetParam();
  EXPECT_EQ(partner_error(c.kind, Partner{7, "Kumppani", c.is_host, c.is_provider}), c.error);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AgreementPartner,
    ::testing::Values(PartnerCase{"partnership_with_host", "partnership", true, false, ""},
                      PartnerCase{"partnership_with_provider_only", "partnership", false, true, "partner_not_host"},
                      PartnerCase{"purchase_with_provider", "purchase", false, true, ""},
                      PartnerCase{"purchase_with_host_only", "purchase", true, false, "partner_not_provider"},
                      PartnerCase{"both_sides_fit_either", "purchase", true, true, ""},
                      PartnerCase{"neither_side", "partnership", false, false, "partner_not_host"}),
    [](const auto& info) { return std::string(info.param.name); });

AgreementInput agreement(long long purchaser, long long partner, std::string from, std::string until) {
  AgreementInput a;
  a.kind = "purchase";
  a.purchaser_organisation_id = purchaser;
  a.partner_organisation_id = partner;
  a.title = "Ostopalvelusopimus";
  a.valid_from = std::move(from);
  a.valid_until = std::move(until);
  return a;
}

TEST(AgreementRules, ThePurchaserMakesNoAgreementWithItself) {
  EXPECT_EQ(unit_test::fields_in_error(validate_agreement(agreement(1, 1, "2027-01-01", "2027-12-31"))),
            (unit_test::Fields{{"partnerOrganisationId", "partner_is_purchaser"}}));
  EXPECT_TRUE(validate_agreement(agreement(1, 2, "2027-01-01", "2027-12-31")).empty());
}

TEST(AgreementRules, ValidityEndsOnOrAfterItsStartOnRealDates) {
  EXPECT_TRUE(validate_agreement(agreement(1, 2, "2027-01-01", "2027-01-01")).empty());
  EXPECT_EQ(unit_test::fields_in_error(validate_agreement(agreement(1, 2, "2027-01-02", "2027-01-01"))),
            (unit_test::Fields{{"validUntil", "end_before_start"}}));
  EXPECT_EQ(unit_test::fields_in_error(validate_agreement(agreement(1, 2, "2027-02-30", "2027-12-31"))),
            (unit_test::Fields{{"validFrom", "invalid_date"}}));
}

auth::AuthContext user(long long org, const char* role) {
  auth::AuthContext u;
  u.roles = {{org, role}};
  return u;
}

TEST(AgreementAccess, OnlyAPurchasersManagerChoosesPartners) {
  const std::set<long long> purchasers = {1};
  EXPECT_TRUE(makes_agreements(user(1, "manager"), purchasers));
  EXPECT_FALSE(makes_agreements(user(1, "social_instructor"), purchasers));
  EXPECT_FALSE(makes_agreements(user(2, "manager"), purchasers));  // a provider's manager
  EXPECT_FALSE(makes_agreements(user(1, "admin"), purchasers));
}


TEST(ProductLimits, AcceptsTheKttProductOfSeed003) {
  ServiceProductInput p{"Osa 1", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, 3000, "day"};
  EXPECT_TRUE(validate_product(p, testing::catalogue()).empty());
}

struct ProductCase {
  const char* name;
  std::string service_type;
  int period_min, period_max, days_min, days_max, hours_min, hours_max;
  const char* field;  // nullptr: valid
  const char* code;
};

class ProductAgainstServiceType : public ::testing::TestWithParam<ProductCase> {};

TEST_P(ProductAgainstServiceType, NarrowsButNeverWidens) {
  const auto& c = GetParam();
  ServiceProductInput p{"Tuote", c.service_type, true, true, true, c.period_min, c.period_max, c.days_min, c.days_max,
                        c.hours_min, c.hours_max, 6, 100, "day"};
  auto errors = validate_product(p, testing::catalogue());
  if (c.field == nullptr) {
    EXPECT_TRUE(errors.empty()) << errors.front().field << " " << errors.front().code;
  } else {
    EXPECT_EQ(fields_in_error(errors), (Fields{{c.field, c.code}})) << c.name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, ProductAgainstServiceType,
    ::testing::Values(ProductCase{"ktt_narrower", "ktt", 6, 12, 2, 3, 5, 6, nullptr, nullptr},
                      ProductCase{"ktt_five_days", "ktt", 3, 24, 1, 5, 4, 8, "daysMax", "outside_service_type_limits"},
                      ProductCase{"ktt_three_hours", "ktt", 3, 24, 1, 4, 3, 8, "hoursMin", "outside_service_type_limits"},
                      ProductCase{"ktt_two_months", "ktt", 2, 24, 1, 4, 4, 8, "periodMonthsMin",
                                  "outside_service_type_limits"},
                      ProductCase{"work_activity_thirteen_months", "work_activity", 1, 13, 1, 5, 2, 6, "periodMonthsMax",
                                  "outside_service_type_limits"},
                      ProductCase{"work_activity_fits", "work_activity", 1, 3, 1, 5, 2, 6, nullptr, nullptr},
                      ProductCase{"min_above_max", "ktt", 3, 24, 4, 2, 4, 8, "daysMax", "min_above_max"},
                      ProductCase{"unknown_type", "cooking", 1, 1, 1, 1, 1, 1, "serviceType", "invalid_choice"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ProductLimits, AreCheckedAgainstTheLimitsInForceToday) {
  // A change in law is a new limits row: from 2027 ktt allows at most 3 days a week.
  auto later = testing::catalogue("2027-02-01");
  auto& ktt = later.types.front();
  ktt.limits.front().valid_to = "2026-12-31";
  auto narrower = ktt.limits.front();
  narrower.valid_from = "2027-01-01";
  narrower.valid_to.reset();
  narrower.days_per_week_max = 3;
  ktt.limits.push_back(narrower);
  ServiceProductInput p{"Osa 1", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, 3000, "day"};
  EXPECT_EQ(fields_in_error(validate_product(p, later)), (Fields{{"daysMax", "outside_service_type_limits"}}));
  auto before = later;
  before.today = "2026-11-25";
  EXPECT_TRUE(validate_product(p, before).empty());
  auto none = later;
  none.today = "1999-12-31";
  EXPECT_EQ(fields_in_error(validate_product(p, none)), (Fields{{"serviceType", "no_limits_in_force"}}));
}

}  // namespace
}  // namespace polku::agreements
