#include "registry/place_rules.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::registry {
using checks::all_of;
using checks::kMaxText;
using checks::one_of;
using checks::require_text;
namespace {

constexpr std::array<std::string_view, 6> kHostTypes = {"association", "municipal_unit", "foundation",
                                                        "parish",      "company",        "provider"};
constexpr std::array<std::string_view, 14> kFields = {"property_and_yard_care",
                                                      "youth_work",
                                                      "pet_care",
                                                      "kitchen",
                                                      "office",
                                                      "recycling",
                                                      "cleaning",
                                                      "gardening",
                                                      "retail",
                                                      "textiles",
                                                      "carpentry",
                                                      "warehouse",
                                                      "care_assistance",
                                                      "other"};
constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 4> kStatuses = {"open", "full", "paused", "closed"};

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
  if (start_ok && end_ok && !start.empty() && !end.empty() && end <= start)
    e.push_back({"endTime", "end_before_start"});
}

}  // namespace

std::vector<FieldError> validate_client_needs(const ClientNeeds& n, const ServiceCatalogue& catalogue) {
  std::vector<FieldError> e;
  if (n.service_type.empty())
    e.push_back({"serviceType", "required"});
  else if (!catalogue.contains(n.service_type))
    e.push_back({"serviceType", "invalid_choice"});
  if (n.start_date.empty())
    e.push_back({"startDate", "required"});
  else if (!is_iso_date(n.start_date))
    e.push_back({"startDate", "invalid_date"});
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
  if (in.fields.empty())
    e.push_back({"fields", "required"});
  else if (!all_of(in.fields, kFields))
    e.push_back({"fields", "invalid_choice"});
  if (in.capacity < 1 || in.capacity > 100) e.push_back({"capacity", "out_of_range"});
  if (in.weekdays.empty())
    e.push_back({"weekdays", "required"});
  else if (!all_of(in.weekdays, kWeekdays))
    e.push_back({"weekdays", "invalid_choice"});
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
    const auto n =
        std::count_if(existing.begin(), existing.end(), [&](const DateRange& r) { return overlaps(r, point); });
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

std::vector<FieldError> validate_closed_days(const std::string& from, const std::string& to,
                                             const std::vector<ClosedDay>& days) {
  std::vector<FieldError> e;
  checks::require_date(e, "from", from);
  checks::require_date(e, "to", to);
  if (!is_iso_date(from) || !is_iso_date(to)) return e;
  if (to < from) e.push_back({"to", "end_before_start"});
  if (to > add_days(from, 366)) e.push_back({"to", "out_of_range"});
  std::set<std::string> seen;
  for (std::size_t i = 0; i < days.size(); ++i) {
    const std::string field = "days[" + std::to_string(i) + "]";
    if (!is_iso_date(days[i].day)) {
      e.push_back({field + ".day", "invalid_date"});
    } else if (days[i].day < from || days[i].day > to) {
      e.push_back({field + ".day", "out_of_range"});
    } else if (!seen.insert(days[i].day).second) {
      e.push_back({field + ".day", "duplicate"});
    }
    if (days[i].reason.size() > 200) e.push_back({field + ".reason", "too_long"});
  }
  return e;
}

}  // namespace polku::registry
