// Agreements between organisations (pure): the partner must be on the kind's
// side, the purchaser makes no agreement with itself, and only a purchaser's
// manager chooses partners.
#include <gtest/gtest.h>

#include "placements/placement_access.hpp"
#include "placements/placement_rules.hpp"
#include "unit/field_errors.hpp"

namespace polku::placements {
namespace {

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

}  // namespace
}  // namespace polku::placements
