#include "tasks/due_reminders.hpp"

#include <spdlog/spdlog.h>

#include "tasks/task_rules.hpp"

namespace polku::tasks {
namespace {

const work::Actor kActor{0, "due date reminders", "sweep"};

}  // namespace

int DueReminders::remind(const std::string& today) {
  int written = 0;
  for (const auto& user : store_.users()) {
    std::vector<Task> due;
    for (const auto& source : sources_) {
      for (auto& t : source(user, today)) {
        if (is_reminded(t)) due.push_back(std::move(t));
      }
    }
    if (due.empty()) continue;
    auto done = transactor_.run(kActor, [&](work::UnitOfWork& unit) -> Result<int> {
      int n = 0;
      for (const auto& t : due) {
        // Another node's sweep may have told them first: its row stands, and this one writes nothing.
        if (!store_.first(unit, user.user_id, reminder_key(t))) continue;
        notifications::Notice notice;
        notice.user_id = user.user_id;
        notice.kind = "task_due";
        notice.client_id = t.client_id;
        notice.link = "/";
        notice.params = {{"taskKind", t.kind}, {"clientName", t.client_name}, {"date", t.due}};
        if (!t.place_name.empty()) notice.params["placeName"] = t.place_name;
        notifications_.notify(unit, notice);
        ++n;
      }
      return n;
    });
    if (!done) {
      spdlog::warn("due date reminders of user {}: {}", user.user_id, done.error().log_detail);
      continue;
    }
    written += *done;
  }
  return written;
}

}  // namespace polku::tasks
