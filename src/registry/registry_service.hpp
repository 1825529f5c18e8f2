// The registry service: who may see and change hosts and places (registry_access),
// the place rules (place_rules), and one unit of work per change. The registry
// holds no client data, so its changes carry no audit entries.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"
#include "registry/matching.hpp"
#include "registry/place_store.hpp"

namespace polku::registry {

class RegistryService {
 public:
  RegistryService(PlaceStore& store, work::Transactor& transactor) : store_(store), transactor_(transactor) {}

  // The host's type, for the host itself, whoever keeps the registry and the admin.
  Result<std::string> host_type(const work::Caller& caller, long long host_id);
  // Set by the registry's keeper, never by the host: a company keeps no place of a type companies may not host.
  Result<Unit> set_host_type(const work::Caller& caller, long long host_id, const std::string& host_type);
  // The host's placement supervisors, for its manager and the purchasers' workers.
  Result<std::vector<SupervisorOption>> supervisors(const work::Caller& caller, long long host_id);

  // Every place for the purchasers' workers, a host's own places for its manager and supervisors.
  Result<std::vector<Place>> places(const work::Caller& caller);
  // 404 for a missing place and for one the caller may not see.
  Result<Place> place(const work::Caller& caller, long long id);
  // To the host named, or the one the caller manages.
  Result<Place> create_place(const work::Caller& caller, std::optional<long long> host_id, const PlaceInput& in);
  // in.version is the one the editor read: a stale one is a conflict, none a field error.
  Result<Place> update_place(const work::Caller& caller, long long id, const PlaceInput& in);
  // The days the place is closed; those who see the place read them, its host's manager sets them.
  Result<std::vector<ClosedDay>> closed_days(const work::Caller& caller, long long id, const std::string& from,
                                             const std::string& to);
  Result<std::vector<ClosedDay>> set_closed_days(const work::Caller& caller, long long id, const std::string& from,
                                                 const std::string& to, const std::vector<ClosedDay>& days);

  Result<std::vector<Place>> search(const work::Caller& caller, const PlaceFilter& filter);
  Result<std::vector<RankedPlace>> match(const work::Caller& caller, const ClientNeeds& needs);

 private:
  PlaceStore& store_;
  work::Transactor& transactor_;
};

}  // namespace polku::registry
