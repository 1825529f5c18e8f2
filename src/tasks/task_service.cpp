#include "tasks/task_service.hpp"

#include <algorithm>

#include "tasks/task_rules.hpp"

namespace polku::tasks {

Result<std::vector<Task>> TaskService::waiting_for(const work::Caller& caller, const std::string& today) {
  std::vector<Task> all;
  for (const auto& source : sources_) {
    auto found = source(caller.user, today);
    all.insert(all.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  auto out = ordered(std::move(all), today);
  std::vector<long long> logged;  // one access record per client shown
  for (const auto& t : out) {
    if (std::find(logged.begin(), logged.end(), t.client_id) != logged.end()) continue;
    logged.push_back(t.client_id);
    caller.accessed(t.client_id, "list", "tasks");
  }
  return out;
}

}  // namespace polku::tasks
