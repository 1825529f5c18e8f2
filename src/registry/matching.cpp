#include "registry/matching.hpp"

#include <algorithm>

#include "registry/place_rules.hpp"

namespace polku::registry {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool open_during(const PlaceInput& p, const std::string& from, const std::string& until) {
  return (from.empty() || p.start_time <= from) && (until.empty() || until <= p.end_time);
}

bool under_valid_agreement(const PlaceCandidate& c, const std::string& date) {
  return std::any_of(c.agreements.begin(), c.agreements.end(),
                     [&](const DateRange& a) { return a.start <= date && date <= a.end; });
}

bool fits_days_and_hours(const PlaceInput& p, const ClientNeeds& n) {
  if (n.weekdays.empty() && n.start_time.empty() && n.end_time.empty()) return true;
  for (const auto& d : n.weekdays)
    if (!contains(p.weekdays, d)) return false;
  return open_during(p, n.start_time, n.end_time);
}

bool may_offer(const Place& place, const std::string& service_type, const ServiceCatalogue& catalogue) {
  if (!contains(place.data.service_types, service_type)) return false;
  if (place.data.status == "closed" || place.data.status == "paused") return false;
  return catalogue.contains(service_type) && (catalogue.company_may_host(service_type) || place.host_type != "company");
}

}  // namespace

std::vector<Place> search_places(const std::vector<PlaceCandidate>& candidates, const PlaceFilter& f,
                                 const ServiceCatalogue& catalogue) {
  std::vector<Place> out;
  for (const auto& c : candidates) {
    const auto& p = c.place.data;
    if (!f.service_type.empty() && !may_offer(c.place, f.service_type, catalogue)) continue;
    if (!f.field.empty() && !contains(p.fields, f.field)) continue;
    if (!f.municipality.empty() && p.municipality != f.municipality) continue;
    if (!f.weekday.empty() && !contains(p.weekdays, f.weekday)) continue;
    if (!open_during(p, f.start_time, f.end_time)) continue;
    if (f.wheelchair_accessible && !p.wheelchair_accessible) continue;
    if (!f.free_from.empty() && !has_room(c.bookings, {f.free_from, f.free_until}, p.capacity)) continue;
    out.push_back(c.place);
  }
  return out;
}

std::vector<RankedPlace> rank_places(const ClientNeeds& needs, const std::vector<PlaceCandidate>& candidates,
                                     const ServiceCatalogue& catalogue) {
  // Weights: room and an agreement decide whether the place can start at all;
  // days and hours whether the client can attend; interests and distance are preferences.
  struct Weighted {
    const char* code;
    int weight;
  };
  static constexpr Weighted kWeights[] = {{"has_room", 40},
                                          {"valid_agreement", 30},
                                          {"fits_days_and_hours", 20},
                                          {"matches_interests", 10},
                                          {"same_municipality", 5}};
  std::vector<RankedPlace> out;
  for (const auto& c : candidates) {
    if (!may_offer(c.place, needs.service_type, catalogue)) continue;
    const auto& p = c.place.data;
    const bool interests = std::any_of(needs.interests.begin(), needs.interests.end(),
                                       [&](const std::string& i) { return contains(p.fields, i); });
    const bool met[] = {has_room(c.bookings, {needs.start_date, ""}, p.capacity) && p.status == "open",
                        under_valid_agreement(c, needs.start_date), fits_days_and_hours(p, needs), interests,
                        !needs.municipality.empty() && p.municipality == needs.municipality};
    RankedPlace r{c.place, 0, {}};
    for (std::size_t i = 0; i < std::size(kWeights); ++i) {
      r.reasons.push_back({kWeights[i].code, met[i]});
      if (met[i]) r.score += kWeights[i].weight;
    }
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [](const RankedPlace& a, const RankedPlace& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.place.data.name < b.place.data.name;
  });
  return out;
}

}  // namespace polku::registry
