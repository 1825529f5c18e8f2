// The clients' items on the task list (pure): a client with an open case and no own
// worker waits for the managers of the client's organisation to name one.
#pragma once
#include <string>
#include <vector>

#include "platform/auth/auth_context.hpp"
#include "tasks/port.hpp"

namespace polku::clients {

struct ClientWithoutWorker {
  long long client_id = 0;
  std::string client_name;
  long long organisation_id = 0;
  long long case_id = 0;       // the oldest open case
  std::string case_opened_at;  // its created_at
};

std::vector<tasks::Task> client_tasks(const auth::AuthContext& user, const std::vector<ClientWithoutWorker>& clients);

}  // namespace polku::clients
