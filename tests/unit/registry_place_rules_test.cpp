// Pure rules of the registry: places and host types against the service types,
// capacity over overlapping date ranges, search filters and a client's needs.
#include "registry/place_rules.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "unit/field_errors.hpp"
#include "unit/service_catalogue_fixture.hpp"

namespace polku::registry {
namespace {

using unit_test::Fields;
using unit_test::fields_in_error;

PlaceInput valid_place(std::vector<std::string> service_types = {"ktt"}) {
  PlaceInput p;
  p.name = "Pihatyöt";
  p.work_tasks = "Haravointi";
  p.fields = {"property_and_yard_care"};
  p.municipality = "Kotikylä";
  p.capacity = 2;
  p.weekdays = {"mon", "tue"};
  p.start_time = "08:00";
  p.end_time = "15:00";
  p.supervisor_name = "Ohjaaja";
  p.supervisor_phone = "040 1";
  p.no_displacement_confirmed = true;
  p.service_types = std::move(service_types);
  return p;
}

struct HostTypeCase {
  const char* name;
  std::string host_type;
  std::vector<std::vector<std::string>> places;
  std::vector<std::pair<std::string, std::string>> expected;  // field, code
};

class HostTypeChange : public ::testing::TestWithParam<HostTypeCase> {};

TEST_P(HostTypeChange, NeverLeavesAKttPlaceAtACompany) {
  const auto& c = GetParam();
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& e : validate_host_type(c.host_type, c.places, testing::catalogue())) {
    got.emplace_back(e.field, e.code);
  }
  EXPECT_EQ(got, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, HostTypeChange,
    ::testing::Values(
        HostTypeCase{"association_with_ktt", "association", {{"ktt"}, {"work_activity"}}, {}},
        HostTypeCase{"company_without_places", "company", {}, {}},
        HostTypeCase{"company_with_company_types", "company", {{"job_coaching", "work_activity"}}, {}},
        HostTypeCase{"company_with_a_ktt_place", "company",
                     {{"job_coaching"}, {"work_activity", "ktt"}},
                     {{"hostType", "places_not_at_company"}}},
        HostTypeCase{"unknown_type", "guild", {{"ktt"}}, {{"hostType", "invalid_choice"}}},
        HostTypeCase{"missing_type", "", {}, {{"hostType", "required"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(PlaceForACase, OffersTheCasesTypeAndNeverKttAtACompany) {
  Place association;
  association.host_type = "association";
  association.data.service_types = {"ktt", "work_activity"};
  Place company;
  company.host_type = "company";
  company.data.service_types = {"job_coaching", "ktt"};  // as stored before the rule held
  const auto cat = testing::catalogue();
  EXPECT_TRUE(validate_place_for_case(association, "ktt", cat).empty());
  EXPECT_EQ(fields_in_error(validate_place_for_case(association, "job_coaching", cat)),
            (Fields{{"placeId", "service_type_not_offered"}}));
  EXPECT_TRUE(validate_place_for_case(company, "job_coaching", cat).empty());
  EXPECT_EQ(fields_in_error(validate_place_for_case(company, "ktt", cat)),
            (Fields{{"placeId", "service_type_not_offered"}}));
}

struct CapacityCase {
  const char* name;
  std::vector<DateRange> existing;
  DateRange window;
  int capacity;
  int peak;
  bool room;
};

class CapacityOverDateRanges : public ::testing::TestWithParam<CapacityCase> {};

TEST_P(CapacityOverDateRanges, CountsOnlyBookingsInForceOnTheSameDay) {
  const auto& c = GetParam();
  EXPECT_EQ(peak_occupancy(c.existing, c.window), c.peak);
  EXPECT_EQ(has_room(c.existing, c.window, c.capacity), c.room);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CapacityOverDateRanges,
    ::testing::Values(
        CapacityCase{"empty", {}, {"2026-01-01", "2026-03-31"}, 1, 0, true},
        CapacityCase{"one_overlapping", {{"2026-02-01", "2026-02-28"}}, {"2026-01-01", "2026-03-31"}, 1, 1, false},
        CapacityCase{"ends_the_day_before", {{"2025-10-01", "2025-12-31"}}, {"2026-01-01", ""}, 1, 0, true},
        CapacityCase{"starts_the_day_after", {{"2026-04-01", ""}}, {"2026-01-01", "2026-03-31"}, 1, 0, true},
        CapacityCase{"same_end_and_start_day", {{"2025-10-01", "2026-01-01"}}, {"2026-01-01", ""}, 1, 1, false},
        CapacityCase{"consecutive_bookings_never_overlap",
                     {{"2026-01-01", "2026-01-31"}, {"2026-02-01", "2026-02-28"}},
                     {"2026-01-01", "2026-02-28"}, 2, 1, true},
        CapacityCase{"two_at_once", {{"2026-01-01", "2026-01-31"}, {"2026-01-15", ""}}, {"2026-01-20", "2026-01-21"},
                     2, 2, false},
        CapacityCase{"open_ended_booking_blocks_future", {{"2026-01-01", ""}}, {"2030-01-01", "2030-01-02"}, 1, 1,
                     false},
        CapacityCase{"open_ended_window_meets_future_start", {{"2027-01-01", "2027-02-01"}}, {"2026-01-01", ""}, 1, 1,
                     false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(PlaceRules, UnknownServiceTypesAreRefused) {
  EXPECT_EQ(fields_in_error(validate_place(valid_place({"cooking"}), "association", testing::catalogue())),
            (Fields{{"serviceTypes", "invalid_choice"}}));
}

TEST(PlaceRules, KttIsNeverHostedByACompany) {
  EXPECT_EQ(fields_in_error(validate_place(valid_place({"ktt"}), "company", testing::catalogue())),
            (Fields{{"serviceTypes", "not_at_company"}}));
  EXPECT_EQ(fields_in_error(validate_place(valid_place({"job_coaching", "ktt"}), "company", testing::catalogue())),
            (Fields{{"serviceTypes", "not_at_company"}}));
  EXPECT_TRUE(validate_place(valid_place({"job_coaching", "supported_employment"}), "company", testing::catalogue()).empty());
  for (const char* host : {"association", "municipal_unit", "foundation", "parish", "provider"}) {
    EXPECT_TRUE(validate_place(valid_place({"ktt"}), host, testing::catalogue()).empty()) << host;
  }
}

TEST(PlaceRules, AnOpenPlaceNeedsTheNoDisplacementConfirmation) {
  auto p = valid_place();
  p.no_displacement_confirmed = false;
  EXPECT_EQ(fields_in_error(validate_place(p, "association", testing::catalogue())),
            (Fields{{"noDisplacementConfirmed", "must_confirm"}}));
  p.status = "paused";
  EXPECT_TRUE(validate_place(p, "association", testing::catalogue()).empty());
}

TEST(PlaceRules, RefusesBadHoursDaysAndCapacity) {
  auto p = valid_place();
  p.start_time = "15:00";
  p.end_time = "08:00";
  p.weekdays = {"monday"};
  p.capacity = 0;
  p.supervisor_name = "";
  auto errors = validate_place(p, "association", testing::catalogue());
  EXPECT_EQ(fields_in_error(errors), (Fields{{"endTime", "end_before_start"},
                                             {"weekdays", "invalid_choice"},
                                             {"capacity", "out_of_range"},
                                             {"supervisorName", "required"}}));
}

TEST(Dates, RealDatesOnlyAndDayArithmetic) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2025-02-29"));
  EXPECT_FALSE(is_iso_date("2025-13-01"));
  EXPECT_FALSE(is_iso_date("1.2.2025"));
  EXPECT_EQ(add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(add_days("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(add_days("2026-11-25", 60), "2027-01-24");
}

struct FilterCase {
  const char* name;
  PlaceFilter filter;
  const char* field;  // nullptr: valid
  const char* code;
};

class PlaceFilterRules : public ::testing::TestWithParam<FilterCase> {};

TEST_P(PlaceFilterRules, ExplainEveryBadQueryValue) {
  const auto& c = GetParam();
  auto errors = validate_place_filter(c.filter, testing::catalogue());
  if (c.field == nullptr) {
    EXPECT_TRUE(errors.empty()) << errors.front().field << " " << errors.front().code;
  } else {
    EXPECT_EQ(fields_in_error(errors), (Fields{{c.field, c.code}})) << c.name;
  }
}

PlaceFilter filter_with(std::function<void(PlaceFilter&)> change) {
  PlaceFilter f;
  change(f);
  return f;
}

INSTANTIATE_TEST_SUITE_P(
    Table, PlaceFilterRules,
    ::testing::Values(
        FilterCase{"empty", {}, nullptr, nullptr},
        FilterCase{"everything",
                   filter_with([](PlaceFilter& f) {
                     f = {"ktt", "kitchen", "Kotikylä", "tue", "09:00", "14:00", true, "2026-12-01", "2027-02-28"};
                   }),
                   nullptr, nullptr},
        FilterCase{"unknown_service", filter_with([](PlaceFilter& f) { f.service_type = "cooking"; }), "serviceType",
                   "invalid_choice"},
        FilterCase{"unknown_field", filter_with([](PlaceFilter& f) { f.field = "space"; }), "field", "invalid_choice"},
        FilterCase{"finnish_weekday", filter_with([](PlaceFilter& f) { f.weekday = "ti"; }), "weekday",
                   "invalid_choice"},
        FilterCase{"dotted_time", filter_with([](PlaceFilter& f) { f.start_time = "9.00"; }), "startTime",
                   "invalid_format"},
        FilterCase{"hours_backwards", filter_with([](PlaceFilter& f) { f.start_time = "14:00", f.end_time = "09:00"; }),
                   "endTime", "end_before_start"},
        FilterCase{"no_such_day", filter_with([](PlaceFilter& f) { f.free_from = "2026-02-30"; }), "freeFrom",
                   "invalid_date"},
        FilterCase{"until_alone", filter_with([](PlaceFilter& f) { f.free_until = "2026-12-31"; }), "freeFrom",
                   "required"},
        FilterCase{"dates_backwards", filter_with([](PlaceFilter& f) {
                     f.free_from = "2026-12-31", f.free_until = "2026-12-01";
                   }),
                   "freeUntil", "end_before_start"}),
    [](const auto& info) { return std::string(info.param.name); });

struct NeedsCase {
  const char* name;
  std::function<void(ClientNeeds&)> change;
  const char* field;  // nullptr: valid
  const char* code;
};

class ClientNeedsRules : public ::testing::TestWithParam<NeedsCase> {};

TEST_P(ClientNeedsRules, ExplainEveryBadNeed) {
  ClientNeeds n{"ktt", "Kotikylä", {"mon", "tue"}, "09:00", "13:00", {"kitchen"}, "2026-12-01"};
  GetParam().change(n);
  auto errors = validate_client_needs(n, testing::catalogue());
  if (GetParam().field == nullptr) {
    EXPECT_TRUE(errors.empty()) << errors.front().field << " " << errors.front().code;
  } else {
    EXPECT_EQ(fields_in_error(errors), (Fields{{GetParam().field, GetParam().code}})) << GetParam().name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, ClientNeedsRules,
    ::testing::Values(
        NeedsCase{"valid", [](ClientNeeds&) {}, nullptr, nullptr},
        NeedsCase{"only_the_required", [](ClientNeeds& n) { n = {"ktt", "", {}, "", "", {}, "2026-12-01"}; }, nullptr,
                  nullptr},
        NeedsCase{"no_service", [](ClientNeeds& n) { n.service_type.clear(); }, "serviceType", "required"},
        NeedsCase{"unknown_service", [](ClientNeeds& n) { n.service_type = "cooking"; }, "serviceType",
                  "invalid_choice"},
        NeedsCase{"no_start", [](ClientNeeds& n) { n.start_date.clear(); }, "startDate", "required"},
        NeedsCase{"no_such_day", [](ClientNeeds& n) { n.start_date = "2026-02-30"; }, "startDate", "invalid_date"},
        NeedsCase{"finnish_weekday", [](ClientNeeds& n) { n.weekdays = {"mon", "ti"}; }, "weekdays",
                  "invalid_choice"},
        NeedsCase{"unknown_interest", [](ClientNeeds& n) { n.interests = {"space"}; }, "interests", "invalid_choice"},
        NeedsCase{"hour_25", [](ClientNeeds& n) { n.end_time = "25:00"; }, "endTime", "invalid_format"},
        NeedsCase{"hours_backwards", [](ClientNeeds& n) { n.end_time = "08:00"; }, "endTime", "end_before_start"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ClosedDays, AreDaysInsideTheRangeOnceWithAShortReason) {
  EXPECT_TRUE(validate_closed_days("2026-07-01", "2026-07-31", {{"2026-07-06", "Kesätauko"}, {"2026-07-07", ""}}).empty());
  EXPECT_EQ(fields_in_error(validate_closed_days("2026-07-01", "2026-07-31",
                                                 {{"2026-08-01", ""}, {"2026-07-06", ""}, {"2026-07-06", ""},
                                                  {"6.7.2026", ""}, {"2026-07-08", std::string(201, 'x')}})),
            (Fields{{"days[0].day", "out_of_range"},
                    {"days[2].day", "duplicate"},
                    {"days[3].day", "invalid_date"},
                    {"days[4].reason", "too_long"}}));
  EXPECT_EQ(fields_in_error(validate_closed_days("2026-07-31", "2026-07-01", {})), (Fields{{"to", "end_before_start"}}));
  EXPECT_EQ(fields_in_error(validate_closed_days("2026-01-01", "2027-06-01", {})), (Fields{{"to", "out_of_range"}}));
  EXPECT_EQ(fields_in_error(validate_closed_days("", "x", {})), (Fields{{"from", "required"}, {"to", "invalid_date"}}));
}

}  // namespace
}  // namespace polku::registry
