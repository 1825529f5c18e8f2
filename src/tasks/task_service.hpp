// The task list of the signed-in user: every module's items, in one order, each
// read of a client's data in the access log.
#pragma once
#include <vector>

#include "platform/core/error.hpp"
#include "platform/work/caller.hpp"
#include "tasks/port.hpp"

namespace polku::tasks {

class TaskService {
 public:
  explicit TaskService(std::vector<Source> sources) : sources_(std::move(sources)) {}
  Result<std::vector<Task>> waiting_for(const work::Caller& caller, const std::string& today);

 private:
  std::vector<Source> sources_;
};

}  // namespace polku::tasks
