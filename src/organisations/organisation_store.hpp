// Storage of organisations, regions, users and roles. It only stores: the
// organisation service checks access and the rules, and runs each write in a unit
// of work; the checks a write needs inside its transaction are reads taking the unit.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "organisations/organisation.hpp"
#include "platform/auth/login_throttle.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::organisations {

struct Credentials {
  long long user_id = 0;
  std::string password_hash;
  bool active = false;
};

struct Worker {
  long long id = 0;
  std::string display_name;
  long long organisation_id = 0;
};

class OrganisationStore {
 public:
  explicit OrganisationStore(db::Database& db) : db_(db) {}

  std::vector<Organisation> list_organisations();
  std::optional<Organisation> find_organisation(long long id);
  // Writes take normalised input (organisations::normalised).
  long long insert_organisation(work::UnitOfWork& unit, const OrganisationInput& in);
  // False when `version` is not the current one. Regions are kept by name: new names are
  // added, missing ones removed.
  bool update_organisation(work::UnitOfWork& unit, long long id, long long version, const OrganisationInput& in);
  bool organisation_exists(work::UnitOfWork& unit, long long id);
  // The logo's stored file, or none; false when there is no such organisation.
  bool set_logo(work::UnitOfWork& unit, long long id, std::optional<long long> file_id);
  std::optional<long long> logo_file(long long id);
  bool name_taken(work::UnitOfWork& unit, const std::string& name, long long except_id);
  // Whether keeping only `names` would remove a region that cases or a process model refer to.
  bool removes_region_in_use(work::UnitOfWork& unit, long long organisation_id, const std::vector<std::string>& names);

  std::vector<User> list_users();
  std::optional<User> find_user(long long id);
  long long insert_user(work::UnitOfWork& unit, const UserInput& in, const std::string& password_hash);
  // False when `version` is not the current one. A new password or deactivation ends the user's sessions.
  bool update_user(work::UnitOfWork& unit, long long id, long long version, const UserInput& in,
                   const std::optional<std::string>& password_hash);
  bool user_exists(work::UnitOfWork& unit, long long id);
  bool username_taken(work::UnitOfWork& unit, const std::string& username, long long except_id);
  // Every role names an organisation that exists.
  bool roles_known(work::UnitOfWork& unit, const std::vector<auth::RoleGrant>& roles);
  std::optional<Credentials> credentials(const std::string& username);
  // Failed sign-ins per username, in the database so that every node sees them.
  // Sign-in throttling by key (auth::account_at_address_key, auth::address_key).
  auth::LoginThrottleState login_throttle(const std::string& key);
  // A refused password counted for each key by its policy (auth::after_failure), in one transaction.
  void record_login_failure(const std::vector<std::pair<std::string, auth::ThrottlePolicy>>& keys, long long now_ms);
  void clear_login_throttle(const std::string& key);
  void set_password_hash(work::UnitOfWork& unit, long long user_id, const std::string& hash);
  // Social workers and instructors of the given organisations.
  std::vector<Worker> workers_of(const std::vector<long long>& organisation_ids);
  // Active coaches of these organisations (a provider's manager names one for an accepted order).
  std::vector<Worker> coaches_of(const std::vector<long long>& organisation_ids);

 private:
  db::Database& db_;
};

}  // namespace polku::organisations
