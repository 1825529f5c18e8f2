// The periods module (jaksot): periods of a case's implementation with their weekly schedules, daily
// attendance and its history, absence alerts, groups at a place; the public holidays for the editor's calendar.
#pragma once
#include "case_documents/port.hpp"
#include "periods/certificate_service.hpp"
#include "periods/group_service.hpp"
#include "periods/period_service.hpp"
#include "periods/period_store.hpp"
#include "periods/routes.hpp"
#include "platform/module.hpp"
#include "tasks/port.hpp"

namespace polku::periods {

// The unhandled absence alerts of their recipient (the client's own worker).
std::vector<tasks::Task> alert_tasks(const std::vector<AbsenceAlert>& alerts, long long user_id);

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, PeriodPorts ports, case_documents::Port& documents,
         config::AttendanceSettings settings = {})
      : store_(p.db),
        service_(store_, p.transactor, ports, settings),
        group_store_(p.db),
        groups_(group_store_, store_, service_, p.transactor, ports.registry),
        certificates_(store_, service_, p.transactor, ports.bookings, documents) {}
  void register_routes(http::Router& router) override {
    periods::register_routes(router, service_, groups_);
    register_certificate_routes(router, certificates_);
  }
  PeriodService& service() { return service_; }  // for the demo data, which marks as a supervisor would
  Port& port() { return service_; }
  tasks::Source task_source() {
    return [this](const auth::AuthContext& user, const std::string&) {
      // Handled "since 9999" are none: only the unhandled.
      return alert_tasks(store_.alerts({}, user.user_id, "9999"), user.user_id);
    };
  }

  retention::Eraser eraser() { return &PeriodStore::erase_client; }  // the client's rows, for the retention job

 private:
  PeriodStore store_;
  PeriodService service_;
  GroupStore group_store_;
  GroupService groups_;
  CertificateService certificates_;
};

}  // namespace polku::periods
