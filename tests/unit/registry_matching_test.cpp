// Matching a client to places: a table of places and clients, the ranking and
// the reasons given for it; search filters.
#include <gtest/gtest.h>

#include "registry/matching.hpp"
#include "registry/place_rules.hpp"
#include "unit/service_catalogue_fixture.hpp"

namespace polku::registry {
namespace {

PlaceCandidate candidate(long long id, std::string name, std::string host_type, std::vector<std::string> fields,
                         std::string municipality, std::vector<std::string> service_types, int capacity = 1) {
  PlaceCandidate c;
  c.place.id = id;
  c.place.host_type = std::move(host_type);
  auto& d = c.place.data;
  d.name = std::move(name);
  d.fields = std::move(fields);
  d.municipality = std::move(municipality);
  d.service_types = std::move(service_types);
  d.capacity = capacity;
  d.weekdays = {"mon", "tue", "wed", "thu", "fri"};
  d.start_time = "08:00";
  d.end_time = "15:00";
  c.agreements.push_back(DateRange{"2026-01-01", "2026-12-31"});  // a partnership covering the place
  return c;
}

// The registry of the table: ids say what is special about each place.
std::vector<PlaceCandidate> registry() {
  std::vector<PlaceCandidate> r;
  r.push_back(candidate(1, "Piha Kotikylä", "association", {"property_and_yard_care"}, "Kotikylä", {"ktt"}));
  r.push_back(candidate(2, "Lemmikit Järvilaakso", "association", {"pet_care"}, "Järvilaakso", {"ktt"}));
  r.push_back(candidate(3, "Konepaja", "company", {"property_and_yard_care"}, "Kotikylä",
                        {"ktt", "job_coaching"}));  // a company: never for ktt
  auto full = candidate(4, "Täysi keittiö", "parish", {"kitchen"}, "Kotikylä", {"ktt"});
  full.bookings.push_back({"2026-01-01", ""});
  r.push_back(full);
  auto evenings = candidate(5, "Iltanuoriso", "association", {"youth_work"}, "Kotikylä", {"ktt"});
  evenings.place.data.start_time = "12:00";
  evenings.place.data.end_time = "20:00";
  r.push_back(evenings);
  auto expired = candidate(6, "Vanha sopimus", "foundation", {"office"}, "Kotikylä", {"ktt"});
  expired.agreements.front().end = "2026-02-28";
  r.push_back(expired);
  auto closed = candidate(7, "Suljettu", "association", {"property_and_yard_care"}, "Kotikylä", {"ktt"});
  closed.place.data.status = "closed";
  r.push_back(closed);
  return r;
}

ClientNeeds needs(std::string service_type, std::string municipality, std::vector<std::string> interests) {
  return ClientNeeds{std::move(service_type), std::move(municipality), {"mon", "wed"}, "09:00", "13:00",
                     std::move(interests), "2026-03-02"};
}

std::vector<long long> ids(const std::vector<RankedPlace>& ranked) {
  std::vector<long long> out;
  for (const auto& r : ranked) out.push_back(r.place.id);
  return out;
}

bool met(const RankedPlace& r, const std::string& code) {
  for (const auto& reason : r.reasons)
    if (reason.code == code) return reason.met;
  ADD_FAILURE() << "no reason " << code;
  return false;
}

struct MatchCase {
  const char* name;
  ClientNeeds needs;
  std::vector<long long> expected_order;
};

class Matching : public ::testing::TestWithParam<MatchCase> {};

TEST_P(Matching, RanksPlacesBestFirst) {
  EXPECT_EQ(ids(rank_places(GetParam().needs, registry(), testing::catalogue())), GetParam().expected_order);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Matching,
    ::testing::Values(
        // Yard care in Kotikylä: the yard place fits everything; the company is never offered for ktt,
        // the closed place never; the full one and the expired agreement rank low.
        MatchCase{"yard_worker_in_kotikyla", needs("ktt", "Kotikylä", {"property_and_yard_care"}), {1, 2, 5, 6, 4}},
        MatchCase{"pet_lover_in_jarvilaakso", needs("ktt", "Järvilaakso", {"pet_care"}), {2, 1, 5, 6, 4}},
        MatchCase{"job_coaching_may_be_at_a_company", needs("job_coaching", "Kotikylä", {}), {3}},
        MatchCase{"no_place_offers_day_activity", needs("day_activity", "Kotikylä", {}), {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Matching, GivesTheReasonsForEachRank) {
  auto ranked = rank_places(needs("ktt", "Kotikylä", {"property_and_yard_care"}), registry(), testing::catalogue());
  ASSERT_EQ(ranked.size(), 5U);
  const auto& best = ranked[0];
  EXPECT_TRUE(met(best, "fits_days_and_hours"));
  EXPECT_TRUE(met(best, "matches_interests"));
  EXPECT_TRUE(met(best, "has_room"));
  EXPECT_TRUE(met(best, "same_municipality"));
  EXPECT_TRUE(met(best, "valid_agreement"));
  const auto& evenings = ranked[2];
  ASSERT_EQ(evenings.place.id, 5);
  EXPECT_FALSE(met(evenings, "fits_days_and_hours"));
  const auto& expired = ranked[3];
  ASSERT_EQ(expired.place.id, 6);
  EXPECT_FALSE(met(expired, "valid_agreement"));
  const auto& full = ranked[4];
  ASSERT_EQ(full.place.id, 4);
  EXPECT_FALSE(met(full, "has_room"));
  EXPECT_GT(best.score, full.score);
}

TEST(Matching, KttIsNeverOfferedAtACompany) {
  for (const auto& r : rank_places(needs("ktt", "Kotikylä", {"property_and_yard_care"}), registry(), testing::catalogue())) {
    EXPECT_NE(r.place.host_type, "company") << r.place.data.name;
  }
}

TEST(Search, FiltersByFieldMunicipalityHoursAccessibilityAndFreeCapacity) {
  auto reg = registry();
  reg[1].place.data.wheelchair_accessible = true;
  auto filter = [](auto set) {
    PlaceFilter f;
    set(f);
    return f;
  };
  auto names = [&](const PlaceFilter& f) {
    std::vector<long long> out;
    for (const auto& p : search_places(reg, f, testing::catalogue())) out.push_back(p.id);
    return out;
  };
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.field = "property_and_yard_care"; })), (std::vector<long long>{1, 3, 7}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.municipality = "Järvilaakso"; })), (std::vector<long long>{2}));
  // ktt never at the company (3), never at a closed place (7)
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.service_type = "ktt"; f.field = "property_and_yard_care"; })),
            (std::vector<long long>{1}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.service_type = "job_coaching"; })), (std::vector<long long>{3}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.field = "youth_work"; f.start_time = "08:00"; })), (std::vector<long long>{}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.field = "youth_work"; f.start_time = "16:00"; f.end_time = "19:00"; })), (std::vector<long long>{5}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.weekday = "sat"; })), (std::vector<long long>{}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.wheelchair_accessible = true; })), (std::vector<long long>{2}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.field = "kitchen"; f.free_from = "2026-03-01"; f.free_until = "2026-03-31"; })),
            (std::vector<long long>{}));
  EXPECT_EQ(names(filter([](PlaceFilter& f) { f.field = "kitchen"; f.free_from = "2025-03-01"; f.free_until = "2025-03-31"; })),
            (std::vector<long long>{4}));
}

}  // namespace
}  // namespace polku::registry
