// The order of the task list and what is overdue (pure).
#pragma once
#include <string>
#include <vector>

#include "tasks/port.hpp"

namespace polku::tasks {

// Past its due date on `today`.
bool is_overdue(const Task& t, const std::string& today);
// Absence alerts first, then the overdue, then by due date (no date last), then the longest waiting; one item per kind and target.
std::vector<Task> ordered(std::vector<Task> items, const std::string& today);

}  // namespace polku::tasks
