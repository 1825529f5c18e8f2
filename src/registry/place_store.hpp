// Storage of host types and places; the candidates that search and matching rank.
// Reads, and writes inside the caller's unit of work; the service checks and validates.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/matching.hpp"
#include "registry/place.hpp"

namespace polku::registry {

// The service types (from the service_types module) with today's date.
ServiceCatalogue load_service_catalogue(db::Database& db);

class PlaceStore {
 public:
  explicit PlaceStore(db::Database& db) : db_(db) {}

  // "" when the organisation has no host type yet.
  std::string host_type(long long organisation_id);
  std::set<long long> purchaser_ids();

  // host_id 0: every host's places; each with its bookings in force today.
  std::vector<Place> list(long long host_id = 0);
  std::optional<Place> find(long long id);
  // The place read in the unit, its row locked until the unit commits.
  std::optional<Place> lock(work::UnitOfWork& unit, long long id);
  // The host's active users with the placement_supervisor role, by name.
  std::vector<SupervisorOption> supervisors(long long host_id);
  // Every place with its active bookings and the agreements that cover it.
  std::vector<PlaceCandidate> candidates();
  ServiceCatalogue catalogue() { return load_service_catalogue(db_); }

  // Read inside the unit, so that the write they decide on sees the same rows.
  bool is_host(work::UnitOfWork& unit, long long organisation_id);
  // The service types of each of the host's places.
  std::vector<std::vector<std::string>> offered_service_types(work::UnitOfWork& unit, long long host_id);
  // The user is a placement supervisor of the host.
  bool is_supervisor_of(work::UnitOfWork& unit, long long user_id, long long host_id);

  std::vector<ClosedDay> closed_days(long long place_id, const std::string& from, const std::string& to);
  // The days in [from, to] become exactly `days` (each inside the range).
  void set_closed_days(work::UnitOfWork& unit, long long place_id, const std::string& from, const std::string& to,
                       const std::vector<ClosedDay>& days, long long user_id);

  void set_host_type(work::UnitOfWork& unit, long long organisation_id, const std::string& host_type);
  long long insert(work::UnitOfWork& unit, long long host_id, const PlaceInput& in);
  // False when the version is stale.
  bool update(work::UnitOfWork& unit, long long id, long long version, const PlaceInput& in);

 private:
  db::Database& db_;
};

}  // namespace polku::registry
