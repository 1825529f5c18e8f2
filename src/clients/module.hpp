// The clients module: register, search, view and edit clients, and their access log.
#pragma once
#include "clients/client_service.hpp"
#include "clients/client_store.hpp"
#include "clients/port.hpp"
#include "clients/routes.hpp"
#include "platform/module.hpp"

namespace polku::clients {

class Module final : public platform::Module {
 public:
  explicit Module(const platform::Platform& p) : store_(p.db), service_(store_, p.transactor, p.audit) {}
  void register_routes(http::Router& router) override { clients::register_routes(router, service_); }
  Port& port() { return store_; }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string&) {
      return client_tasks(user, store_.without_own_worker(tasks::organisations_of(user)));
    };
  }

  retention::Eraser eraser() { return &ClientStore::erase_client; }  // the client's rows, for the retention job
  std::vector<retention::Registration> registrations() { return store_.registrations(); }

 private:
  ClientStore store_;
  ClientService service_;
};

}  // namespace polku::clients
