// Sign-in, sign-out, the signed-in user (Me) and password change.
#pragma once
#include "organisations/organisation_service.hpp"
#include "platform/auth/session_store.hpp"
#include "platform/http/router.hpp"

namespace polku::organisations {

struct SessionRoutesOptions {
  bool secure_cookies = false;
};

// Sign-in and Me read the store's credentials and users; a password change goes through the service.
void register_session_routes(http::Router& router, OrganisationStore& store, OrganisationService& service,
                             auth::SessionStore& sessions, SessionRoutesOptions options);

}  // namespace polku::organisations
