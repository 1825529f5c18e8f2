// The guidance module (ohjaus): a period's guidance log, its 3-month windows against the product's promise, and
// the windows falling behind on the task lists of the coach and the client's own worker.
#pragma once
#include "guidance/guidance_service.hpp"
#include "guidance/guidance_store.hpp"
#include "guidance/routes.hpp"
#include "platform/module.hpp"
#include "tasks/port.hpp"

namespace polku::guidance {

// The followed windows falling behind: due at the window's end, with the minutes still missing.
std::vector<tasks::Task> falling_behind_tasks(const std::vector<FollowedWindow>& followed);

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, periods::Port& periods) : store_(p.db), service_(store_, p.transactor, periods) {}
  void register_routes(http::Router& router) override { guidance::register_routes(router, service_); }
  GuidanceService& service() { return service_; }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) {
      return falling_behind_tasks(service_.followed(user.user_id, today));
    };
  }

 private:
  GuidanceStore store_;
  GuidanceService service_;
};

}  // namespace polku::guidance
