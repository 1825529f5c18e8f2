// Storage of organisations, regions, users and roles.
#pragma once
#include "organisations/organisation.hpp"
#include "platform/db/database.hpp"

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
  Result<Organisation> create_organisation(const OrganisationInput& in);
  Result<Organisation> update_organisation(long long id, const OrganisationInput& in);

  std::vector<User> list_users();
  std::optional<User> find_user(long long id);
  Result<User> create_user(const UserInput& in);  // in.password required
  Result<User> update_user(long long id, const UserInput& in);
  std::optional<Credentials> credentials(const std::string& username);
  void set_password_hash(long long user_id, const std::string& hash);
  // Social workers and instructors of the given organisations.
  std::vector<Worker> workers_of(const std::vector<long long>& organisation_ids);
  // Active coaches of these organisations (a provider's manager names one for an accepted order).
  std::vector<Worker> coaches_of(const std::vector<long long>& organisation_ids);

 private:
  db::Database& db_;
};

}  // namespace polku::organisations
