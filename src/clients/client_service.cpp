#include "clients/client_service.hpp"

#include "clients/client_access.hpp"
#include "clients/client_rules.hpp"
#include "clients/personal_identity_code.hpp"
#include "platform/core/clock.hpp"

namespace polku::clients {
namespace {


// The normalized input's field errors and its date of birth (from the identity code).
std::vector<FieldError> checked(const ClientInput& in, std::string& date_of_birth) {
  auto errors = validate_client(in, today_helsinki());
  auto parsed = parse_identity_code(in.personal_identity_code);
  if (auto* p = std::get_if<ParsedIdentityCode>(&parsed)) date_of_birth = to_iso_date(*p);
  return errors;
}

// Two registrations of one code at once: the unique index refuses the second (translated as a duplicate).
Error duplicate_code_as_field(const Error& e) {
  if (db::is_duplicate(e)) {
    return Error::invalid({{"personalIdentityCode", "duplicate"}});
  }
  return e;
}

}  // namespace

Result<Client> ClientService::readable(const work::Caller& caller, long long id, const char* detail) {
  auto client = store_.find(id);
  if (!client) return Error::not_found();
  if (!can_read(caller.user, client->organisation_id)) {
    caller.refused(client->id, detail);
    return Error::not_found();  // existence is not revealed
  }
  return std::move(*client);
}

Result<Client> ClientService::read(const work::Caller& caller, long long id) {
  auto client = readable(caller, id, "client");
  if (client) caller.accessed(client->id, "read");
  return client;
}

Result<std::vector<ClientSummary>> ClientService::search(const work::Caller& caller, const std::string& query) {
  auto organisations = readable_organisations(caller.user);
  if (organisations.empty()) return Error::forbidden();
  auto found = store_.search(organisations, query);
  for (const auto& s : found) caller.accessed(s.id, "list");
  return found;
}

Result<Client> ClientService::create(const work::Caller& caller, const ClientInput& input) {
  auto organisations = writable_organisations(caller.user);
  if (organisations.empty()) return Error::forbidden();
  long long organisation = 0;
  if (input.organisation_id) {
    if (!can_write(caller.user, *input.organisation_id)) return Error::forbidden();
    organisation = *input.organisation_id;
  } else if (organisations.size() == 1) {
    organisation = organisations.front();
  } else {
    return Error::invalid({{"organisationId", "organisation_required"}});
  }
  const ClientInput in = normalized(input);
  std::string date_of_birth;
  auto errors = checked(in, date_of_birth);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (in.own_worker_id && !store_.is_worker_of(unit, *in.own_worker_id, organisation)) {
      return Error::invalid({{"ownWorkerId", "invalid_choice"}});
    }
    if (store_.identity_code_taken(unit, organisation, in.personal_identity_code, 0)) {
      return Error::invalid({{"personalIdentityCode", "duplicate"}});
    }
    const long long new_id = store_.insert(unit, organisation, in, date_of_birth);
    unit.audit(new_id, "create", {});
    return new_id;
  });
  if (!id) return duplicate_code_as_field(id.error());
  return *store_.find(*id);
}

Result<Client> ClientService::update(const work::Caller& caller, long long id, const ClientInput& input) {
  auto client = readable(caller, id, "client");
  if (!client) return client;
  if (!can_write(caller.user, client->organisation_id)) return Error::forbidden();
  const ClientInput in = normalized(input);
  std::string date_of_birth;
  auto errors = checked(in, date_of_birth);
  if (!in.version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto before = store_.find_for_update(unit, id);
    if (!before) return Error::not_found();
    if (before->version != *in.version) return Error::make(ErrorCode::kConflict, "stale_version");
    if (in.own_worker_id && in.own_worker_id != before->data.own_worker_id &&
        !store_.is_worker_of(unit, *in.own_worker_id, before->organisation_id)) {
      return Error::invalid({{"ownWorkerId", "invalid_choice"}});
    }
    if (store_.identity_code_taken(unit, before->organisation_id, in.personal_identity_code, id)) {
      return Error::invalid({{"personalIdentityCode", "duplicate"}});
    }
    if (!store_.update(unit, id, *in.version, in, date_of_birth)) {
      return Error::make(ErrorCode::kConflict, "stale_version");
    }
    unit.audit(id, "update", changed_fields(before->data, in));
    return Unit{};
  });
  if (!done) return duplicate_code_as_field(done.error());
  return *store_.find(id);
}

Result<Client> ClientService::assign_own_worker(const work::Caller& caller, long long id,
                                              std::optional<long long> worker_id, std::optional<long long> version) {
  auto client = readable(caller, id, "client");
  if (!client) return client;
  if (!can_assign_own_worker(caller.user, client->organisation_id)) return Error::forbidden();
  if (!version) return Error::invalid({{"version", "required"}});
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto before = store_.find_for_update(unit, id);
    if (!before) return Error::not_found();
    if (before->version != *version) return Error::make(ErrorCode::kConflict, "stale_version");
    if (worker_id && !store_.is_worker_of(unit, *worker_id, before->organisation_id)) {
      return Error::invalid({{"ownWorkerId", "invalid_choice"}});
    }
    if (!store_.set_own_worker(unit, id, *version, worker_id)) return Error::make(ErrorCode::kConflict, "stale_version");
    unit.audit(id, "update", "ownWorkerId");
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<std::vector<audit::AccessEntry>> ClientService::access_log(const work::Caller& caller, long long id) {
  auto client = readable(caller, id, "access-log");
  if (!client) return client.error();
  if (!can_read_access_log(caller.user, client->organisation_id)) {
    caller.refused(client->id, "access-log");
    return Error::forbidden();
  }
  auto entries = audit_.for_client(client->id);
  caller.accessed(client->id, "read", "access-log");
  return entries;
}

}  // namespace polku::clients
