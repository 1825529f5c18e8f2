// HTTP routes of forms: a purchaser's forms in use, a kind's versions, one version with its definition, and a
// new version published.
#pragma once
#include "forms/forms_service.hpp"
#include "platform/http/router.hpp"

namespace polku::forms {

void register_routes(http::Router& router, FormsService& service);

}  // namespace polku::forms
