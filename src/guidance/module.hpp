// The guidance module (ohjaus): a period's guidance log, its 3-month windows against the product's promise, and
// the windows falling behind on the task lists of the coach and the client's own worker, who are also notified
// once when a window starts falling behind (the reminders' sweep of `polku serve`).
#pragma once
#include "guidance/guidance_service.hpp"
#include "guidance/guidance_store.hpp"
#include "guidance/reminders.hpp"
#include "guidance/routes.hpp"
#include "notifications/port.hpp"
#include "platform/module.hpp"
#include "platform/work/sweep.hpp"
#include "tasks/port.hpp"

namespace polku::guidance {

// The followed windows falling behind: due at the window's end, with the minutes still missing.
std::vector<tasks::Task> falling_behind_tasks(const std::vector<FollowedWindow>& followed);

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, periods::Port& periods, notifications::Port& notifications)
      : store_(p.db),
        service_(store_, p.transactor, periods),
        reminders_(store_, p.transactor, notifications),
        sweep_("guidance reminders", [this](const std::string& today) { return reminders_.remind(today); }) {}
  void register_routes(http::Router& router) override { guidance::register_routes(router, service_); }
  GuidanceService& service() { return service_; }
  Reminders& reminders() { return reminders_; }
  // With `polku serve`: the sweep runs while the server does.
  void start_reminders() { sweep_.start(); }
  void stop_reminders() { sweep_.stop(); }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) {
      return falling_behind_tasks(service_.followed(user.user_id, today));
    };
  }

  retention::Eraser eraser() { return &GuidanceStore::erase_client; }  // the client's rows, for the retention job

 private:
  GuidanceStore store_;
  GuidanceService service_;
  Reminders reminders_;
  work::Sweep sweep_;
};

}  // namespace polku::guidance
