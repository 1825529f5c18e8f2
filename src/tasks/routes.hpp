// GET /api/v1/tasks: what waits for the signed-in user.
#pragma once
#include "platform/http/router.hpp"
#include "tasks/task_service.hpp"

namespace polku::tasks {

void register_routes(http::Router& router, TaskService& service);

}  // namespace polku::tasks
