// The tasks module: one task list that every module feeds through its Source.
#pragma once
#include "platform/module.hpp"
#include "tasks/routes.hpp"
#include "tasks/task_service.hpp"

namespace polku::tasks {

class Module final : public platform::Module {
 public:
  explicit Module(std::vector<Source> sources) : service_(std::move(sources)) {}
  void register_routes(http::Router& router) override { tasks::register_routes(router, service_); }

 private:
  TaskService service_;
};

}  // namespace polku::tasks
