// Storage of host types and places; the candidates that search and matching rank.
#pragma once
#include <optional>
#include <set>
#include <vector>

#include "registry/matching.hpp"
#include "registry/place.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::registry {

// The service types (from the service_types module) with today's date.
ServiceCatalogue load_service_catalogue(db::Database& db);

class PlaceStore {
 public:
  explicit PlaceStore(db::Database& db) : db_(db) {}

  // "" when the organisation has no host type yet.
  std::string host_type(long long organisation_id);
  // Refused unless the organisation is a host.
  Result<Unit> set_host_type(long long organisation_id, const std::string& host_type);
  std::set<long long> purchaser_ids();

  // host_id 0: every host's places; each with its bookings in force today.
  std::vector<Place> list(long long host_id = 0);
  std::optional<Place> find(long long id);
  // The place read in the unit, its row locked until the unit commits.
  std::optional<Place> lock(work::UnitOfWork& unit, long long id);
  Result<Place> create(long long host_id, const PlaceInput& in);
  Result<Place> update(long long id, const PlaceInput& in);  // in.version required
  // The host's active users with the placement_supervisor role, by name.
  std::vector<SupervisorOption> supervisors(long long host_id);
  // Every place with its active bookings and the agreements that cover it.
  std::vector<PlaceCandidate> candidates();
  ServiceCatalogue catalogue() { return load_service_catalogue(db_); }

 private:
  db::Database& db_;
};

}  // namespace polku::registry
