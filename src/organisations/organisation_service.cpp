#include "organisations/organisation_service.hpp"

#include "organisations/organisation_access.hpp"
#include "platform/auth/password.hpp"
#include "platform/documents/document.hpp"

namespace polku::organisations {
namespace {

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

}  // namespace

Result<std::vector<Organisation>> OrganisationService::organisations(const work::Caller& caller) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  return store_.list_organisations();
}

Result<Organisation> OrganisationService::organisation(const work::Caller& caller, long long id) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  auto found = id > 0 ? store_.find_organisation(id) : std::nullopt;
  if (!found) return Error::not_found();
  return std::move(*found);
}

Result<Organisation> OrganisationService::create_organisation(const work::Caller& caller,
                                                              const OrganisationInput& input) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  if (auto errors = validate_organisation(input); !errors.empty()) return Error::invalid(std::move(errors));
  const auto in = normalised(input);
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    // Checked in the unit, so that the field says why; the unique index stays the backstop.
    if (store_.name_taken(unit, in.name, 0)) return Error::invalid({{"name", "duplicate"}});
    return store_.insert_organisation(unit, in);
  });
  if (!id) return id.error();
  return *store_.find_organisation(*id);
}

Result<Organisation> OrganisationService::create_operator_organisation(const work::Caller& caller,
                                                                       const std::string& name) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  OrganisationInput in;
  in.name = name;
  in.kinds = {"purchaser"};  // validated as any organisation, then stored without a kind
  if (auto errors = validate_organisation(in); !errors.empty()) return Error::invalid(std::move(errors));
  in = normalised(in);
  in.kinds.clear();
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (store_.name_taken(unit, in.name, 0)) return Error::invalid({{"name", "duplicate"}});
    return store_.insert_organisation(unit, in);
  });
  if (!id) return id.error();
  return *store_.find_organisation(*id);
}

Result<Organisation> OrganisationService::update_organisation(const work::Caller& caller, long long id,
                                                              const OrganisationInput& input) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  if (id <= 0) return Error::not_found();
  auto errors = validate_organisation(input);
  if (!input.version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const auto in = normalised(input);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!store_.organisation_exists(unit, id)) return Error::not_found();
    if (store_.name_taken(unit, in.name, id)) return Error::invalid({{"name", "duplicate"}});
    if (store_.removes_region_in_use(unit, id, in.regions)) return Error::invalid({{"regions", "in_use"}});
    if (!store_.update_organisation(unit, id, *in.version, in)) return stale();
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find_organisation(id);
}

Result<Unit> OrganisationService::set_logo(const work::Caller& caller, long long id, const std::string& content_type,
                                           const std::string& png) {
  if (!may_set_logo(caller.user, id)) return Error::forbidden();
  if (!png.empty()) {
    if (content_type != "image/png") return Error::invalid({{"logo", "invalid_format"}});
    if (auto problem = documents::logo_problem(png); !problem.empty()) return Error::invalid({{"logo", problem}});
  }
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    std::optional<long long> file;
    if (!png.empty()) file = files_.put(unit, "image/png", png).id;
    if (!store_.set_logo(unit, id, file)) return Error::not_found();
    return Unit{};
  });
}

Result<files::FileContent> OrganisationService::logo(long long id) {
  const auto file = store_.logo_file(id);
  if (!file) return Error::not_found();
  if (auto content = files_.get(*file)) return std::move(*content);
  return Error::not_found();
}

Result<std::vector<User>> OrganisationService::users(const work::Caller& caller) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  return store_.list_users();
}

Result<User> OrganisationService::user(const work::Caller& caller, long long id) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  auto found = id > 0 ? store_.find_user(id) : std::nullopt;
  if (!found) return Error::not_found();
  return std::move(*found);
}

Result<User> OrganisationService::create_user(const work::Caller& caller, const UserInput& input) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  if (auto errors = validate_user(input, true); !errors.empty()) return Error::invalid(std::move(errors));
  const auto in = normalised(input);
  const std::string hash = auth::hash_password(*in.password);  // slow: before the unit takes the write lock
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (store_.username_taken(unit, in.username, 0)) return Error::invalid({{"username", "duplicate"}});
    if (!store_.roles_known(unit, in.roles)) return Error::invalid({{"roles", "invalid_choice"}});
    return store_.insert_user(unit, in, hash);
  });
  if (!id) return id.error();
  return *store_.find_user(*id);
}

Result<User> OrganisationService::update_user(const work::Caller& caller, long long id, const UserInput& input) {
  if (!manages_organisations(caller.user)) return Error::forbidden();
  if (id <= 0) return Error::not_found();
  auto errors = validate_user(input, false);
  if (!input.version) errors.push_back({"version", "required"});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const auto in = normalised(input);
  std::optional<std::string> hash;
  if (in.password) hash = auth::hash_password(*in.password);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!store_.user_exists(unit, id)) return Error::not_found();
    if (store_.username_taken(unit, in.username, id)) return Error::invalid({{"username", "duplicate"}});
    if (!store_.roles_known(unit, in.roles)) return Error::invalid({{"roles", "invalid_choice"}});
    if (!store_.update_user(unit, id, *in.version, in, hash)) return stale();
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find_user(id);
}

Result<Unit> OrganisationService::change_password(const work::Caller& caller, const std::string& current,
                                                  const std::string& next) {
  std::vector<FieldError> errors;
  auto creds = store_.credentials(caller.user.username);
  if (current.empty()) {
    errors.push_back({"currentPassword", "required"});
  } else if (!creds || !auth::verify_password(creds->password_hash, current)) {
    errors.push_back({"currentPassword", "wrong_password"});
  }
  if (next.empty()) errors.push_back({"newPassword", "required"});
  for (const auto& code : auth::password_policy_errors(next)) errors.push_back({"newPassword", code});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  const std::string hash = auth::hash_password(next);
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.set_password_hash(unit, caller.user.user_id, hash);
    return Unit{};
  });
}

Result<std::vector<Worker>> OrganisationService::workers(const work::Caller& caller) {
  const auto orgs = worker_list_organisations(caller.user);
  if (orgs.empty()) return Error::forbidden();
  return store_.workers_of(orgs);
}

Result<std::vector<Worker>> OrganisationService::coaches(const work::Caller& caller) {
  const auto orgs = coach_list_organisations(caller.user);
  if (orgs.empty()) return Error::forbidden();
  return store_.coaches_of(orgs);
}

}  // namespace polku::organisations
