#include "registry/registry_service.hpp"

#include "registry/place_rules.hpp"
#include "registry/registry_access.hpp"

namespace polku::registry {
namespace {

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

}  // namespace

Result<std::string> RegistryService::host_type(const work::Caller& caller, long long host_id) {
  if (!caller.user.has_role("admin") && !sees_host_places(caller.user, host_id) &&
      !sees_all_places(caller.user, store_.purchaser_ids())) {
    return Error::forbidden();
  }
  return store_.host_type(host_id);
}

Result<Unit> RegistryService::set_host_type(const work::Caller& caller, long long host_id, const std::string& type) {
  if (!can_set_host_type(caller.user, store_.purchaser_ids())) return Error::forbidden();
  const auto catalogue = store_.catalogue();
  if (auto errors = validate_host_type(type, {}, catalogue); !errors.empty()) return Error::invalid(std::move(errors));
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!store_.is_host(unit, host_id)) return Error::not_found();
    // Read in the unit, so a place added meanwhile is checked too.
    if (auto errors = validate_host_type(type, store_.offered_service_types(unit, host_id), catalogue);
        !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    store_.set_host_type(unit, host_id, type);
    return Unit{};
  });
}

Result<std::vector<SupervisorOption>> RegistryService::supervisors(const work::Caller& caller, long long host_id) {
  if (!can_edit_place(caller.user, host_id) && !sees_all_places(caller.user, store_.purchaser_ids())) {
    return Error::forbidden();
  }
  return store_.supervisors(host_id);
}

Result<std::vector<Place>> RegistryService::places(const work::Caller& caller) {
  if (sees_all_places(caller.user, store_.purchaser_ids())) return store_.list();
  const auto hosts = seen_hosts(caller.user);
  if (hosts.empty()) return Error::forbidden();
  std::vector<Place> out;
  for (long long host : hosts) {
    for (auto& p : store_.list(host)) out.push_back(std::move(p));
  }
  return out;
}

Result<Place> RegistryService::place(const work::Caller& caller, long long id) {
  auto found = store_.find(id);
  if (!found || !can_read_place(caller.user, store_.purchaser_ids(), found->host_organisation_id)) {
    return Error::not_found();
  }
  return std::move(*found);
}

Result<Place> RegistryService::create_place(const work::Caller& caller, std::optional<long long> named,
                                            const PlaceInput& in) {
  auto host = managed_host(caller.user, named);
  if (!host) return Error::forbidden();
  const std::string type = store_.host_type(*host);
  auto errors = validate_place(in, type, store_.catalogue());
  if (type.empty()) errors.push_back({"hostType", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (in.supervisor_user_id && !store_.is_supervisor_of(unit, *in.supervisor_user_id, *host)) {
      return Error::invalid({{"supervisorUserId", "invalid_choice"}});
    }
    return store_.insert(unit, *host, in);
  });
  if (!id) return id.error();
  return *store_.find(*id);
}

Result<Place> RegistryService::update_place(const work::Caller& caller, long long id, const PlaceInput& in) {
  auto before = place(caller, id);
  if (!before) return before;
  if (!can_edit_place(caller.user, before->host_organisation_id)) return Error::forbidden();
  auto errors = validate_place(in, before->host_type, store_.catalogue());
  if (!in.version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (in.supervisor_user_id && !store_.is_supervisor_of(unit, *in.supervisor_user_id, before->host_organisation_id)) {
      return Error::invalid({{"supervisorUserId", "invalid_choice"}});
    }
    if (!store_.update(unit, id, *in.version, in)) return stale();
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<std::vector<ClosedDay>> RegistryService::closed_days(const work::Caller& caller, long long id,
                                                            const std::string& from, const std::string& to) {
  auto found = place(caller, id);
  if (!found) return found.error();
  if (auto e = validate_closed_days(from, to, {}); !e.empty()) return Error::invalid(std::move(e));
  return store_.closed_days(id, from, to);
}

Result<std::vector<ClosedDay>> RegistryService::set_closed_days(const work::Caller& caller, long long id,
                                                                const std::string& from, const std::string& to,
                                                                const std::vector<ClosedDay>& days) {
  auto found = place(caller, id);
  if (!found) return found.error();
  if (!can_edit_place(caller.user, found->host_organisation_id)) return Error::forbidden();
  if (auto e = validate_closed_days(from, to, days); !e.empty()) return Error::invalid(std::move(e));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.set_closed_days(unit, id, from, to, days, caller.actor.user_id);
    return Unit{};
  });
  if (!done) return done.error();
  return store_.closed_days(id, from, to);
}

Result<std::vector<Place>> RegistryService::search(const work::Caller& caller, const PlaceFilter& filter) {
  if (!sees_all_places(caller.user, store_.purchaser_ids())) return Error::forbidden();
  const auto catalogue = store_.catalogue();
  if (auto errors = validate_place_filter(filter, catalogue); !errors.empty()) return Error::invalid(std::move(errors));
  return search_places(store_.candidates(), filter, catalogue);
}

Result<std::vector<RankedPlace>> RegistryService::match(const work::Caller& caller, const ClientNeeds& needs) {
  if (!sees_all_places(caller.user, store_.purchaser_ids())) return Error::forbidden();
  const auto catalogue = store_.catalogue();
  if (auto errors = validate_client_needs(needs, catalogue); !errors.empty()) return Error::invalid(std::move(errors));
  return rank_places(needs, store_.candidates(), catalogue);
}

}  // namespace polku::registry
