// The organisations module: organisations and their regions, users and roles,
// sign-in and sessions.
#pragma once
#include "organisations/organisation_service.hpp"
#include "organisations/organisation_store.hpp"
#include "organisations/routes.hpp"
#include "organisations/session_routes.hpp"
#include "platform/auth/session_store.hpp"
#include "platform/module.hpp"

namespace polku::organisations {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, auth::SessionStore& sessions, SessionRoutesOptions options)
      : store_(p.db), files_(p.db), service_(store_, p.transactor, files_), sessions_(sessions), options_(options) {}
  void register_routes(http::Router& router) override {
    register_session_routes(router, store_, service_, sessions_, options_);
    organisations::register_routes(router, service_, sessions_);
  }
  OrganisationService& service() { return service_; }

 private:
  OrganisationStore store_;
  files::FileStore files_;
  OrganisationService service_;
  auth::SessionStore& sessions_;
  SessionRoutesOptions options_;
};

}  // namespace polku::organisations
