// The cases' items on the task list (pure): a case at its start whose start date has
// come (the client agreement's, or the plan's while there is no agreement) waits for
// the client's own worker (or, when the client has none, the purchaser's workers) to
// move it to implementation.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/auth/auth_context.hpp"
#include "tasks/port.hpp"

namespace polku::cases {

struct StartingCase {
  long long case_id = 0;
  long long client_id = 0;
  std::string client_name;
  long long organisation_id = 0;
  std::optional<long long> own_worker_id;
  std::string plan_start_date;
  std::string agreed_start_date;  // of the client's client agreement in force, '' when none
};

// The date the work starts: the agreement's, else the plan's.
std::string start_date_of(const StartingCase& c);

std::vector<tasks::Task> case_tasks(const auth::AuthContext& user, const std::vector<StartingCase>& cases,
                                    const std::string& today);

}  // namespace polku::cases
