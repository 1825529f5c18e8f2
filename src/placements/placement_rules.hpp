// Pure rules of the placement registry: field checks for places, products,
// agreements, bookings, visits and client agreements; capacity over date ranges.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "placements/matching.hpp"
#include "placements/placement.hpp"
#include "placements/service_catalogue.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/error.hpp"

namespace polku::placements {

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
// A product may only narrow its service type's limits in force today.
std::vector<FieldError> validate_product(const ServiceProductInput& in, const ServiceCatalogue& catalogue);
// A registry search's query: known choices, HH:MM times in order, real dates in order.
std::vector<FieldError> validate_place_filter(const PlaceFilter& f, const ServiceCatalogue& catalogue);
// A client's needs for matching: a known service type and a real start date are required.
std::vector<FieldError> validate_client_needs(const ClientNeeds& n, const ServiceCatalogue& catalogue);
std::vector<FieldError> validate_agreement(const AgreementInput& in);
// Why `partner` cannot be the other party of an agreement of `kind` ("" when it can):
// a partnership is made with a host (the association), a purchase contract with a provider.
std::string partner_error(std::string_view kind, const Partner& partner);
std::vector<FieldError> validate_booking(const BookingInput& in);
std::vector<FieldError> validate_visit(const VisitInput& in);
std::vector<FieldError> validate_client_agreement(const ClientAgreementInput& in);
bool is_party(std::string_view party);

// What a booking or a client agreement must fit when it is for a case, as the store reads it.
struct CaseTerms {
  std::string service_type;                    // the case's
  std::optional<ServiceProductInput> product;  // ordered for the case from the agreement's provider
  std::optional<int> decision_days_max;        // the case's signed decision, when there is one
  std::optional<int> decision_hours_max;
};
// The place offers the case's service type, and never a type companies may not host at a company.
std::vector<FieldError> validate_place_for_case(const Place& place, std::string_view service_type,
                                                const ServiceCatalogue& catalogue);
// The agreement's days a week and hours a day within the service type's limits in force on its
// start date, the product's and the decision's.
std::vector<FieldError> validate_agreement_terms(const ClientAgreementInput& in, const CaseTerms& terms,
                                                 const ServiceCatalogue& catalogue);

bool overlaps(const DateRange& a, const DateRange& b);
// The most bookings of `existing` that are in force on one day of `window`.
int peak_occupancy(const std::vector<DateRange>& existing, const DateRange& window);
// True when one more booking over `window` keeps the place within capacity.
bool has_room(const std::vector<DateRange>& existing, const DateRange& window, int capacity);
// An organisation makes no agreement with itself: its own places (its own production)
// take its own clients without one.
bool needs_agreement_between_organisations(long long host_id, long long purchaser_id);
// An agreement is valid on `date` when date lies in [valid_from, valid_until].
bool agreement_valid_on(const AgreementInput& a, const std::string& date);
// The client agreement a case needs before implementation: acknowledged by the
// client, the purchaser and the host, and not ended before `today`.
bool has_client_agreement_in_force(const std::vector<ClientAgreement>& agreements, const std::string& today);

}  // namespace polku::placements
