// Sign-in, sign-out, the signed-in user (Me) and password change.
#pragma once
#include "organisations/organisation_store.hpp"
#include "platform/auth/session_store.hpp"
#include "platform/http/router.hpp"

namespace polku::organisations {

struct SessionRoutesOptions {
  bool secure_cookies = false;
};

void register_session_routes(http::Router& router, OrganisationStore& store, auth::SessionStore& sessions,
                             db::Database& db, SessionRoutesOptions options);

}  // namespace polku::organisations
