// HTTP routes of the absence notices: a purchaser's list, a notice's PDF, and its sending recorded.
#pragma once
#include "compensation/absence_notice_service.hpp"
#include "platform/http/router.hpp"

namespace polku::compensation {

void register_notice_routes(http::Router& router, AbsenceNoticeService& service);

}  // namespace polku::compensation
