#include "placements/placement_rules.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>


namespace polku::placements {
namespace {

constexpr std::array<std::string_view, 6> kHostTypes = {"association", "municipal_unit", "foundation",
                                                        "parish",      "company",        "provider"};
constexpr std::array<std::string_view, 14> kFields = {
    "property_and_yard_care", "youth_work", "pet_care",  "kitchen",   "office",   "recycling", "cleaning",
    "gardening",              "retail",     "textiles",  "carpentry", "warehouse", "care_assistance", "other"};
constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 4> kStatuses = {"open", "full", "paused", "closed"};
constexpr std::array<std::string_view, 4> kOutcomes = {"pending", "suitable", "not_suitable", "cancelled"};
constexpr std::array<std::string_view, 4> kParties = {"client", "purchaser", "host", "provider"};
constexpr std::size_t kMaxText = 4000;

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

template <std::size_t N>
bool all_of(const std::vector<std::string>& values, const std::array<std::string_view, N>& list) {
  return std::all_of(values.begin(), values.end(), [&](const std::string& v) { return one_of(list, v); });
}

void require_text(std::vector<FieldError>& e, const char* field, const std::string& v, std::size_t max = 200) {
  if (v.empty()) {
    e.push_back({field, "required"});
  } else if (v.size() > max) {
    e.push_back({field, "too_long"});
  }
}

void require_date(std::vector<FieldError>& e, const char* field, const std::string& v) {
  if (v.empty()) {
    e.push_back({field, "required"});
  } else if (!is_iso_date(v)) {
    e.push_back({field, "invalid_date"});
  }
}

void check_range(std::vector<FieldError>& e, const char* min_field, int min, const char* max_field, int max,
                 int limit_min, int limit_max) {
  if (min < limit_min || min > limit_max) e.push_back({min_field, "outside_service_type_limits"});
  if (max < limit_min || max > limit_max) e.push_back({max_field, "outside_service_type_limits"});
  if (min > max) e.push_back({max_field, "min_above_max"});
}

int digits(const std::string& s, std::size_t at, std::size_t n) {
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

bool is_host_type(std::string_view code) { return one_of(kHostTypes, code); }
bool is_party(std::string_view party) { return one_of(kParties, party); }

bool is_clock_time(const std::string& t) {
  if (t.size() != 5 || t[2] != ':') return false;
  const int h = digits(t, 0, 2), m = digits(t, 3, 2);
  return h >= 0 && h <= 23 && m >= 0 && m <= 59;
}

namespace {

// Optional HH:MM times of a query, in order when both are given.
void check_hours(std::vector<FieldError>& e, const std::string& start, const std::string& end) {
  const bool start_ok = start.empty() || is_clock_time(start);
  const bool end_ok = end.empty() || is_clock_time(end);
  if (!start_ok) e.push_back({"startTime", "invalid_format"});
  if (!end_ok) e.push_back({"endTime", "invalid_format"});
  if (start_ok && end_ok && !start.empty() && !end.empty() && end <= start) e.push_back({"endTime", "end_before_start"});
}

}  // namespace

std::vector<FieldError> validate_client_needs(const ClientNeeds& n, const ServiceCatalogue& catalogue) {
  std::vector<FieldError> e;
  if (n.service_type.empty()) e.push_back({"serviceType", "required"});
  else if (!catalogue.contains(n.service_type)) e.push_back({"serviceType", "invalid_choice"});
  if (n.start_date.empty()) e.push_back({"startDate", "required"});
  else if (!is_iso_date(n.start_date)) e.push_back({"startDate", "invalid_date"});
  if (!all_of(n.weekdays, kWeekdays)) e.push_back({"weekdays", "invalid_choice"});
  if (!all_of(n.interests, kFields)) e.push_back({"interests", "invalid_choice"});
  check_hours(e, n.start_time, n.end_time);
  return e;
}

std::vector<FieldError> validate_place_filter(const PlaceFilter& f, const ServiceCatalogue& catalogue) {
  std::vector<FieldError> e;
  if (!f.service_type.empty() && !catalogue.contains(f.service_type)) e.push_back({"serviceType", "invalid_choice"});
  if (!f.field.empty() && !one_of(kFields, f.field)) e.push_back({"field", "invalid_choice"});
  if (!f.weekday.empty() && !one_of(kWeekdays, f.weekday)) e.push_back({"weekday", "invalid_choice"});
  check_hours(e, f.start_time, f.end_time);
  const bool from_ok = f.free_from.empty() || is_iso_date(f.free_from);
  const bool until_ok = f.free_until.empty() || is_iso_date(f.free_until);
  if (!from_ok) e.push_back({"freeFrom", "invalid_date"});
  if (!until_ok) e.push_back({"freeUntil", "invalid_date"});
  if (until_ok && !f.free_until.empty() && f.free_from.empty()) e.push_back({"freeFrom", "required"});
  if (from_ok && until_ok && !f.free_from.empty() && !f.free_until.empty() && f.free_until < f.free_from) {
    e.push_back({"freeUntil", "end_before_start"});
  }
  return e;
}

std::vector<FieldError> validate_place(const PlaceInput& in, const std::string& host_type,
                                       const ServiceCatalogue& catalogue) {
  std::vector<FieldError> e;
  require_text(e, "name", in.name);
  require_text(e, "workTasks", in.work_tasks, kMaxText);
  require_text(e, "municipality", in.municipality);
  if (in.fields.empty()) e.push_back({"fields", "required"});
  else if (!all_of(in.fields, kFields)) e.push_back({"fields", "invalid_choice"});
  if (in.capacity < 1 || in.capacity > 100) e.push_back({"capacity", "out_of_range"});
  if (in.weekdays.empty()) e.push_back({"weekdays", "required"});
  else if (!all_of(in.weekdays, kWeekdays)) e.push_back({"weekdays", "invalid_choice"});
  const bool start_ok = is_clock_time(in.start_time), end_ok = is_clock_time(in.end_time);
  if (!start_ok) e.push_back({"startTime", in.start_time.empty() ? "required" : "invalid_format"});
  if (!end_ok) e.push_back({"endTime", in.end_time.empty() ? "required" : "invalid_format"});
  if (start_ok && end_ok && in.end_time <= in.start_time) e.push_back({"endTime", "end_before_start"});
  if (!in.supervisor_user_id && (in.supervisor_name.empty() || in.supervisor_phone.empty())) {
    e.push_back({in.supervisor_name.empty() ? "supervisorName" : "supervisorPhone", "required"});
  }
  if (in.host_instructions.size() > kMaxText) e.push_back({"hostInstructions", "too_long"});
  if (!one_of(kStatuses, in.status)) e.push_back({"status", "invalid_choice"});
  if (in.status == "open" && !in.no_displacement_confirmed) e.push_back({"noDisplacementConfirmed", "must_confirm"});
  if (in.service_types.empty()) {
    e.push_back({"serviceTypes", "required"});
  } else if (!std::all_of(in.service_types.begin(), in.service_types.end(),
                          [&](const std::string& s) { return catalogue.contains(s); })) {
    e.push_back({"serviceTypes", "invalid_choice"});
  } else if (host_type == "company") {
    for (const auto& s : in.service_types) {
      if (!catalogue.company_may_host(s)) {
        e.push_back({"serviceTypes", "not_at_company"});
        break;
      }
    }
  }
  return e;
}

std::vector<FieldError> validate_host_type(const std::string& host_type,
                                           const std::vector<std::vector<std::string>>& place_service_types,
                                           const ServiceCatalogue& catalogue) {
  if (!is_host_type(host_type)) return {{"hostType", host_type.empty() ? "required" : "invalid_choice"}};
  if (host_type != "company") return {};
  for (const auto& types : place_service_types) {
    for (const auto& t : types) {
      if (!catalogue.company_may_host(t)) return {{"hostType", "places_not_at_company"}};
    }
  }
  return {};
}

std::vector<FieldError> validate_product(const ServiceProductInput& in, const ServiceCatalogue& catalogue) {
  std::vector<FieldError> e;
  require_text(e, "name", in.name);
  if (in.price_cents < 0) e.push_back({"priceCents", "out_of_range"});
  if (in.price_unit != "day" && in.price_unit != "month") e.push_back({"priceUnit", "invalid_choice"});
  if (in.min_guidance_hours_per_3_months < 0) e.push_back({"minGuidanceHoursPer3Months", "out_of_range"});
  if (!catalogue.contains(in.service_type)) {
    e.push_back({"serviceType", in.service_type.empty() ? "required" : "invalid_choice"});
    return e;
  }
  auto limits = catalogue.limits(in.service_type);
  if (!limits) {
    e.push_back({"serviceType", "no_limits_in_force"});
    return e;
  }
  check_range(e, "periodMonthsMin", in.period_months_min, "periodMonthsMax", in.period_months_max,
              limits->period_months_min, limits->period_months_max);
  check_range(e, "daysMin", in.days_min, "daysMax", in.days_max, limits->days_per_week_min, limits->days_per_week_max);
  check_range(e, "hoursMin", in.hours_min, "hoursMax", in.hours_max, limits->hours_per_day_min,
              limits->hours_per_day_max);
  return e;
}

std::vector<FieldError> validate_agreement(const AgreementInput& in) {
  std::vector<FieldError> e;
  if (in.kind != "partnership" && in.kind != "purchase") e.push_back({"kind", "invalid_choice"});
  if (in.purchaser_organisation_id <= 0) e.push_back({"purchaserOrganisationId", "required"});
  if (in.partner_organisation_id <= 0) {
    e.push_back({"partnerOrganisationId", "required"});
  } else if (in.partner_organisation_id == in.purchaser_organisation_id) {
    e.push_back({"partnerOrganisationId", "partner_is_purchaser"});  // own production needs no contract
  }
  require_text(e, "title", in.title);
  require_date(e, "validFrom", in.valid_from);
  require_date(e, "validUntil", in.valid_until);
  if (is_iso_date(in.valid_from) && is_iso_date(in.valid_until) && in.valid_until < in.valid_from) {
    e.push_back({"validUntil", "end_before_start"});
  }
  return e;
}

std::string partner_error(std::string_view kind, const Partner& partner) {
  if (kind == "partnership" && !partner.is_host) return "partner_not_host";
  if (kind == "purchase" && !partner.is_provider) return "partner_not_provider";
  return "";
}

std::vector<FieldError> validate_booking(const BookingInput& in) {
  std::vector<FieldError> e;
  if (in.place_id <= 0) e.push_back({"placeId", "required"});
  if (in.client_id <= 0) e.push_back({"clientId", "required"});
  require_date(e, "startDate", in.start_date);
  if (!in.end_date.empty()) {
    if (!is_iso_date(in.end_date)) e.push_back({"endDate", "invalid_date"});
    else if (in.end_date < in.start_date) e.push_back({"endDate", "end_before_start"});
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

bool overlaps(const DateRange& a, const DateRange& b) {
  const bool a_before_b = !a.end.empty() && a.end < b.start;
  const bool b_before_a = !b.end.empty() && b.end < a.start;
  return !a_before_b && !b_before_a;
}

int peak_occupancy(const std::vector<DateRange>& existing, const DateRange& window) {
  // The count only rises on a booking's first day, so the peak is on the
  // window's first day or on a start day inside the window.
  std::vector<std::string> days = {window.start};
  for (const auto& r : existing) {
    if (r.start > window.start && overlaps(DateRange{r.start, r.start}, window)) days.push_back(r.start);
  }
  int peak = 0;
  for (const auto& day : days) {
    const DateRange point{day, day};
    const auto n = std::count_if(existing.begin(), existing.end(), [&](const DateRange& r) { return overlaps(r, point); });
    peak = std::max(peak, static_cast<int>(n));
  }
  return peak;
}

bool has_room(const std::vector<DateRange>& existing, const DateRange& window, int capacity) {
  return peak_occupancy(existing, window) < capacity;
}

std::vector<FieldError> validate_place_for_case(const Place& place, std::string_view service_type,
                                                const ServiceCatalogue& catalogue) {
  const auto& offered = place.data.service_types;
  const bool offers = std::find(offered.begin(), offered.end(), service_type) != offered.end();
  const bool hostable = catalogue.company_may_host(service_type) || place.host_type != "company";
  if (!offers || !hostable) return {{"placeId", "service_type_not_offered"}};
  return {};
}

std::vector<FieldError> validate_agreement_terms(const ClientAgreementInput& in, const CaseTerms& terms,
                                                 const ServiceCatalogue& catalogue) {
  ServiceCatalogue on_start = catalogue;
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

bool agreement_valid_on(const AgreementInput& a, const std::string& date) {
  return a.valid_from <= date && date <= a.valid_until;
}

bool has_client_agreement_in_force(const std::vector<ClientAgreement>& agreements, const std::string& today) {
  for (const auto& a : agreements) {
    if (!a.data.end_date.empty() && a.data.end_date < today) continue;
    auto acknowledged = [&a](std::string_view party) {
      for (const auto& ack : a.acknowledgements)
        if (ack.party == party) return true;
      return false;
    };
    if (acknowledged("client") && acknowledged("purchaser") && acknowledged("host")) return true;
  }
  return false;
}

}  // namespace polku::placements
