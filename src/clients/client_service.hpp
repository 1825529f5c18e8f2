// The clients service: who may read and change a client (client_access), the
// field rules (client_rules), and one unit of work per change with its audit
// entry. Every read of a client's data, and every refused attempt, is logged.
#pragma once
#include <string>
#include <vector>

#include "clients/client_store.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::clients {

class ClientService {
 public:
  ClientService(ClientStore& store, work::Transactor& transactor, audit::AuditLog& audit)
      : store_(store), transactor_(transactor), audit_(audit) {}

  // 404 for a missing client and for one the user may not see (logged as refused).
  Result<Client> read(const work::Caller& caller, long long id);
  Result<std::vector<ClientSummary>> search(const work::Caller& caller, const std::string& query);
  Result<Client> create(const work::Caller& caller, const ClientInput& input);
  Result<Client> update(const work::Caller& caller, long long id, const ClientInput& input);
  // Names (or clears) the client's own worker, a worker of the client's organisation; `version` is the one read.
  Result<Client> assign_own_worker(const work::Caller& caller, long long id, std::optional<long long> worker_id,
                                   std::optional<long long> version);
  // The client's access log, for the manager of the client's organisation.
  Result<std::vector<audit::AccessEntry>> access_log(const work::Caller& caller, long long id);

 private:
  // The client if the caller may read it; a refusal of an existing client is logged.
  Result<Client> readable(const work::Caller& caller, long long id, const char* detail);

  ClientStore& store_;
  work::Transactor& transactor_;
  audit::AuditLog& audit_;
};

}  // namespace polku::clients
