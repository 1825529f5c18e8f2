// The decisions module: a case's decisions (päätökset) and the notices of its start
// and interruption. It loads and records on cases through the cases port; the cases
// module reads a case's decisions and notices through this module's port.
#pragma once
#include "case_documents/port.hpp"
#include "cases/port.hpp"
#include "decisions/decision_service.hpp"
#include "decisions/decision_store.hpp"
#include "decisions/routes.hpp"
#include "platform/module.hpp"

namespace polku::decisions {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, cases::Port& cases, case_documents::Port& documents)
      : store_(p.db), service_(store_, cases, p.transactor, documents) {}
  void register_routes(http::Router& router) override { decisions::register_routes(router, service_); }
  Port& port() { return store_; }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) {
      return decision_tasks(user, store_.awaiting_decision(tasks::organisations_of(user), today));
    };
  }

  retention::Eraser eraser() { return &DecisionStore::erase_client; }  // the client's rows, for the retention job

 private:
  DecisionStore store_;
  DecisionService service_;
};

}  // namespace polku::decisions
