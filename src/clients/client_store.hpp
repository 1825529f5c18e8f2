// Storage of clients; every change writes its audit record in the same transaction.
#pragma once
#include <optional>
#include <vector>

#include "clients/client.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"

namespace polku::clients {

struct ClientSummary {
  long long id = 0;
  long long organisation_id = 0;
  std::string first_names;
  std::string last_name;
  std::string personal_identity_code;
  std::string date_of_birth;
  std::string municipality;
  std::string own_worker_name;
};

class ClientStore {
 public:
  ClientStore(db::Database& db, audit::AuditLog& audit) : db_(db), audit_(audit) {}

  std::optional<Client> find(long long id);
  // Every word of the query must match a name or the identity code; empty lists the newest.
  std::vector<ClientSummary> search(const std::vector<long long>& organisation_ids, const std::string& query,
                                    int limit = 50);
  // `audit_event` is completed with the new id and appended in the same transaction.
  Result<Client> create(long long organisation_id, const ClientInput& input, audit::AuditEvent audit_event);
  Result<Client> update(long long id, const ClientInput& input, audit::AuditEvent audit_event);

 private:
  db::Database& db_;
  audit::AuditLog& audit_;
};

// Names of the fields that differ, for the audit record of an edit.
std::string changed_fields(const ClientInput& before, const ClientInput& after);

}  // namespace polku::clients
