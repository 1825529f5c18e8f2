// The meetings module (välipalaverit): a case's meetings with their participants, each invited by e-mail with an
// iCalendar invitation through the outbox, the notes of a meeting held and the next meeting's date on the task
// lists of the client's own worker and the coaches.
#pragma once
#include "cases/port.hpp"
#include "meetings/meeting_service.hpp"
#include "meetings/meeting_store.hpp"
#include "meetings/routes.hpp"
#include "notifications/port.hpp"
#include "platform/module.hpp"
#include "tasks/port.hpp"

namespace polku::meetings {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, cases::Port& cases, notifications::Port& notifications, Settings settings)
      : store_(p.db), service_(store_, p.transactor, cases, notifications, std::move(settings)) {}
  void register_routes(http::Router& router) override { meetings::register_routes(router, service_); }
  MeetingService& service() { return service_; }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string& today) { return service_.due_tasks(user, today); };
  }

  retention::Eraser eraser() { return &MeetingStore::erase_client; }  // the client's rows, for the retention job

 private:
  MeetingStore store_;
  MeetingService service_;
};

}  // namespace polku::meetings
