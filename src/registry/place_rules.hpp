// Pure rules of the registry: field checks for places, host types, searches and
// a client's needs; which places fit a case; capacity over date ranges.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/dates.hpp"
#include "platform/core/error.hpp"
#include "registry/matching.hpp"
#include "registry/place.hpp"
#include "registry/service_catalogue.hpp"

namespace polku::registry {

bool is_host_type(std::string_view code);
bool is_clock_time(const std::string& text);  // HH:MM

// `host_type` is the host organisation's; a company never hosts a type the
// catalogue keeps from companies (ktt).
std::vector<FieldError> validate_place(const PlaceInput& in, const std::string& host_type,
                                       const ServiceCatalogue& catalogue);
// A host type for a host whose places offer `place_service_types` (one list per place):
// a company may not keep a place offering a type the catalogue keeps from companies.
std::vector<FieldError> validate_host_type(const std::string& host_type,
                                           const std::vector<std::vector<std::string>>& place_service_types,
                                           const ServiceCatalogue& catalogue);
// A registry search's query: known choices, HH:MM times in order, real dates in order.
std::vector<FieldError> validate_place_filter(const PlaceFilter& f, const ServiceCatalogue& catalogue);
// A client's needs for matching: a known service type and a real start date are required.
std::vector<FieldError> validate_client_needs(const ClientNeeds& n, const ServiceCatalogue& catalogue);

// The place offers the case's service type, and never a type companies may not host at a company.
std::vector<FieldError> validate_place_for_case(const Place& place, std::string_view service_type,
                                                const ServiceCatalogue& catalogue);

bool overlaps(const DateRange& a, const DateRange& b);
// The most bookings of `existing` that are in force on one day of `window`.
int peak_occupancy(const std::vector<DateRange>& existing, const DateRange& window);
// True when one more booking over `window` keeps the place within capacity.
bool has_room(const std::vector<DateRange>& existing, const DateRange& window, int capacity);

// A place's closed days set for [from, to] (at most a year): each a date inside the range, once, with a short reason.
std::vector<FieldError> validate_closed_days(const std::string& from, const std::string& to,
                                             const std::vector<ClosedDay>& days);

}  // namespace polku::registry
