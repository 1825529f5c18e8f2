#include "app/app.hpp"

#include <spdlog/spdlog.h>

#include "agreements/module.hpp"
#include "bookings/module.hpp"
#include "case_documents/module.hpp"
#include "cases/module.hpp"
#include "clients/module.hpp"
#include "compensation/module.hpp"
#include "decisions/module.hpp"
#include "forms/module.hpp"
#include "guidance/module.hpp"
#include "meetings/module.hpp"
#include "notifications/module.hpp"
#include "organisations/module.hpp"
#include "periods/module.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/session_store.hpp"
#include "platform/db/migrations.hpp"
#include "platform/http/problem.hpp"
#include "registry/module.hpp"
#include "retention/module.hpp"
#include "service_orders/module.hpp"
#include "service_types/module.hpp"
#include "tasks/module.hpp"

namespace polku::generated {
const char* openapi_document();
}

namespace polku::app {

struct App::Parts {
  config::Config config;
  db::Database db;
  audit::AuditLog audit;
  work::Transactor transactor;
  auth::SessionStore sessions;
  platform::Platform platform{db, audit, transactor};
  // The modules, each built from the platform and the ports of those it uses.
  organisations::Module organisations;
  clients::Module clients;
  service_types::Module service_types;
  cases::Module cases;
  case_documents::Module documents;  // keeps what decisions, forms and periods give
  decisions::Module decisions;
  registry::Module registry;
  agreements::Module agreements;
  service_orders::Module service_orders;
  bookings::Module bookings;
  notifications::Module notifications;  // its port() tells users of what other modules record
  compensation::Module compensation;    // before periods: an approved month freezes their attendance
  periods::Module periods;
  guidance::Module guidance;
  forms::Module forms;  // before tasks, which it feeds
  meetings::Module meetings;
  tasks::Module tasks;          // fed by the modules before it
  retention::Module retention;  // removes what the others keep of a client, when the schedule says
  http::Router router;
  http::Dispatcher dispatcher;
  http::Server server;

  explicit Parts(config::Config c)
      : config(std::move(c)),
        db(config.database_url, config.database_pool_size),
        audit(db),
        transactor(db, audit),
        sessions(db, config.session_hours, config.absolute_session_hours),
        organisations(platform, sessions, {.secure_cookies = config.secure_cookies}),
        clients(platform),
        service_types(platform),
        cases(platform, service_types.port(), clients.port()),
        documents(platform, cases.port()),
        decisions(platform, cases.port(), documents.port()),
        registry(platform),
        agreements(platform, registry.port()),
        service_orders(platform, clients.port(), registry.port(), agreements.port()),
        bookings(platform,
                 {clients.port(), registry.port(), agreements.port(), service_orders.port(), &documents.port()}),
        notifications(platform, {config.public_url, config.smtp}),
        compensation(platform, service_types.port()),
        periods(platform,
                {cases.port(), bookings.port(), service_orders.port(), agreements.port(), service_types.port(),
                 registry.port(), &notifications.port(), &compensation.frozen_months()},
                documents.port(), config.attendance),
        guidance(platform, periods.port(), notifications.port()),
        forms(platform, cases.port(), notifications.port(), documents.port()),
        meetings(platform, cases.port(), notifications.port(), {config.smtp.sender, config.public_url}),
        tasks(platform, notifications.port(),
              {clients.task_source(), cases.task_source(), decisions.task_source(), service_orders.task_source(),
               bookings.task_source(), periods.task_source(), guidance.task_source(), compensation.task_source(),
               forms.task_source(), meetings.task_source()}),
        // The erasers of the modules that depend on others first, the clients' last.
        retention(platform, {[this] { return clients.registrations(); }, [this] { return cases.retention_facts(); }},
                  {notifications.eraser(), meetings.eraser(), forms.eraser(), guidance.eraser(), compensation.eraser(),
                   periods.eraser(), service_orders.eraser(), bookings.eraser(), documents.eraser(), decisions.eraser(),
                   cases.eraser(), clients.eraser()}),
        dispatcher(router, std::make_shared<http::StaticFiles>(config.web_root), &sessions, &audit),
        server(http::ServerOptions{config.listen_host, config.listen_port, config.io_threads, config.worker_threads,
                                   config.body_limit_bytes, config.read_timeout_seconds, 20},
               dispatcher) {
    dispatcher.trust_proxies(config.trusted_proxies);
    dispatcher.serve_over_tls(config.secure_cookies);
    cases.use_decisions(decisions.port());
    cases.set_agreement_guard(bookings.implementation_guard());
  }

  std::vector<platform::Module*> modules() {
    return {&organisations, &clients,    &service_types,  &cases,    &documents,     &decisions,
            &registry,      &agreements, &service_orders, &bookings, &notifications, &compensation,
            &periods,       &guidance,   &forms,          &meetings, &tasks,         &retention};
  }
};

namespace {

void register_platform_routes(http::Router& router, db::Database& db) {
  const http::RouteOptions open_inline{.requires_auth = false, .check_csrf = false, .run_inline = true};
  router.get(
      "/healthz",
      [](http::Request& req) {
        return http::json_response(req, 200, boost::json::object{{"status", "ok"}});
      },
      open_inline);
  router.get("/readyz",
             [&db](http::Request& req) {
               const bool ready = db.ping() && db::is_fully_migrated(db);
               return http::json_response(req, ready ? 200 : 503,
                                          boost::json::object{{"status", ready ? "ok" : "unavailable"}});
             },
             {.requires_auth = false, .check_csrf = false});
  router.get(
      "/api/v1/openapi.json",
      [](http::Request& req) {
        auto res = http::empty_response(req, 200);
        res.set(http::bhttp::field::content_type, "application/json");
        res.set(http::bhttp::field::cache_control, "no-cache");
        res.body() = polku::generated::openapi_document();
        res.prepare_payload();
        return res;
      },
      open_inline);
}

}  // namespace

App::App(config::Config config) : parts_(std::make_unique<Parts>(std::move(config))) {
  auto& p = *parts_;
  if (!db::is_fully_migrated(p.db)) {
    throw std::runtime_error("the database schema is not up to date: run `polku migrate` first");
  }
  register_platform_routes(p.router, p.db);
  for (auto* module : p.modules()) module->register_routes(p.router);
}

// The access log's pending callbacks hold the server's connections: it finishes
// before the server (declared after it) is destroyed.
App::~App() { parts_->audit.stop(); }

unsigned short App::listen() { return parts_->server.listen(); }
// The outbox sender and the reminders' sweeps run while the server does; stopping waits for a delivery or a sweep
// in progress.
void App::run(bool handle_signals) {
  parts_->notifications.start_sender();
  parts_->guidance.start_reminders();
  parts_->tasks.start_reminders();
  parts_->server.run(handle_signals);
  parts_->tasks.stop_reminders();
  parts_->guidance.stop_reminders();
  parts_->notifications.stop_sender();
}
int App::remind_due(const std::string& today) { return parts_->tasks.reminders().remind(today); }
retention::RetentionService& App::retention() { return parts_->retention.service(); }
void App::stop() { parts_->server.stop(); }
const http::Router& App::router() const { return parts_->router; }
http::Dispatcher& App::dispatcher() { return parts_->dispatcher; }

}  // namespace polku::app
