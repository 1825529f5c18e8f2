// The meetings' HTTP routes: a case's meetings, scheduling, a change, a cancellation and the record of one held.
#pragma once
#include "meetings/meeting_service.hpp"
#include "platform/http/router.hpp"

namespace polku::meetings {

void register_routes(http::Router& router, MeetingService& service);

}  // namespace polku::meetings
