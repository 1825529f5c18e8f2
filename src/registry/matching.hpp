// Searching the registry and matching a client to places (pure): filters over
// places and their occupancy, and a ranking that says why each place ranks where it does.
#pragma once
#include <string>
#include <vector>

#include "registry/place.hpp"
#include "registry/service_catalogue.hpp"

namespace polku::registry {

// A place with what the store knows of it around the dates asked about.
struct PlaceCandidate {
  Place place;
  std::vector<DateRange> bookings;    // active bookings of the place
  std::vector<DateRange> agreements;  // validity periods of the agreements covering the place
};

struct PlaceFilter {
  std::string service_type;  // offered and allowed (never ktt at a company), place open or full
  std::string field;
  std::string municipality;
  std::string weekday;
  std::string start_time;              // the place must be open from..
  std::string end_time;                // ..until
  bool wheelchair_accessible = false;  // required when true
  std::string free_from;               // has room over [free_from, free_until]
  std::string free_until;
};

std::vector<Place> search_places(const std::vector<PlaceCandidate>& candidates, const PlaceFilter& filter,
                                 const ServiceCatalogue& catalogue);

struct ClientNeeds {
  std::string service_type;
  std::string municipality;
  std::vector<std::string> weekdays;
  std::string start_time;
  std::string end_time;
  std::vector<std::string> interests;  // fields
  std::string start_date;
};

struct Reason {
  std::string code;  // fits_days_and_hours, matches_interests, has_room, same_municipality, valid_agreement
  bool met = false;
};

struct RankedPlace {
  Place place;
  int score = 0;
  std::vector<Reason> reasons;
};

// Places that offer the service type (never a company's for ktt, never a closed
// or paused place), best first; ties by name.
std::vector<RankedPlace> rank_places(const ClientNeeds& needs, const std::vector<PlaceCandidate>& candidates,
                                     const ServiceCatalogue& catalogue);

}  // namespace polku::registry
