// HTTP routes of a case's filled forms: list, begin, read, save a draft, complete, correct.
#pragma once
#include "forms/entry_service.hpp"
#include "platform/http/router.hpp"

namespace polku::forms {

void register_entry_routes(http::Router& router, EntryService& service);

}  // namespace polku::forms
