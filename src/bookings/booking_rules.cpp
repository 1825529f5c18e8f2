#include "bookings/booking_rules.hpp"

#include <algorithm>
#include <array>

#include "platform/core/field_checks.hpp"
#include "registry/place_rules.hpp"

namespace polku::bookings {
using checks::kMaxText;
using checks::one_of;
using checks::require_date;
using checks::require_text;
using registry::is_clock_time;
namespace {

constexpr std::array<std::string_view, 4> kOutcomes = {"pending", "suitable", "not_suitable", "cancelled"};
constexpr std::array<std::string_view, 4> kParties = {"client", "purchaser", "host", "provider"};

}  // namespace

bool is_party(std::string_view party) { return one_of(kParties, party); }

std::vector<FieldError> validate_acknowledgement(const Acknowledgement& ack) {
  static constexpr std::array<std::string_view, 3> kMethods = {"in_person", "phone", "paper"};
  std::vector<FieldError> e;
  if (!is_party(ack.party)) e.push_back({"party", ack.party.empty() ? "required" : "invalid_choice"});
  if (ack.name.empty()) e.push_back({"name", "required"});
  if (ack.name.size() > 200) e.push_back({"name", "too_long"});
  if (ack.party == "client") {
    if (!one_of(kMethods, ack.method)) e.push_back({"method", ack.method.empty() ? "required" : "invalid_choice"});
  } else if (!ack.method.empty()) {
    e.push_back({"method", "invalid_choice"});
  }
  return e;
}

std::vector<FieldError> validate_booking(const BookingInput& in) {
  std::vector<FieldError> e;
  if (in.place_id <= 0) e.push_back({"placeId", "required"});
  if (in.client_id <= 0) e.push_back({"clientId", "required"});
  require_date(e, "startDate", in.start_date);
  if (!in.end_date.empty()) {
    if (!is_iso_date(in.end_date))
      e.push_back({"endDate", "invalid_date"});
    else if (in.end_date < in.start_date)
      e.push_back({"endDate", "end_before_start"});
  }
  return e;
}

std::vector<FieldError> validate_visit(const VisitInput& in) {
  std::vector<FieldError> e;
  if (in.place_id <= 0) e.push_back({"placeId", "required"});
  if (in.client_id <= 0) e.push_back({"clientId", "required"});
  require_date(e, "visitDate", in.visit_date);
  if (!is_clock_time(in.visit_time)) e.push_back({"visitTime", in.visit_time.empty() ? "required" : "invalid_format"});
  if (in.accompanied_by.size() > 200) e.push_back({"accompaniedBy", "too_long"});
  if (!one_of(kOutcomes, in.outcome)) e.push_back({"outcome", "invalid_choice"});
  if (in.outcome_notes.size() > kMaxText) e.push_back({"outcomeNotes", "too_long"});
  return e;
}

std::vector<FieldError> validate_client_agreement(const ClientAgreementInput& in) {
  std::vector<FieldError> e;
  if (in.client_id <= 0) e.push_back({"clientId", "required"});
  if (in.place_id <= 0) e.push_back({"placeId", "required"});
  require_date(e, "startDate", in.start_date);
  require_date(e, "endDate", in.end_date);
  if (is_iso_date(in.start_date) && is_iso_date(in.end_date) && in.end_date < in.start_date) {
    e.push_back({"endDate", "end_before_start"});
  }
  if (in.days_per_week < 1 || in.days_per_week > 7) e.push_back({"daysPerWeek", "out_of_range"});
  if (in.hours_per_day < 1 || in.hours_per_day > 12) e.push_back({"hoursPerDay", "out_of_range"});
  require_text(e, "tasks", in.tasks, kMaxText);
  require_text(e, "responsiblePersons", in.responsible_persons, kMaxText);
  return e;
}

std::vector<FieldError> validate_agreement_terms(const ClientAgreementInput& in, const CaseTerms& terms,
                                                 const registry::ServiceCatalogue& catalogue) {
  registry::ServiceCatalogue on_start = catalogue;
  on_start.today = in.start_date;
  const auto limits = on_start.limits(terms.service_type);
  if (!limits) return {{"startDate", "no_limits_in_force"}};
  // The first limit a value breaks is named: the law's, then the product's, then the decision's.
  auto check = [&](const char* field, int value, int type_min, int type_max, std::optional<std::pair<int, int>> product,
                   std::optional<int> decided) -> std::optional<FieldError> {
    if (value < type_min || value > type_max) return FieldError{field, "outside_service_type_limits"};
    if (product && (value < product->first || value > product->second)) {
      return FieldError{field, "outside_product_limits"};
    }
    if (decided && value > *decided) return FieldError{field, "outside_decision_limits"};
    return std::nullopt;
  };
  std::optional<std::pair<int, int>> product_days, product_hours;
  if (terms.product) {
    product_days = std::pair{terms.product->days_min, terms.product->days_max};
    product_hours = std::pair{terms.product->hours_min, terms.product->hours_max};
  }
  std::vector<FieldError> e;
  if (auto d = check("daysPerWeek", in.days_per_week, limits->days_per_week_min, limits->days_per_week_max,
                     product_days, terms.decision_days_max)) {
    e.push_back(*d);
  }
  if (auto h = check("hoursPerDay", in.hours_per_day, limits->hours_per_day_min, limits->hours_per_day_max,
                     product_hours, terms.decision_hours_max)) {
    e.push_back(*h);
  }
  return e;
}

bool needs_agreement_between_organisations(long long host_id, long long purchaser_id) {
  return host_id != purchaser_id;
}

bool acknowledged_by_all(const ClientAgreement& a) {
  auto acknowledged = [&a](std::string_view party) {
    for (const auto& ack : a.acknowledgements)
      if (ack.party == party) return true;
    return false;
  };
  return std::all_of(kRequiredAcknowledgements.begin(), kRequiredAcknowledgements.end(), acknowledged);
}

bool has_client_agreement_in_force(const std::vector<ClientAgreement>& agreements, const std::string& today) {
  for (const auto& a : agreements) {
    if (!a.data.end_date.empty() && a.data.end_date < today) continue;
    if (acknowledged_by_all(a)) return true;
  }
  return false;
}

std::vector<AgreementGap> agreement_gaps(const std::vector<ClientAgreement>& agreements, const std::string& today) {
  auto in_force = [&today](const ClientAgreement& a) { return a.data.end_date.empty() || a.data.end_date >= today; };
  auto acknowledged = [](const ClientAgreement& a, std::string_view party) {
    for (const auto& ack : a.acknowledgements)
      if (ack.party == party) return true;
    return false;
  };
  const ClientAgreement* newest = nullptr;  // in force, for the parties still to acknowledge
  std::string earliest_start;               // of those in force and fully acknowledged
  for (const auto& a : agreements) {
    if (!in_force(a)) continue;
    if (acknowledged_by_all(a)) {
      if (a.data.start_date <= today) return {};
      if (earliest_start.empty() || a.data.start_date < earliest_start) earliest_start = a.data.start_date;
    } else if (newest == nullptr || a.id > newest->id) {
      newest = &a;
    }
  }
  if (!earliest_start.empty()) return {{"start_date_not_reached", "", 0, earliest_start}};
  if (newest == nullptr) return {{"agreement_missing", "", 0, ""}};
  std::vector<AgreementGap> out;
  for (std::string_view p : kRequiredAcknowledgements) {
    if (!acknowledged(*newest, p))
      out.push_back({std::string(p) + "_acknowledgement_missing", std::string(p), newest->id, ""});
  }
  return out;
}

}  // namespace polku::bookings
