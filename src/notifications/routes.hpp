// GET /api/v1/notifications, POST /api/v1/notifications/{id}/read, POST /api/v1/notifications/read-all.
#pragma once
#include "notifications/notification_service.hpp"
#include "platform/http/router.hpp"

namespace polku::notifications {

void register_routes(http::Router& router, NotificationService& service);

}  // namespace polku::notifications
