// The due dates' reminders: each user's task list computed as their start page would show it, and of the kinds a
// date set (task_rules' is_reminded) each new item told once in the app and by e-mail, with the start page as its
// link. Run by the hourly sweep of `polku serve`.
#pragma once
#include <string>
#include <vector>

#include "notifications/port.hpp"
#include "platform/work/unit_of_work.hpp"
#include "tasks/port.hpp"
#include "tasks/reminder_store.hpp"

namespace polku::tasks {

class DueReminders {
 public:
  DueReminders(const std::vector<Source>& sources, ReminderStore& store, work::Transactor& transactor,
               notifications::Port& notifications)
      : sources_(sources), store_(store), transactor_(transactor), notifications_(notifications) {}
  // How many notices were written.
  int remind(const std::string& today);

 private:
  const std::vector<Source>& sources_;
  ReminderStore& store_;
  work::Transactor& transactor_;
  notifications::Port& notifications_;
};

}  // namespace polku::tasks
