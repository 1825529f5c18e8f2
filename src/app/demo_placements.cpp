#include "app/demo_placements.hpp"

#include <stdexcept>

#include "agreements/module.hpp"
#include "bookings/module.hpp"
#include "clients/module.hpp"
#include "compensation/absence_notice_service.hpp"
#include "compensation/compensation_service.hpp"
#include "guidance/guidance_service.hpp"
#include "meetings/meeting_service.hpp"
#include "notifications/notifier.hpp"
#include "organisations/organisation_service.hpp"
#include "periods/period_service.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/row.hpp"
#include "registry/module.hpp"
#include "service_orders/module.hpp"

namespace polku::app {
using agreements::ServiceProductInput;
using bookings::ClientAgreementInput;
using registry::PlaceInput;
namespace {

template <typename T>
T must(Result<T> r, const char* what) {
  if (!r) {
    std::string detail = r.error().message_key;
    for (const auto& f : r.error().fields) detail += " " + f.field + ":" + f.code;
    throw std::runtime_error(std::string("demo placements: ") + what + ": " + detail);
  }
  return std::move(r.value());
}

long long id_of(db::Database& db, const char* query, const std::string& name) {
  long long id = 0;
  db.read([&](soci::session& sql) { sql << query, soci::use(name), soci::into(id); });
  return id;
}

long long organisation(db::Database& db, const std::string& name) {
  return id_of(db, "SELECT id FROM organisations_view WHERE name = :n", name);
}

// The demo user with their roles, as a signed-in request would carry them.
auth::AuthContext demo_user(db::Database& db, const std::string& username) {
  auth::AuthContext u;
  db.read([&](soci::session& sql) {
    sql << "SELECT id, display_name FROM users_view WHERE username = :n", soci::use(username), soci::into(u.user_id),
        soci::into(u.display_name);
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT organisation_id, role FROM active_roles_view WHERE user_id = :u", soci::use(u.user_id));
    for (const auto& r : rows) u.roles.push_back({db::int_at(r, 0), db::text_at(r, 1)});
  });
  u.username = username;
  return u;
}

work::Caller caller_of(const auth::AuthContext& user) { return {user, {user.user_id, "polku seed-demo", "seed-demo"}}; }

// The seed acting as an organisation's manager, as one would through the routes: not every demo
// organisation has a manager account (the recycling centre has none).
auth::AuthContext manager_of(long long organisation_id) {
  auth::AuthContext u;
  u.username = "seed-demo";
  u.roles = {{organisation_id, "manager"}};
  return u;
}

// The modules the demo books, agrees and orders through, as the routes would.
struct Modules {
  explicit Modules(const platform::Platform& p)
      : registry(p),
        agreements(p, registry.port()),
        clients(p),
        orders(p, clients.port(), registry.port(), agreements.port()),
        bookings(p, {clients.port(), registry.port(), agreements.port(), orders.port()}) {}
  registry::Module registry;
  agreements::Module agreements;
  clients::Module clients;
  service_orders::Module orders;
  bookings::Module bookings;
};

PlaceInput place(std::string name, std::string tasks, std::vector<std::string> fields, std::string municipality,
                 int capacity, std::vector<std::string> service_types) {
  PlaceInput p;
  p.name = std::move(name);
  p.work_tasks = std::move(tasks);
  p.fields = std::move(fields);
  p.municipality = std::move(municipality);
  p.street_address = "Kylätie 1";
  p.capacity = capacity;
  p.weekdays = {"mon", "tue", "wed", "thu", "fri"};
  p.start_time = "08:00";
  p.end_time = "15:00";
  p.supervisor_name = "Saara Laatinen";
  p.supervisor_phone = "044 339 0220";
  p.what_to_bring = "Omat eväät, säänmukainen vaatetus";
  p.host_instructions = "Ilmoita poissaolosta aamulla ennen klo 8 ohjaajalle ja omalle sosiaaliohjaajalle.";
  p.orientation_checklist = {"Työturvallisuus ja ergonomia", "Tilat ja poistumistiet", "Työyhteisön esittely"};
  p.no_displacement_confirmed = true;
  p.service_types = std::move(service_types);
  return p;
}

ServiceProductInput product(std::string name, bool place, bool support, int guidance, long long cents) {
  // Seed 003: 3–24 month periods, 1–4 days a week, 4–8 hours a day. Prices are demo values.
  return ServiceProductInput{std::move(name), "ktt", place, support, support, 3, 24, 1, 4, 4, 8,
                             guidance,        cents, "day"};
}

// Erik (the demo case at the start stage) has visited the recycling centre's sorting place,
// is booked there from the planned start and has a client agreement waiting for the
// acknowledgements: the client page shows a placement being arranged.
void seed_demo_client_placement(const platform::Platform& p, long long place_id, const std::string& today) {
  db::Database& db = p.db;
  const long long erik = id_of(db, "SELECT id FROM clients_view WHERE last_name = :n", "Testström");
  const long long sanna = id_of(db, "SELECT id FROM users_view WHERE username = :n", "sanna");
  if (erik == 0 || sanna == 0) return;
  Modules modules(p);
  auto& bookings = modules.bookings.service();
  const auto sanna_user = demo_user(db, "sanna");
  const auto as_sanna = caller_of(sanna_user);
  must(bookings.create_visit(as_sanna, {place_id, erik, add_days(today, -7), "13:00", "Sanna Sosiaaliohjaaja",
                                        "suitable", "Lajittelu kiinnosti; aloitus kolmena päivänä viikossa."}),
       "introductory visit");
  must(bookings.book(as_sanna, {place_id, erik, std::nullopt, add_days(today, 14), ""}), "booking");
  ClientAgreementInput agreement;
  agreement.client_id = erik;
  agreement.place_id = place_id;
  agreement.start_date = add_days(today, 14);
  agreement.end_date = add_days(today, 14 + 181);
  agreement.days_per_week = 3;
  agreement.hours_per_day = 4;
  agreement.tasks = "Lahjoitusten lajittelu ja hinnoittelu";
  agreement.responsible_persons = "Sanna Sosiaaliohjaaja (tilaaja), Aino Työpaikkaohjaaja (työtoimintapaikka)";
  must(bookings.create_client_agreement(as_sanna, agreement), "client agreement");
}

}  // namespace

void seed_demo_ended_placement(const platform::Platform& p) {
  db::Database& db = p.db;
  const long long oona = id_of(db, "SELECT id FROM clients_view WHERE last_name = :n", "Demola");
  const long long centre = id_of(db, "SELECT id FROM places_view WHERE name = :n", "Päivätoimintakeskus Rantakylä");
  const long long ended = id_of(db,
                                "SELECT id FROM cases_view WHERE client_id = (SELECT id FROM clients_view WHERE "
                                "last_name = :n) AND stage = 'end'",
                                "Demola");
  if (oona == 0 || centre == 0 || ended == 0) throw std::runtime_error("demo placements: Oona's case is missing");
  // The period of the case's decision: from six months ago until ten days ago.
  const std::string today = today_helsinki();
  const std::string start = add_months(today, -6), end = add_days(today, -10);
  Modules modules(p);
  auto& bookings = modules.bookings.service();
  const auto sanna_user = demo_user(db, "sanna"), mikko_user = demo_user(db, "mikko");
  const auto as_sanna = caller_of(sanna_user), as_mikko = caller_of(mikko_user);
  auto booking = must(bookings.book(as_sanna, {centre, oona, ended, start, ""}), "booking");
  must(bookings.end_booking(as_sanna, booking.id, end, booking.version), "booking's end");
  ClientAgreementInput agreement;
  agreement.client_id = oona;
  agreement.place_id = centre;
  agreement.start_date = start;
  agreement.end_date = end;
  agreement.days_per_week = 2;
  agreement.hours_per_day = 4;
  agreement.tasks = "Ryhmätoiminta ja ruoanlaitto";
  agreement.responsible_persons = "Sanna Sosiaaliohjaaja";
  auto made = must(bookings.create_client_agreement(as_sanna, agreement), "client agreement");
  must(bookings.acknowledge(as_sanna, made.id, {"client", sanna_user.user_id, "Oona Demola", "", "in_person", ""}),
       "client's acknowledgement");
  must(bookings.acknowledge(as_sanna, made.id, {"purchaser", sanna_user.user_id, "Sanna Sosiaaliohjaaja", "", "", ""}),
       "purchaser's acknowledgement");
  must(bookings.acknowledge(as_mikko, made.id, {"host", mikko_user.user_id, "Mikko Palveluesimies", "", "", ""}),
       "host's acknowledgement");
}

long long seed_demo_started_placement(const platform::Platform& p) {
  db::Database& db = p.db;
  const long long matti = id_of(db, "SELECT id FROM clients_view WHERE last_name = :n", "Esimerkki");
  const long long sanna = id_of(db, "SELECT id FROM users_view WHERE username = :n", "sanna");
  const long long aino = id_of(db, "SELECT id FROM users_view WHERE username = :n", "aino");
  const long long sorting = id_of(db, "SELECT id FROM places_view WHERE name = :n", "Lajittelu ja myymälä");
  const long long working = id_of(db,
                                  "SELECT id FROM cases_view WHERE client_id = (SELECT id FROM clients_view WHERE "
                                  "last_name = :n) AND stage = 'start'",
                                  "Esimerkki");
  if (matti == 0 || sorting == 0 || working == 0) throw std::runtime_error("demo placements: Matti's case is missing");
  const std::string start = add_days(today_helsinki(), -30);  // the plan's start
  Modules modules(p);
  auto& bookings = modules.bookings.service();
  const auto sanna_user = demo_user(db, "sanna"), aino_user = demo_user(db, "aino");
  const auto as_sanna = caller_of(sanna_user), as_aino = caller_of(aino_user);
  must(bookings.book(as_sanna, {sorting, matti, working, start, ""}), "booking");
  ClientAgreementInput agreement;
  agreement.client_id = matti;
  agreement.place_id = sorting;
  agreement.start_date = start;
  agreement.end_date = add_days(start, 181);
  agreement.days_per_week = 3;
  agreement.hours_per_day = 4;
  agreement.tasks = "Kierrätyskeskus: lajittelu ja myymälätyöt";
  agreement.responsible_persons = "Sanna Sosiaaliohjaaja (tilaaja), Aino Työpaikkaohjaaja (työtoimintapaikka)";
  auto made = must(bookings.create_client_agreement(as_sanna, agreement), "client agreement");
  must(bookings.acknowledge(as_sanna, made.id, {"client", sanna, "Matti Johannes Esimerkki", "", "paper", ""}),
       "client's acknowledgement");
  must(bookings.acknowledge(as_sanna, made.id, {"purchaser", sanna, "Sanna Sosiaaliohjaaja", "", "", ""}),
       "purchaser's acknowledgement");
  must(bookings.acknowledge(as_aino, made.id, {"host", aino, "Aino Työpaikkaohjaaja", "", "", ""}),
       "host's acknowledgement");
  return working;
}

void seed_demo_placements(const platform::Platform& p) {
  db::Database& db = p.db;
  registry::Module registry(p);
  const long long county = organisation(db, "Järvilaakson hyvinvointialue");
  const long long club = organisation(db, "Kotikylän 4H-yhdistys ry");
  const long long recycling = organisation(db, "Rantakylän kierrätyskeskus ry");
  if (county == 0 || club == 0 || recycling == 0) return;
  long long company = organisation(db, "Kotikylän Konepaja Oy");
  if (company == 0) {
    organisations::OrganisationStore store(db);
    files::FileStore files(db);
    organisations::OrganisationService orgs(store, p.transactor, files);
    auth::AuthContext administrator;
    administrator.username = "seed-demo";
    administrator.roles = {{0, "admin"}};
    company =
        must(orgs.create_organisation(caller_of(administrator), {"Kotikylän Konepaja Oy", {"host"}, {}, std::nullopt}),
             "company")
            .id;
  }
  auto& places = registry.service();
  const auto county_manager = manager_of(county), club_manager = manager_of(club),
             recycling_manager = manager_of(recycling), company_manager = manager_of(company);
  const auto as_county = caller_of(county_manager), as_club = caller_of(club_manager),
             as_recycling = caller_of(recycling_manager), as_company = caller_of(company_manager);
  must(places.set_host_type(as_county, county, "municipal_unit"), "host type");
  must(places.set_host_type(as_county, club, "association"), "host type");
  must(places.set_host_type(as_county, recycling, "association"), "host type");
  must(places.set_host_type(as_county, company, "company"), "host type");

  const std::vector<std::string> ktt = {"ktt", "work_activity"};
  auto yard = must(places.create_place(as_club, club,
                                       place("Kiinteistö- ja pihanhoito", "Pihatyöt, lumityöt ja pienet korjaukset",
                                             {"property_and_yard_care"}, "Kotikylä", 3, ktt)),
                   "yard place");
  auto youth = must(places.create_place(as_club, club,
                                        place("Nuorisotyö kerhotiloissa", "Kerhojen valmistelu ja avustaminen",
                                              {"youth_work", "office"}, "Kotikylä", 2, ktt)),
                    "youth place");
  auto pets = must(places.create_place(as_club, club,
                                       place("Lemmikkien hoito", "Eläinten ruokinta ja tilojen siivous", {"pet_care"},
                                             "Järvilaakso", 2, ktt)),
                   "pet place");
  auto sorting_input = place("Lajittelu ja myymälä", "Lahjoitusten lajittelu, hinnoittelu ja myymälätyö",
                             {"recycling", "retail"}, "Rantakylä", 4, ktt);
  sorting_input.wheelchair_accessible = true;
  sorting_input.accessibility_notes = "Esteetön sisäänkäynti ja wc";
  sorting_input.supervisor_name = "Aino Työpaikkaohjaaja";
  if (const long long aino = id_of(db, "SELECT id FROM users_view WHERE username = :n", "aino"); aino != 0) {
    sorting_input.supervisor_user_id = aino;
  }
  auto sorting = must(places.create_place(as_recycling, recycling, sorting_input), "recycling place");
  // The county's own day activity centre: its own production, its own clients without an agreement.
  must(places.create_place(as_county, county,
                           place("Päivätoimintakeskus Rantakylä", "Ryhmätoiminta, askartelu ja ruoanlaitto",
                                 {"kitchen", "textiles"}, "Rantakylä", 6, {"day_activity"})),
       "day activity place");
  // The company's supervisor pekka has an account but is not named yet: the manager kalle picks him.
  auto workshop = place("Konepajan työvalmennus", "Kokoonpano ja varastotyö", {"warehouse"}, "Kotikylä", 2,
                        {"job_coaching", "supported_employment"});
  must(places.create_place(as_company, company, workshop), "company place");

  agreements::Module agreements_module(p, registry.port());
  auto& agreements = agreements_module.service();
  std::vector<long long> products;
  for (auto& p : {product("Osa 1: Työtoimintapaikka", true, false, 0, 3000),
                  product("Osa 2: Tuki ja ohjaus kuntouttavaan työtoimintaan", false, true, 6, 4500),
                  product("Osa 3: Koulutukseen ja työhön suuntaava kuntouttava työtoiminta", true, true, 6, 6500),
                  product("Osa 4: Osallisuutta vahvistava kuntouttava työtoiminta", true, true, 6, 6500)}) {
    products.push_back(must(agreements.create_product(as_club, club, p), "product").id);
  }
  const std::string today = today_helsinki();
  must(agreements.create(as_county, {"partnership",
                                     county,
                                     club,
                                     "Kumppanuussopimus Kotikylän 4H-yhdistys",
                                     add_days(today, -200),
                                     add_days(today, 500),
                                     {yard.id, youth.id, pets.id},
                                     {}}),
       "partnership");
  must(agreements.create(as_county, {"purchase",
                                     county,
                                     club,
                                     "Kuntouttavan työtoiminnan hankintasopimus",
                                     add_days(today, -200),
                                     add_days(today, 500),
                                     {},
                                     products}),
       "purchase contract");
  must(agreements.create(as_county, {"partnership",
                                     county,
                                     recycling,
                                     "Kumppanuussopimus Rantakylän kierrätyskeskus",
                                     add_days(today, -320),
                                     add_days(today, 45),
                                     {sorting.id},
                                     {}}),
       "recycling partnership");
  seed_demo_client_placement(p, sorting.id, today);
}

void seed_demo_service_orders(const platform::Platform& p) {
  db::Database& db = p.db;
  Modules modules(p);
  auto& orders = modules.orders.service();
  const long long county = organisation(db, "Järvilaakson hyvinvointialue");
  const long long club = organisation(db, "Kotikylän 4H-yhdistys ry");
  const auto user = [&](const std::string& name) {
    return id_of(db, "SELECT id FROM users_view WHERE username = :n", name);
  };
  const long long sanna = user("sanna"), hanna = user("hanna"), tuomas = user("tuomas");
  if (county == 0 || club == 0 || sanna == 0 || hanna == 0 || tuomas == 0) return;
  // The demo cases in implementation and at the start, both ktt.
  const auto case_at = [&](const std::string& stage) {
    return id_of(db, "SELECT MIN(id) FROM cases_view WHERE stage = :s AND service_type = 'ktt'", stage);
  };
  const auto product_named = [&](const std::string& prefix) {
    return id_of(db, "SELECT id FROM service_products_view WHERE name LIKE :n", prefix + "%");
  };
  const auto client_of = [&](long long case_id) {
    long long client = 0;
    db.read([&](soci::session& sql) {
      sql << "SELECT client_id FROM cases_view WHERE id = :i", soci::use(case_id), soci::into(client);
    });
    return client;
  };
  const long long working = case_at("implementation"), starting = case_at("start");
  if (working == 0 || starting == 0) return;
  const std::string today = today_helsinki();
  const auto sanna_user = demo_user(db, "sanna"), hanna_user = demo_user(db, "hanna");
  const auto as_sanna = caller_of(sanna_user), as_hanna = caller_of(hanna_user);
  auto accepted = must(orders.create(as_sanna, {client_of(working), product_named("Osa 3"), std::nullopt, working,
                                                add_days(today, -35), 6, 3, 4}),
                       "accepted order");
  must(orders.answer(as_hanna, accepted.id, {"accepted", "Aloitus sovittu", tuomas}), "answer");
  // Erik's support and guidance for his placement at the recycling centre, waiting for hanna's answer.
  const long long sorting = id_of(db, "SELECT id FROM places_view WHERE name = :n", "Lajittelu ja myymälä");
  must(orders.create(as_sanna,
                     {client_of(starting), product_named("Osa 2"), sorting, starting, add_days(today, 14), 6, 3, 4}),
       "sent order");
}

void seed_demo_periods(const platform::Platform& p, cases::Port& cases, service_types::Port& types) {
  db::Database& db = p.db;
  const long long working = id_of(db,
                                  "SELECT id FROM cases_view WHERE stage = 'implementation' AND client_id = "
                                  "(SELECT id FROM clients_view WHERE last_name = :n)",
                                  "Esimerkki");
  if (working == 0) return;
  long long booking = 0;
  db.read([&](soci::session& sql) {
    sql << "SELECT MIN(id) FROM bookings_view WHERE case_id = :c", soci::use(working), soci::into(booking);
  });
  Modules modules(p);
  periods::PeriodStore store(db);
  periods::PeriodService service(store, p.transactor,
                                 {cases, modules.bookings.port(), modules.orders.port(), modules.agreements.port(),
                                  types, modules.registry.port()});
  const auto sanna_user = demo_user(db, "sanna"), aino_user = demo_user(db, "aino");
  const auto as_sanna = caller_of(sanna_user), as_aino = caller_of(aino_user);
  // Matti's first period from his booking's start: Monday, Tuesday and Thursday, four hours, for six months.
  const std::string today = today_helsinki(), start = add_days(today, -30);
  periods::PeriodDraft draft;
  draft.booking_id = booking;
  draft.period.start_date = start;
  draft.period.end_date = add_days(add_months(start, 6), -1);
  draft.period.steps = {{start, {{1, 4}, {2, 4}, {4, 4}}}};
  const auto period = must(service.create(as_sanna, working, draft), "period");
  // Aino has marked every day so far: present, one day ill (notified), and the last-but-one day away without
  // notice, which alerts sanna, his own worker. Today is still to mark.
  const auto days = must(service.days_of(as_sanna, period.id, start, add_days(today, -1)), "period days").expected;
  for (std::size_t i = 0; i < days.size(); ++i) {
    periods::Mark m;
    m.status = "present";
    m.minutes = i == 1 ? 210 : days[i].minutes;
    if (i == 3) {
      m = {};
      m.status = "absent_with_notice";
      m.absence_reason = "illness";
    } else if (days.size() > 4 && i == days.size() - 2) {
      m = {};
      m.status = "absent_without_notice";
    }
    must(service.mark(as_aino, period.id, days[i].date, m), "attendance");
  }
  // Five weeks from now Matti goes on a two-week rehabilitation course, agreed with sanna: a break, so he is not
  // expected at the centre, and his first guidance window grows by those two weeks.
  const std::string course = add_days(today, 35 + 1 - iso_weekday(add_days(today, 35)));
  const auto now = must(service.days_of(as_sanna, period.id, today, today), "period").period;
  must(service.add_break(as_sanna, period.id, {0, {course, add_days(course, 13)}, "Kuntoutuskurssi", "", ""},
                         now.version),
       "break");
  // Tuomas, his coach, has guided him twice and sanna once (social guidance): 2 h 45 min of the 6 h his
  // product promises in the first three months, which end in about two and a half months with the break.
  guidance::GuidanceStore guidance_store(db);
  guidance::GuidanceService guidance(guidance_store, p.transactor, service);
  const auto tuomas_user = demo_user(db, "tuomas");
  const auto as_tuomas = caller_of(tuomas_user);
  must(guidance.record(as_tuomas, period.id, {add_days(start, 1), 60, "individual", "Tavoitteet ja työtehtävät"}),
       "guidance");
  must(guidance.record(as_tuomas, period.id, {add_days(start, 15), 60, "individual", "Jaksaminen ja päivärytmi"}),
       "guidance");
  must(guidance.record(as_sanna, period.id, {add_days(start, 22), 45, "social", "Toimeentulo ja asuminen"}),
       "guidance");
  seed_demo_meetings(p, cases, period);
  seed_demo_compensation(p, types, period);
}

void seed_demo_meetings(const platform::Platform& p, cases::Port& cases, const periods::Period& period) {
  db::Database& db = p.db;
  notifications::NotificationStore notification_store(db);
  notifications::Notifier notifier(notification_store, "http://localhost:8080");
  meetings::MeetingStore store(db);
  meetings::MeetingService service(store, p.transactor, cases, notifier, {"polku@localhost", "http://localhost:8080"});
  const auto sanna_user = demo_user(db, "sanna"), tuomas_user = demo_user(db, "tuomas");
  const auto as_sanna = caller_of(sanna_user);
  const std::string today = today_helsinki(), start = period.data.start_date;
  auto participant = [](const char* role, std::optional<long long> user) {
    meetings::Participant m;
    m.role = role;
    m.user_id = user;
    return m;
  };
  // Two weeks into his period Matti, sanna, his coach tuomas and the place's supervisor aino met at the centre;
  // sanna recorded it and set the next meeting in about six weeks, which sanna has now scheduled.
  meetings::MeetingInput first;
  first.starts_at = add_days(start, 14) + "T13:00";
  first.minutes = 60;
  first.location = "Kierrätyskeskus, neuvotteluhuone";
  first.agenda = "Miten alku on sujunut, tavoitteet ja työtehtävät";
  first.participants = {participant("client", std::nullopt), participant("own_worker", sanna_user.user_id),
                        participant("coach", tuomas_user.user_id)};
  const auto held = must(service.schedule(as_sanna, period.case_id, first), "meeting");
  meetings::RecordInput notes;
  notes.notes =
      "Matti on päässyt hyvin alkuun lajittelussa. Aamut ovat vielä raskaita; sovittiin, että hän aloittaa kello 9. "
      "Tavoitteena säännöllinen päivärytmi ja asiakaspalvelutehtäviin tutustuminen.";
  notes.next_meeting_on = add_days(today, 28);
  for (const auto& m : held.data.participants) notes.attended.push_back(m.id);
  must(service.record(as_sanna, held.id, held.version, notes), "meeting record");
  meetings::MeetingInput next = first;
  next.starts_at = add_days(today, 28) + "T13:00";
  next.agenda = "Väliarvio: tavoitteiden eteneminen ja jatko";
  must(service.schedule(as_sanna, period.case_id, next), "next meeting");
}

void seed_demo_compensation(const platform::Platform& p, service_types::Port& types, const periods::Period& period) {
  db::Database& db = p.db;
  compensation::CompensationStore store(db);
  compensation::CompensationService service(store, p.transactor, types);
  const auto sanna_user = demo_user(db, "sanna"), mikko_user = demo_user(db, "mikko");
  const auto as_sanna = caller_of(sanna_user), as_mikko = caller_of(mikko_user);
  const std::string today = today_helsinki(), start = period.data.start_date;
  // Matti lives on Kela's labour market subsidy, goes by bus, and once took a taxi to the place with a receipt.
  compensation::Benefit kela;
  kela.payer = "kela";
  kela.valid_from = add_months(start, -4);
  must(service.add_benefit(as_sanna, period.client_id, kela), "benefit");
  compensation::TravelFare bus;
  bus.cents_per_day = 460;
  bus.means = "Bussi, 30 päivän kausilippu";
  bus.valid_from = start;
  must(service.add_fare(as_sanna, period.client_id, bus), "fare");
  compensation::TravelClaim taxi;
  taxi.day = add_days(start, 1);
  taxi.cents = 2380;
  taxi.description = "Taksi, bussi ei kulkenut lakon vuoksi (kuitti liitteenä)";
  must(service.add_claim(as_sanna, period.client_id, taxi), "claim");
  // Mikko approved last month's compensation; this month's is still open.
  const std::string last_month = add_months(today.substr(0, 8) + "01", -1).substr(0, 7);
  must(service.approve(as_mikko, period.case_organisation_id, last_month), "approval");
  // Sanna sent the absence notice of Matti's first two weeks (his day ill) to Kela; the later ones wait for her.
  compensation::AbsenceNoticeStore notice_store(db);
  compensation::AbsenceNoticeService notices(notice_store, p.transactor);
  const auto windows = compensation::notice_windows(start, period.data.end_date);
  if (!windows.empty() && windows.front().second < today) {
    auto sent = notices.send(as_sanna, period.id, windows.front().first);
    if (!sent && sent.error().code != ErrorCode::kInvalidInput) must(std::move(sent), "notice");
  }
}

}  // namespace polku::app
