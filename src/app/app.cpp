#include "app/app.hpp"

#include <spdlog/spdlog.h>

#include "cases/routes.hpp"
#include "clients/routes.hpp"
#include "organisations/routes.hpp"
#include "organisations/session_routes.hpp"
#include "placements/placement_rules.hpp"
#include "placements/routes.hpp"
#include "platform/core/clock.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/session_store.hpp"
#include "platform/db/migrations.hpp"
#include "platform/http/problem.hpp"
#include "service_types/routes.hpp"

namespace polku::generated {
const char* openapi_document();
}

namespace polku::app {

struct App::Parts {
  config::Config config;
  db::Database db;
  audit::AuditLog audit;
  auth::SessionStore sessions;
  organisations::OrganisationStore organisations;
  clients::ClientStore clients;
  placements::PlaceStore places;
  placements::AgreementStore agreements;
  placements::BookingStore bookings;
  placements::ServiceOrderStore orders;
  service_types::ServiceTypeStore service_types;
  cases::CaseStore cases;
  cases::DecisionStore decisions;
  cases::ProcessModelStore process_models;
  cases::CaseService case_service;
  http::Router router;
  http::Dispatcher dispatcher;
  http::Server server;

  explicit Parts(config::Config c)
      : config(std::move(c)),
        db(config.database_url, config.database_pool_size),
        audit(db),
        sessions(db, config.session_hours),
        organisations(db),
        clients(db, audit),
        places(db),
        agreements(db),
        bookings(db),
        orders(db),
        service_types(db),
        cases(db, &audit),
        decisions(db, &audit),
        process_models(db),
        case_service(cases, decisions, process_models, service_types),
        dispatcher(router, std::make_shared<http::StaticFiles>(config.web_root), &sessions),
        server(http::ServerOptions{config.listen_host, config.listen_port, config.io_threads, config.worker_threads,
                                   config.body_limit_bytes, config.read_timeout_seconds, 20},
               dispatcher) {}
};

namespace {

void register_platform_routes(http::Router& router, db::Database& db) {
  const http::RouteOptions open_inline{.requires_auth = false, .check_csrf = false, .run_inline = true};
  router.get(
      "/healthz",
      [](http::Request& req) { return http::json_response(req, 200, boost::json::object{{"status", "ok"}}); },
      open_inline);
  router.get(
      "/readyz",
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
  organisations::register_session_routes(p.router, p.organisations, p.sessions, p.db,
                                         {.secure_cookies = p.config.secure_cookies});
  organisations::register_routes(p.router, p.organisations, p.sessions);
  clients::register_routes(p.router, p.clients, p.audit);
  // Issue 5's client agreement is the case's guard before implementation.
  p.case_service.set_agreement_guard([&bookings = p.bookings](const cases::Case& c) -> std::vector<std::string> {
    if (placements::has_client_agreement_in_force(bookings.client_agreements_of_client(c.client_id),
                                                  today_helsinki())) {
      return {};
    }
    return {"agreement_missing"};
  });
  placements::register_routes(p.router, {p.places, p.agreements, p.bookings, p.orders, p.audit});
  service_types::register_routes(p.router, p.service_types);
  cases::register_routes(p.router, p.case_service, p.cases, p.decisions, p.process_models, p.audit);
}

App::~App() = default;

unsigned short App::listen() { return parts_->server.listen(); }
void App::run(bool handle_signals) { parts_->server.run(handle_signals); }
void App::stop() { parts_->server.stop(); }
const http::Router& App::router() const { return parts_->router; }

}  // namespace polku::app
