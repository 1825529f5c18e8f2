// HTTP routes of a case's goals: the goals with their revisions and ratings, a new goal, a revision, a rating.
#pragma once
#include "forms/goal_service.hpp"
#include "platform/http/router.hpp"

namespace polku::forms {

void register_goal_routes(http::Router& router, GoalService& service);

}  // namespace polku::forms
