// Pure rules of bookings and client agreements: the terms a case allows, own
// production, the agreement a case needs before implementation, and who
// acknowledges for each party.
#include "bookings/booking_rules.hpp"

#include <gtest/gtest.h>

#include "bookings/booking_access.hpp"
#include "unit/field_errors.hpp"
#include "unit/service_catalogue_fixture.hpp"

namespace polku::bookings {
namespace {

namespace testing = registry::testing;
using agreements::ServiceProductInput;
using unit_test::Fields;
using unit_test::fields_in_error;

struct TermsCase {
  const char* name;
  std::string service_type;
  int days, hours;
  std::optional<std::pair<int, int>> product_days;  // min, max
  std::optional<int> decision_days_max, decision_hours_max;
  std::vector<std::pair<std::string, std::string>> expected;  // field, code
};

class AgreementTermsForACase : public ::testing::TestWithParam<TermsCase> {};

TEST_P(AgreementTermsForACase, StayWithinTheLawTheProductAndTheDecision) {
  const auto& c = GetParam();
  ClientAgreementInput in;
  in.start_date = "2026-03-01";
  in.days_per_week = c.days;
  in.hours_per_day = c.hours;
  CaseTerms terms{c.service_type, std::nullopt, c.decision_days_max, c.decision_hours_max};
  if (c.product_days) {
    ServiceProductInput product;
    product.days_min = c.product_days->first;
    product.days_max = c.product_days->second;
    product.hours_min = 1;
    product.hours_max = 8;
    terms.product = product;
  }
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& e : validate_agreement_terms(in, terms, testing::catalogue())) got.emplace_back(e.field, e.code);
  EXPECT_EQ(got, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AgreementTermsForACase,
    ::testing::Values(
        TermsCase{"ktt_within", "ktt", 3, 4, std::nullopt, std::nullopt, std::nullopt, {}},
        TermsCase{"ktt_5_days", "ktt", 5, 4, std::nullopt, std::nullopt, std::nullopt,
                  {{"daysPerWeek", "outside_service_type_limits"}}},
        TermsCase{"ktt_2_hours", "ktt", 3, 2, std::nullopt, std::nullopt, std::nullopt,
                  {{"hoursPerDay", "outside_service_type_limits"}}},
        TermsCase{"ktt_both", "ktt", 5, 9, std::nullopt, std::nullopt, std::nullopt,
                  {{"daysPerWeek", "outside_service_type_limits"}, {"hoursPerDay", "outside_service_type_limits"}}},
        TermsCase{"work_activity_5_days", "work_activity", 5, 2, std::nullopt, std::nullopt, std::nullopt, {}},
        TermsCase{"product_narrower", "ktt", 4, 4, std::pair{1, 3}, std::nullopt, std::nullopt,
                  {{"daysPerWeek", "outside_product_limits"}}},
        TermsCase{"decision_narrower", "ktt", 4, 6, std::nullopt, 3, 5,
                  {{"daysPerWeek", "outside_decision_limits"}, {"hoursPerDay", "outside_decision_limits"}}},
        TermsCase{"at_the_decision", "ktt", 3, 5, std::nullopt, 3, 5, {}},
        TermsCase{"unknown_type", "guild", 3, 4, std::nullopt, std::nullopt, std::nullopt,
                  {{"startDate", "no_limits_in_force"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(OwnProduction, NeedsNoAgreementWithItself) {
  EXPECT_FALSE(needs_agreement_between_organisations(1, 1));
  EXPECT_TRUE(needs_agreement_between_organisations(2, 1));
}

ClientAgreement agreement_ending(std::string end, std::vector<std::string> parties, std::string start = "2026-01-01",
                                 long long id = 1) {
  ClientAgreement a;
  a.id = id;
  a.data.start_date = std::move(start);
  a.data.end_date = std::move(end);
  for (auto& p : parties) a.acknowledgements.push_back(Acknowledgement{p, 1, "x", "2026-01-01T00:00:00Z", "", ""});
  return a;
}

const std::vector<std::string> kAll = {"client", "purchaser", "host"};

struct AgreementCase {
  std::string name;
  std::vector<ClientAgreement> agreements;
  bool in_force;
  std::vector<std::string> gaps;  // what keeps the case from implementation on 2026-11-25
};

class ClientAgreementGuard : public ::testing::TestWithParam<AgreementCase> {};

TEST_P(ClientAgreementGuard, NeedsClientPurchaserAndHostAcknowledgementsAndAPeriodNotOver) {
  EXPECT_EQ(has_client_agreement_in_force(GetParam().agreements, "2026-11-25"), GetParam().in_force)
      << GetParam().name;
}

TEST_P(ClientAgreementGuard, SaysWhatIsMissingAndWhose) {
  std::vector<std::string> codes;
  for (const auto& g : agreement_gaps(GetParam().agreements, "2026-11-25")) {
    codes.push_back(g.code);
    if (g.code.ends_with("_acknowledgement_missing")) {
      EXPECT_EQ(g.code, g.party + "_acknowledgement_missing");
      EXPECT_NE(g.client_agreement_id, 0);
    }
  }
  EXPECT_EQ(codes, GetParam().gaps) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ClientAgreementGuard,
    ::testing::Values(
        AgreementCase{"none", {}, false, {"agreement_missing"}},
        AgreementCase{"all three parties", {agreement_ending("2027-02-28", kAll)}, true, {}},
        AgreementCase{"open-ended", {agreement_ending("", kAll)}, true, {}},
        AgreementCase{"ends today", {agreement_ending("2026-11-25", kAll)}, true, {}},
        AgreementCase{"ended yesterday", {agreement_ending("2026-11-24", kAll)}, false, {"agreement_missing"}},
        AgreementCase{"host has not acknowledged",
                      {agreement_ending("2027-02-28", {"client", "purchaser"})},
                      false,
                      {"host_acknowledgement_missing"}},
        AgreementCase{"client has not acknowledged",
                      {agreement_ending("2027-02-28", {"purchaser", "host"})},
                      false,
                      {"client_acknowledgement_missing"}},
        AgreementCase{"nobody has acknowledged",
                      {agreement_ending("2027-02-28", {})},
                      false,
                      {"client_acknowledgement_missing", "purchaser_acknowledgement_missing",
                       "host_acknowledgement_missing"}},
        AgreementCase{"the newest waits, an older one lacks more",
                      {agreement_ending("2027-02-28", {}, "2026-01-01", 1),
                       agreement_ending("2027-06-30", {"client", "purchaser"}, "2026-03-01", 2)},
                      false,
                      {"host_acknowledgement_missing"}},
        AgreementCase{"acknowledged, starts tomorrow",
                      {agreement_ending("2027-02-28", kAll, "2026-11-26")},
                      true,
                      {"start_date_not_reached"}},
        AgreementCase{"acknowledged, starts today", {agreement_ending("2027-02-28", kAll, "2026-11-25")}, true, {}},
        AgreementCase{"an old one ended, a new one in force",
                      {agreement_ending("2026-06-30", kAll),
                       agreement_ending("2027-06-30", {"client", "purchaser", "host", "provider"})},
                      true,
                      {}}),
    [](const auto& info) {
      std::string n = info.param.name;
      for (auto& ch : n)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(ClientAgreementGaps, AStartToComeNamesTheEarliestAgreedDay) {
  auto gaps = agreement_gaps({agreement_ending("2027-02-28", kAll, "2026-12-10", 1),
                              agreement_ending("2027-02-28", kAll, "2026-12-01", 2)},
                             "2026-11-25");
  ASSERT_EQ(gaps.size(), 1U);
  EXPECT_EQ(gaps[0].date, "2026-12-01");
}

constexpr long long kCounty = 1;  // a purchaser
constexpr long long kClub = 2;    // a host and provider
constexpr long long kOther = 3;   // another host
const std::set<long long> kPurchasers = {kCounty};

auth::AuthContext user(long long org, const char* role) {
  auth::AuthContext u;
  u.roles = {{org, role}};
  return u;
}

TEST(AcknowledgementRules, TheClientsNamesTheClientAndHowTheOthersNameNoMethod) {
  struct Case {
    Acknowledgement ack;
    std::vector<std::pair<std::string, std::string>> errors;
  };
  auto ack = [](std::string party, std::string name, std::string method) {
    Acknowledgement a;
    a.party = std::move(party);
    a.name = std::move(name);
    a.method = std::move(method);
    return a;
  };
  const std::vector<Case> cases = {
      {ack("client", "Matti", "in_person"), {}},
      {ack("client", "Matti", "paper"), {}},
      {ack("client", "Matti", ""), {{"method", "required"}}},
      {ack("client", "Matti", "fax"), {{"method", "invalid_choice"}}},
      {ack("client", "", "phone"), {{"name", "required"}}},
      {ack("host", "Saara", ""), {}},
      {ack("purchaser", "Sanna", "phone"), {{"method", "invalid_choice"}}},
      {ack("", "Sanna", ""), {{"party", "required"}}},
      {ack("neighbour", "Sanna", ""), {{"party", "invalid_choice"}}},
  };
  for (const auto& c : cases) {
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& e : validate_acknowledgement(c.ack)) got.emplace_back(e.field, e.code);
    EXPECT_EQ(got, c.errors) << c.ack.party << "/" << c.ack.name << "/" << c.ack.method;
  }
}

TEST(AcknowledgementAccess, AFormIsOfferedOnlyForThePartiesTheUserRecordsAndThatWait) {
  ClientAgreement a;
  a.data.purchaser_organisation_id = 1;
  a.data.provider_organisation_id = 2;
  const auto parties = [&](const auth::AuthContext& u) { return parties_to_acknowledge(u, a, 2); };
  auth::AuthContext worker;
  worker.roles = {{1, "social_instructor"}};
  auth::AuthContext club_manager;
  club_manager.roles = {{2, "manager"}};
  EXPECT_EQ(parties(worker), (std::vector<std::string>{"client", "purchaser"}));
  EXPECT_EQ(parties(club_manager), (std::vector<std::string>{"host", "provider"}));
  a.acknowledgements.push_back({"client", 9, "Matti", "", "in_person", ""});
  EXPECT_EQ(parties(worker), std::vector<std::string>{"purchaser"});
  a.data.provider_organisation_id.reset();
  EXPECT_EQ(parties(club_manager), std::vector<std::string>{"host"});
  auth::AuthContext stranger;
  stranger.roles = {{3, "manager"}};
  EXPECT_TRUE(parties(stranger).empty());
}

TEST(AcknowledgementAccess, EachPartyIsRecordedByItsOwnPeople) {
  EXPECT_TRUE(may_acknowledge(user(kCounty, "social_instructor"), "client", kCounty, kClub, kClub));
  EXPECT_TRUE(may_acknowledge(user(kCounty, "social_worker"), "purchaser", kCounty, kClub, kClub));
  EXPECT_FALSE(may_acknowledge(user(kClub, "manager"), "purchaser", kCounty, kClub, kClub));
  EXPECT_TRUE(may_acknowledge(user(kClub, "placement_supervisor"), "host", kCounty, kClub, kClub));
  EXPECT_TRUE(may_acknowledge(user(kClub, "coach"), "provider", kCounty, kClub, kClub));
  EXPECT_FALSE(may_acknowledge(user(kClub, "coach"), "provider", kCounty, kClub, std::nullopt));
  EXPECT_FALSE(may_acknowledge(user(kCounty, "social_worker"), "witness", kCounty, kClub, kClub));
}

TEST(PlaceLists, AClientAtAPlaceIsSeenByTheHostsStaffAndTheClientsOwnPurchaserOnly) {
  constexpr long long kOtherCounty = 9;
  struct Row {
    long long organisation;
    const char* role;
    std::optional<long long> client_of;
    bool sees;
  };
  const Row rows[] = {
      {kClub, "placement_supervisor", kCounty, true},
      {kClub, "manager", kCounty, true},
      {kClub, "coach", kCounty, false},
      {kCounty, "social_instructor", kCounty, true},
      {kCounty, "social_worker", kCounty, true},
      {kCounty, "manager", kCounty, true},
      {kOtherCounty, "social_instructor", kCounty, false},
      {kOtherCounty, "manager", kCounty, false},
      {kCounty, "admin", kCounty, false},
      {kCounty, "client", kCounty, false},
      {kCounty, "social_instructor", std::nullopt, false},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(sees_client_at_place(user(r.organisation, r.role), r.client_of, kClub), r.sees)
        << r.role << " at " << r.organisation;
  }
}


}  // namespace
}  // namespace polku::bookings
