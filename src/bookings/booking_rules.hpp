// Pure rules of bookings, introductory visits and client agreements: field
// checks, the terms a case allows, and the agreement a case needs before implementation.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "agreements/agreement.hpp"
#include "bookings/booking.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/error.hpp"
#include "registry/service_catalogue.hpp"

namespace polku::bookings {

std::vector<FieldError> validate_booking(const BookingInput& in);
std::vector<FieldError> validate_visit(const VisitInput& in);
std::vector<FieldError> validate_client_agreement(const ClientAgreementInput& in);
bool is_party(std::string_view party);
// An acknowledgement as recorded: a known party; the client's names the client and how they
// agreed (in_person, phone, paper), recorded by their worker; the others name no method.
std::vector<FieldError> validate_acknowledgement(const Acknowledgement& ack);

// What a client agreement must fit when it is for a case, as the service reads it.
struct CaseTerms {
  std::string service_type;                                // the case's
  std::optional<agreements::ServiceProductInput> product;  // ordered for the case from the agreement's provider
  std::optional<int> decision_days_max;                    // the case's signed decision, when there is one
  std::optional<int> decision_hours_max;
};
// The agreement's days a week and hours a day within the service type's limits in force on its
// start date, the product's and the decision's.
std::vector<FieldError> validate_agreement_terms(const ClientAgreementInput& in, const CaseTerms& terms,
                                                 const registry::ServiceCatalogue& catalogue);

// An organisation makes no agreement with itself: its own places (its own production)
// take its own clients without one.
bool needs_agreement_between_organisations(long long host_id, long long purchaser_id);
// Whose acknowledgements a client agreement needs before the work starts.
inline constexpr std::array<std::string_view, 3> kRequiredAcknowledgements = {"client", "purchaser", "host"};
// Acknowledged by the client, the purchaser and the host.
bool acknowledged_by_all(const ClientAgreement& a);
// The client agreement a case needs before implementation: acknowledged by the
// client, the purchaser and the host, and not ended before `today`.
bool has_client_agreement_in_force(const std::vector<ClientAgreement>& agreements, const std::string& today);

// What of the client agreement still keeps a case from implementation on `today`: none in force
// (agreement_missing); the parties that have not acknowledged the newest one in force
// (<party>_acknowledgement_missing); or, all acknowledged, its start date still to come
// (start_date_not_reached). Empty when the work may start.
struct AgreementGap {
  std::string code;
  std::string party;
  long long client_agreement_id = 0;
  std::string date;  // the start date, for start_date_not_reached
};
std::vector<AgreementGap> agreement_gaps(const std::vector<ClientAgreement>& agreements, const std::string& today);

}  // namespace polku::bookings
