// Storage of clients: reads, and writes inside the caller's unit of work.
#pragma once
#include <optional>
#include <vector>

#include "clients/client.hpp"
#include "clients/client_tasks.hpp"
#include "clients/port.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"
#include "retention/retention_rules.hpp"

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

class ClientStore final : public Port {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  // Every client with the day they were registered, for the retention job.
  std::vector<retention::Registration> registrations();
  explicit ClientStore(db::Database& db) : db_(db) {}

  std::optional<Client> find(long long id);
  std::optional<long long> organisation_of(long long client_id) override;
  void adopt_if_unassigned(work::UnitOfWork& unit, long long client_id, long long worker_id) override;
  // False when the version is stale.
  bool set_own_worker(work::UnitOfWork& unit, long long id, long long version, std::optional<long long> worker_id);
  // Clients of these organisations with an open case and no own worker.
  std::vector<ClientWithoutWorker> without_own_worker(const std::vector<long long>& organisation_ids);
  // Every word of the query must match a name or the identity code; empty lists the newest.
  std::vector<ClientSummary> search(const std::vector<long long>& organisation_ids, const std::string& query,
                                    int limit = 50);
  // Writes take the unit of work; the service checks the input first (normalized, validated).
  long long insert(work::UnitOfWork& unit, long long organisation_id, const ClientInput& in,
                   const std::string& date_of_birth);
  std::optional<Client> find_for_update(work::UnitOfWork& unit, long long id);
  // False when the version is stale.
  bool update(work::UnitOfWork& unit, long long id, long long version, const ClientInput& in,
              const std::string& date_of_birth);
  bool is_worker_of(work::UnitOfWork& unit, long long user_id, long long organisation_id);
  // One client per identity code in an organisation (another organisation may have its own record).
  bool identity_code_taken(work::UnitOfWork& unit, long long organisation_id, const std::string& code,
                           long long except_id);

 private:
  db::Database& db_;
};

// Names of the fields that differ, for the audit record of an edit.
std::string changed_fields(const ClientInput& before, const ClientInput& after);

}  // namespace polku::clients
