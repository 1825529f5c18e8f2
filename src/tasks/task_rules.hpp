// The order of the task list and what is overdue (pure).
#pragma once
#include <string>
#include <vector>

#include "tasks/port.hpp"

namespace polku::tasks {

// The kinds whose coming due date is also told in the app and by e-mail, once, when the item appears: a date a
// user set themselves (a plan's next update, the next evaluation or meeting, a period's end for its feedback).
bool is_reminded(const Task& t);
// What names the item and its due date among a user's reminders: a new date is a new reminder.
std::string reminder_key(const Task& t);

// Past its due date on `today`.
bool is_overdue(const Task& t, const std::string& today);
// Absence alerts first, then the overdue, then by due date (no date last), then the longest waiting; one item per kind
// and target.
std::vector<Task> ordered(std::vector<Task> items, const std::string& today);

}  // namespace polku::tasks
