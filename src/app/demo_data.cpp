#include "app/demo_data.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "app/demo_placements.hpp"
#include "bookings/module.hpp"
#include "case_documents/document_service.hpp"
#include "cases/demo_cases.hpp"
#include "clients/client_service.hpp"
#include "decisions/decision_service.hpp"
#include "organisations/organisation_service.hpp"
#include "platform/audit/audit_log.hpp"
#include "service_types/service_type_store.hpp"

namespace polku::app {

std::string demo_identity_code(int day, int month, int year, int individual_number) {
  const char sign = year < 1900 ? '+' : (year < 2000 ? '-' : 'A');
  const long long number = (day * 10000LL + month * 100 + year % 100) * 1000 + individual_number;
  static constexpr const char* kCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  return fmt::format("{:02d}{:02d}{:02d}{}{:03d}{}", day, month, year % 100, sign, individual_number,
                     kCheck[number % 31]);
}

namespace {

template <typename T>
T must(Result<T> r, const char* what) {
  if (!r) {
    std::string detail = r.error().message_key;
    for (const auto& f : r.error().fields) detail += " " + f.field + ":" + f.code;
    throw std::runtime_error(std::string("demo data: could not create ") + what + ": " + detail);
  }
  return std::move(r.value());
}

}  // namespace

bool has_demo_users(db::Database& db) {
  int n = 0;
  db.read(
      [&](soci::session& sql) { sql << "SELECT COUNT(*) FROM users_view WHERE username = 'sanna'", soci::into(n); });
  return n > 0;
}

std::vector<DemoLogin> seed_demo(db::Database& db) {
  int users = 0;
  db.read([&](soci::session& sql) { sql << "SELECT COUNT(*) FROM users_view", soci::into(users); });
  if (users > 0) return {};

  audit::AuditLog audit(db);
  work::Transactor transactor(db, audit);
  // The organisations and users are made as the administrator would make them: through the service.
  organisations::OrganisationStore org_store(db);
  files::FileStore files(db);
  organisations::OrganisationService orgs(org_store, transactor, files);
  auth::AuthContext administrator;
  administrator.username = "seed-demo";
  administrator.roles = {{0, "admin"}};
  const work::Caller as_admin{administrator, {0, "polku seed-demo", "seed-demo"}};
  auto county = must(orgs.create_organisation(as_admin, {"Järvilaakson hyvinvointialue",
                                                         {"purchaser", "provider", "host"},
                                                         {"Pohjoinen alue", "Eteläinen alue"},
                                                         std::nullopt}),
                     "county");
  auto club =
      must(orgs.create_organisation(as_admin, {"Kotikylän 4H-yhdistys ry", {"provider", "host"}, {}, std::nullopt}),
           "4H association");
  auto recycling =
      must(orgs.create_organisation(as_admin, {"Rantakylän kierrätyskeskus ry", {"host"}, {}, std::nullopt}),
           "recycling centre");
  // A company host (job coaching, never KTT): its manager and supervisor show a company's view.
  auto company =
      must(orgs.create_organisation(as_admin, {"Kotikylän Konepaja Oy", {"host"}, {}, std::nullopt}), "company host");

  struct Person {
    const char* username;
    const char* name;
    const char* role;
    long long org;
  };
  const std::vector<Person> people = {
      {"admin", "Pääkäyttäjä Polku", "admin", county.id},
      {"sanna", "Sanna Sosiaaliohjaaja", "social_instructor", county.id},
      {"leena", "Leena Sosiaalityöntekijä", "social_worker", county.id},
      {"mikko", "Mikko Palveluesimies", "manager", county.id},
      {"tuomas", "Tuomas Valmentaja", "coach", club.id},
      {"aino", "Aino Työpaikkaohjaaja", "placement_supervisor", recycling.id},
      {"hanna", "Hanna Toiminnanjohtaja", "manager", club.id},
      {"kalle", "Kalle Yrittäjä", "manager", company.id},
      {"pekka", "Pekka Pajaohjaaja", "placement_supervisor", company.id},
  };
  std::vector<DemoLogin> logins;
  long long sanna_id = 0;
  long long leena_id = 0;
  for (const auto& p : people) {
    organisations::UserInput in;
    in.username = p.username;
    in.display_name = p.name;
    in.email = std::string(p.username) + "@example.invalid";
    in.roles = {{p.org, p.role}};
    // The county's social instructor and social worker are social welfare professionals (social guidance).
    in.social_welfare_professional = in.username == "sanna" || in.username == "leena";
    in.password = kDemoPassword;
    auto user = must(orgs.create_user(as_admin, in), p.username);
    if (in.username == "sanna") sanna_id = user.id;
    if (in.username == "leena") leena_id = user.id;
    logins.push_back({p.username, p.role});
  }

  // The clients are registered as sanna would register them: through the service and its rules.
  clients::ClientStore store(db);
  clients::ClientService service(store, transactor, audit);
  auth::AuthContext registrar{sanna_id, "sanna", "Sanna Sosiaaliohjaaja", "fi", {{county.id, "social_instructor"}},
                              {},       {}};
  const work::Caller caller{registrar, {sanna_id, "polku seed-demo", "seed-demo"}};
  struct Demo {
    const char* first;
    const char* last;
    int d, m, y, n;
    const char* municipality;
    const char* lang;
    bool plain;
  };
  const std::vector<Demo> demo_clients = {
      {"Matti Johannes", "Esimerkki", 13, 10, 1985, 901, "Järvilaakso", "fi", false},
      {"Liisa", "Kokeilu", 2, 3, 1992, 912, "Järvilaakso", "fi", true},
      {"Erik", "Testström", 21, 6, 1978, 923, "Rantakylä", "sv", false},
      {"Aleksi", "Mallinen", 30, 11, 2001, 934, "Kotikylä", "fi", false},
      {"Oona", "Demola", 15, 8, 1969, 945, "Rantakylä", "fi", true},
      {"Ahmed", "Esimerkkinen", 7, 1, 1990, 956, "Järvilaakso", "en", true},
      {"Sofia", "Harjoitus", 19, 4, 1996, 967, "Kotikylä", "fi", false},
  };
  int i = 0;
  for (const auto& c : demo_clients) {
    clients::ClientInput in;
    in.first_names = c.first;
    in.last_name = c.last;
    in.personal_identity_code = demo_identity_code(c.d, c.m, c.y, c.n);
    in.municipality = c.municipality;
    in.preferred_language = c.lang;
    in.needs_plain_language = c.plain;
    in.phone = fmt::format("040 000 {:04d}", 100 + i);
    // Sofia came in through the shared intake: no own worker yet (the manager's task list asks for one).
    in.own_worker_id = std::string_view(c.last) == "Harjoitus" ? std::nullopt
                       : (i % 2 == 0)                          ? std::optional<long long>(sanna_id)
                                                               : std::optional<long long>(leena_id);
    ++i;
    must(service.create(caller, in), "client");
  }
  const platform::Platform platform{db, audit, transactor};
  seed_demo_placements(platform);
  // The cases' stages are set through their store; their decisions and notices, and Matti's
  // start, go through the services and their rules as sanna and leena would.
  cases::CaseStore case_store(db);
  cases::ProcessModelStore models(db);
  service_types::ServiceTypeStore types(db);
  cases::CaseService cases(case_store, models, types, store, transactor);
  decisions::DecisionStore decision_store(db);
  case_documents::DocumentStore document_store(db);
  case_documents::DocumentService documents(document_store, cases);
  decisions::DecisionService decisions(decision_store, cases, transactor, documents);
  cases.use_decisions(decision_store);
  auth::AuthContext deciding{leena_id, "leena", "Leena Sosiaalityöntekijä", "fi", {{county.id, "social_worker"}},
                             {},       {}};
  const cases::Caller sanna_acts{registrar, work::Actor{sanna_id, "polku seed-demo", "seed-demo"}};
  const cases::Caller leena_acts{deciding, work::Actor{leena_id, "polku seed-demo", "seed-demo"}};
  cases::seed_demo_cases(db, transactor, decisions, sanna_acts, leena_acts);
  seed_demo_ended_placement(platform);
  // Matti's case starts as sanna would start it: booked, agreed and acknowledged, then
  // moved through the case service and its guards (the client agreement among them).
  const long long working = seed_demo_started_placement(platform);
  bookings::BookingStore bookings(db);
  cases.set_agreement_guard(bookings::implementation_guard(bookings));
  must(cases.transition(sanna_acts, working, case_store.find(working)->version, "implementation"), "implementation");
  seed_demo_service_orders(platform);
  seed_demo_periods(platform, cases, types);
  return logins;
}

}  // namespace polku::app
