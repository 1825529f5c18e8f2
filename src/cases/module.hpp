// The cases module: cases and their stage records, transitions, process models and
// my work. A case's decisions and notices come from the decisions module's port.
#pragma once
#include "cases/case_service.hpp"
#include "cases/routes.hpp"
#include "platform/module.hpp"
#include "service_types/port.hpp"

namespace polku::cases {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, service_types::Port& types, clients::Port& clients)
      : audit_(p.audit), cases_(p.db), models_(p.db), service_(cases_, models_, types, clients, p.transactor) {}
  void register_routes(http::Router& router) override {
    cases::register_routes(router, service_, cases_, models_, audit_);
  }
  // Another module's guard before implementation (the client agreement).
  void set_agreement_guard(AgreementGuard guard) { service_.set_agreement_guard(std::move(guard)); }
  void use_decisions(decisions::Port& decisions) { service_.use_decisions(decisions); }
  Port& port() { return service_; }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) {
      return case_tasks(user, cases_.starting(tasks::organisations_of(user), today), today);
    };
  }

  retention::Eraser eraser() { return &CaseStore::erase_client; }  // the client's rows, for the retention job
  std::vector<retention::CaseFacts> retention_facts() { return cases_.retention_facts(); }

 private:
  audit::AuditLog& audit_;
  CaseStore cases_;
  ProcessModelStore models_;
  CaseService service_;
};

}  // namespace polku::cases
