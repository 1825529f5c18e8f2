// The forms module (lomakkeet): form definitions as versioned data, published by a purchaser's managers, and the
// forms filled for a case on them, and the case's goals that live across its plans and evaluations.
#pragma once
#include "cases/port.hpp"
#include "forms/entry_routes.hpp"
#include "forms/entry_service.hpp"
#include "forms/forms_service.hpp"
#include "forms/forms_store.hpp"
#include "forms/goal_routes.hpp"
#include "forms/goal_service.hpp"
#include "forms/routes.hpp"
#include "notifications/port.hpp"
#include "platform/module.hpp"

namespace polku::forms {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, cases::Port& cases, notifications::Port& notifications,
         case_documents::Port& documents)
      : store_(p.db),
        service_(store_, p.transactor),
        entry_store_(p.db),
        goal_store_(p.db),
        entries_(entry_store_, goal_store_, service_, p.transactor, cases, notifications, documents),
        goals_(goal_store_, entry_store_, p.transactor, cases) {}
  void register_routes(http::Router& router) override {
    forms::register_routes(router, service_);
    register_entry_routes(router, entries_);
    register_goal_routes(router, goals_);
  }
  FormsService& service() { return service_; }
  // The implementation plans delivered to the user as a client's own worker, and the plan updates and evaluations due.
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) { return entries_.due_tasks(user, today); };
  }

  retention::Eraser eraser() { return &EntryStore::erase_client; }  // the client's rows, for the retention job

 private:
  FormsStore store_;
  FormsService service_;
  EntryStore entry_store_;
  GoalStore goal_store_;
  EntryService entries_;
  GoalService goals_;
};

}  // namespace polku::forms
