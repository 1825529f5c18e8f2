// HTTP routes of the absence notices: a purchaser's list, a notice's PDF, and its sending recorded.
#pragma once
#include "compensation/absence_notice_service.hpp"
#include "platform/http/router.hpp"

namespace polku::compensation {

void register_notice_routes(http::Router& router, AbsenceNoticeService& service);

// The language of a file asked for with ?lang= (a link the browser follows sends its own Accept-Language, not
// the UI's), else the request's.
std::string file_language(const http::Request& req);

}  // namespace polku::compensation
