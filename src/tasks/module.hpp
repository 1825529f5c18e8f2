// The tasks module: one task list that every module feeds through its Source, and the reminders of the dates due on
// it (the hourly sweep of `polku serve`).
#pragma once
#include "notifications/port.hpp"
#include "platform/module.hpp"
#include "platform/work/sweep.hpp"
#include "tasks/due_reminders.hpp"
#include "tasks/reminder_store.hpp"
#include "tasks/routes.hpp"
#include "tasks/task_service.hpp"

namespace polku::tasks {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, notifications::Port& notifications, std::vector<Source> sources)
      : sources_(std::move(sources)),
        service_(sources_),
        store_(p.db),
        reminders_(sources_, store_, p.transactor, notifications),
        sweep_("due date reminders", [this](const std::string& today) { return reminders_.remind(today); }) {}
  void register_routes(http::Router& router) override { tasks::register_routes(router, service_); }
  DueReminders& reminders() { return reminders_; }
  // With `polku serve`: the sweep runs while the server does.
  void start_reminders() { sweep_.start(); }
  void stop_reminders() { sweep_.stop(); }

 private:
  std::vector<Source> sources_;
  TaskService service_;
  ReminderStore store_;
  DueReminders reminders_;
  work::Sweep sweep_;
};

}  // namespace polku::tasks
