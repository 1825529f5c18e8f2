// The organisation service: who may manage organisations and users
// (organisation_access), their rules (organisation_rules), and one unit of work per
// change. Organisations and users are no client data, so the changes carry no audit entries.
#pragma once
#include <string>
#include <vector>

#include "organisations/organisation_store.hpp"
#include "platform/files/file_store.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::organisations {

class OrganisationService {
 public:
  OrganisationService(OrganisationStore& store, work::Transactor& transactor, files::FileStore& files)
      : store_(store), transactor_(transactor), files_(files) {}

  // All of these are the administrator's; an id that cannot exist (<= 0) is not found.
  Result<std::vector<Organisation>> organisations(const work::Caller& caller);
  Result<Organisation> organisation(const work::Caller& caller, long long id);
  Result<Organisation> create_organisation(const work::Caller& caller, const OrganisationInput& in);
  // The operator's own organisation (`polku user add`): it has no service kind.
  Result<Organisation> create_operator_organisation(const work::Caller& caller, const std::string& name);
  // in.version is the one the editor read: a stale one is a conflict, none a field error.
  // A region that cases or a process model refer to stays (regions: in_use).
  Result<Organisation> update_organisation(const work::Caller& caller, long long id, const OrganisationInput& in);
  // The logo printed on the organisation's documents: a PNG within documents' limits, or none (`png` empty).
  Result<Unit> set_logo(const work::Caller& caller, long long id, const std::string& content_type,
                        const std::string& png);
  // Not secret: any signed-in user may see whose documents they are.
  Result<files::FileContent> logo(long long id);

  Result<std::vector<User>> users(const work::Caller& caller);
  Result<User> user(const work::Caller& caller, long long id);
  Result<User> create_user(const work::Caller& caller, const UserInput& in);  // in.password required
  // A new password or deactivation ends the user's sessions.
  Result<User> update_user(const work::Caller& caller, long long id, const UserInput& in);

  // The caller's own password: the current one must match, the new one meet the policy.
  Result<Unit> change_password(const work::Caller& caller, const std::string& current, const std::string& next);

  // The social workers and instructors of the caller's organisations, for their workers and managers.
  Result<std::vector<Worker>> workers(const work::Caller& caller);
  // The coaches of the organisations the caller manages.
  Result<std::vector<Worker>> coaches(const work::Caller& caller);

 private:
  OrganisationStore& store_;
  work::Transactor& transactor_;
  files::FileStore& files_;
};

}  // namespace polku::organisations
