#include "bookings/booking_store.hpp"

#include "bookings/booking_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/row.hpp"

namespace polku::bookings {
namespace {

// The client's name for the host's lists, from the clients' read model.
const std::string kClientName =
    "(SELECT cl.first_names || ' ' || cl.last_name FROM clients_view cl WHERE cl.id = client_id)";
const std::string kSelectVisit =
    "SELECT id, place_id, client_id, visit_date, visit_time, accompanied_by, outcome, outcome_notes, version, " +
    kClientName + " FROM introductory_visits";
// With the continuation that extends it (the newest, if several were made).
const std::string kSelectClientAgreements =
    "SELECT a.id, a.client_id, a.purchaser_organisation_id, a.place_id, a.provider_organisation_id, a.start_date, "
    "a.end_date, a.days_per_week, a.hours_per_day, a.tasks, a.responsible_persons, a.previous_id, "
    "(SELECT MAX(n.id) FROM client_agreements n WHERE n.previous_id = a.id), "
    "(SELECT cl.first_names || ' ' || cl.last_name FROM clients_view cl WHERE cl.id = a.client_id) "
    "FROM client_agreements a";
const std::string kSelectAcknowledgements =
    "SELECT k.client_agreement_id, k.party, k.user_id, k.name, k.acknowledged_at, k.method, "
    "COALESCE(u.display_name, '') FROM client_agreement_acknowledgements k JOIN client_agreements a ON "
    "a.id = k.client_agreement_id LEFT JOIN users_view u ON u.id = k.user_id";

const std::string kSelectBooking =
    "SELECT id, place_id, client_id, case_id, start_date, end_date, created_by, created_at, version, " + kClientName +
    " FROM placement_bookings";
const std::string kFindBooking = kSelectBooking + " WHERE id = :i";

Booking booking_from(const soci::row& r) {
  return {db::int_at(r, 0),
          {db::int_at(r, 1), db::int_at(r, 2), db::opt_int_at(r, 3), db::text_at(r, 4), db::text_at(r, 5)},
          db::int_at(r, 6),
          db::text_at(r, 7),
          db::int_at(r, 8),
          db::text_at(r, 9)};
}

Visit visit_from(const soci::row& r) {
  return Visit{db::int_at(r, 0),
               {db::int_at(r, 1), db::int_at(r, 2), db::text_at(r, 3), db::text_at(r, 4), db::text_at(r, 5),
                db::text_at(r, 6), db::text_at(r, 7)},
               db::int_at(r, 8),
               db::text_at(r, 9)};
}

ClientAgreement client_agreement_from(const soci::row& r) {
  ClientAgreement a;
  a.id = db::int_at(r, 0);
  auto& d = a.data;
  d.client_id = db::int_at(r, 1);
  d.purchaser_organisation_id = db::int_at(r, 2);
  d.place_id = db::int_at(r, 3);
  d.provider_organisation_id = db::opt_int_at(r, 4);
  d.start_date = db::text_at(r, 5);
  d.end_date = db::text_at(r, 6);
  d.days_per_week = static_cast<int>(db::int_at(r, 7));
  d.hours_per_day = static_cast<int>(db::int_at(r, 8));
  d.tasks = db::text_at(r, 9);
  d.responsible_persons = db::text_at(r, 10);
  a.previous_id = db::opt_int_at(r, 11);
  a.next_id = db::opt_int_at(r, 12);
  a.client_name = db::text_at(r, 13);
  return a;
}

// The agreements `where` selects (bound to `arg`) with their acknowledgements: two reads for any number.
std::vector<ClientAgreement> client_agreements_where(soci::session& sql, const std::string& where, long long arg) {
  std::vector<ClientAgreement> out;
  {
    soci::rowset<soci::row> rows =
        (sql.prepare << kSelectClientAgreements + where + " ORDER BY a.start_date, a.id", soci::use(arg));
    for (const auto& r : rows) out.push_back(client_agreement_from(r));
  }
  if (out.empty()) return out;
  soci::rowset<soci::row> acks =
      (sql.prepare << kSelectAcknowledgements + where + " ORDER BY k.acknowledged_at, k.party", soci::use(arg));
  for (const auto& r : acks) {
    const long long id = db::int_at(r, 0);
    for (auto& a : out) {
      if (a.id != id) continue;
      a.acknowledgements.push_back({db::text_at(r, 1), db::int_at(r, 2), db::text_at(r, 3), db::text_at(r, 4),
                                    db::text_at(r, 5), db::text_at(r, 6)});
    }
  }
  return out;
}

std::vector<Booking> bookings_where(soci::session& sql, const std::string& where, long long arg) {
  std::vector<Booking> out;
  soci::rowset<soci::row> rows = (sql.prepare << kSelectBooking + where + " ORDER BY start_date, id", soci::use(arg));
  for (const auto& r : rows) out.push_back(booking_from(r));
  return out;
}

}  // namespace

std::vector<Booking> BookingStore::bookings_of_place(long long place_id) {
  return db_.read([&](soci::session& sql) { return bookings_where(sql, " WHERE place_id = :p", place_id); });
}

std::vector<Booking> BookingStore::bookings_of_client(long long client_id) {
  return db_.read([&](soci::session& sql) { return bookings_where(sql, " WHERE client_id = :c", client_id); });
}

std::optional<Booking> BookingStore::find_booking(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Booking> {
    soci::rowset<soci::row> rows = (sql.prepare << kFindBooking, soci::use(id));
    for (const auto& r : rows) return booking_from(r);
    return std::nullopt;
  });
}

std::optional<Booking> BookingStore::find_booking(work::UnitOfWork& unit, long long id) {
  soci::rowset<soci::row> rows = (unit.sql().prepare << kFindBooking, soci::use(id));
  for (const auto& r : rows) return booking_from(r);
  return std::nullopt;
}

std::vector<registry::DateRange> BookingStore::booked_ranges(work::UnitOfWork& unit, long long place_id) {
  std::vector<registry::DateRange> out;
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT start_date, end_date FROM placement_bookings WHERE place_id = :p",
       soci::use(place_id));
  for (const auto& r : rows) out.push_back({db::text_at(r, 0), db::text_at(r, 1)});
  return out;
}

Booking BookingStore::insert_booking(work::UnitOfWork& unit, const BookingInput& in, long long user_id) {
  Booking b{0, in, user_id, now_iso(), 1, ""};
  long long case_id = in.case_id.value_or(0);
  soci::indicator case_ind = in.case_id ? soci::i_ok : soci::i_null;
  unit.sql() << "INSERT INTO placement_bookings (place_id, client_id, case_id, start_date, end_date, created_by, "
                "created_at) VALUES (:p, :c, :k, :s, :e, :u, :a) RETURNING id",
      soci::use(in.place_id), soci::use(in.client_id), soci::use(case_id, case_ind), soci::use(in.start_date),
      soci::use(in.end_date), soci::use(user_id), soci::use(b.created_at), soci::into(b.id);
  unit.sql() << "SELECT first_names || ' ' || last_name FROM clients_view WHERE id = :c", soci::use(in.client_id),
      soci::into(b.client_name);
  unit.wrote_client_data(in.client_id);
  return b;
}

bool BookingStore::end_booking(work::UnitOfWork& unit, const Booking& booking, long long version,
                               const std::string& end_date) {
  soci::statement st = (unit.sql().prepare << "UPDATE placement_bookings SET end_date = :e, version = version + 1 "
                                              "WHERE id = :i AND version = :v",
                        soci::use(end_date), soci::use(booking.id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  unit.wrote_client_data(booking.data.client_id);
  return true;
}

long long BookingStore::insert_visit(work::UnitOfWork& unit, const VisitInput& in) {
  long long id = 0;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO introductory_visits (place_id, client_id, visit_date, visit_time, accompanied_by, "
                "outcome, outcome_notes, created_at) VALUES (:p, :c, :d, :t, :a, :o, :n, :ca) RETURNING id",
      soci::use(in.place_id), soci::use(in.client_id), soci::use(in.visit_date), soci::use(in.visit_time),
      soci::use(in.accompanied_by), soci::use(in.outcome), soci::use(in.outcome_notes), soci::use(now), soci::into(id);
  unit.wrote_client_data(in.client_id);
  return id;
}

std::optional<Visit> BookingStore::find_visit(work::UnitOfWork& unit, long long id) {
  soci::rowset<soci::row> rows = (unit.sql().prepare << kSelectVisit + " WHERE id = :i", soci::use(id));
  for (const auto& r : rows) return visit_from(r);
  return std::nullopt;
}

bool BookingStore::set_visit_outcome(work::UnitOfWork& unit, const Visit& visit, long long version,
                                     const std::string& outcome, const std::string& notes) {
  soci::statement st =
      (unit.sql().prepare << "UPDATE introductory_visits SET outcome = :o, outcome_notes = :n, version = version + 1 "
                             "WHERE id = :i AND version = :v",
       soci::use(outcome), soci::use(notes), soci::use(visit.id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  unit.wrote_client_data(visit.data.client_id);
  return true;
}

std::optional<Visit> BookingStore::find_visit(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Visit> {
    soci::rowset<soci::row> rows = (sql.prepare << kSelectVisit + " WHERE id = :i", soci::use(id));
    for (const auto& r : rows) return visit_from(r);
    return std::nullopt;
  });
}

std::vector<Visit> BookingStore::visits_at_place(long long place_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Visit> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << kSelectVisit + " WHERE place_id = :p ORDER BY visit_date, visit_time, id", soci::use(place_id));
    for (const auto& r : rows) out.push_back(visit_from(r));
    return out;
  });
}

std::vector<Visit> BookingStore::visits_of_client(long long client_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Visit> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << kSelectVisit + " WHERE client_id = :c ORDER BY visit_date, visit_time, id",
         soci::use(client_id));
    for (const auto& r : rows) out.push_back(visit_from(r));
    return out;
  });
}

long long BookingStore::insert_client_agreement(work::UnitOfWork& unit, const ClientAgreementInput& in,
                                                std::optional<long long> previous_id) {
  long long id = 0;
  long long provider = in.provider_organisation_id.value_or(0);
  soci::indicator provider_ind = in.provider_organisation_id ? soci::i_ok : soci::i_null;
  long long previous = previous_id.value_or(0);
  soci::indicator previous_ind = previous_id ? soci::i_ok : soci::i_null;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO client_agreements (client_id, purchaser_organisation_id, place_id, "
                "provider_organisation_id, start_date, end_date, days_per_week, hours_per_day, tasks, "
                "responsible_persons, previous_id, created_at) "
                "VALUES (:c, :p, :pl, :pr, :s, :e, :d, :h, :t, :r, :pv, :ca) RETURNING id",
      soci::use(in.client_id), soci::use(in.purchaser_organisation_id), soci::use(in.place_id),
      soci::use(provider, provider_ind), soci::use(in.start_date), soci::use(in.end_date), soci::use(in.days_per_week),
      soci::use(in.hours_per_day), soci::use(in.tasks), soci::use(in.responsible_persons),
      soci::use(previous, previous_ind), soci::use(now), soci::into(id);
  unit.wrote_client_data(in.client_id);
  return id;
}

bool BookingStore::lock_and_is_continued(work::UnitOfWork& unit, long long id) {
  long long locked = 0;
  unit.sql() << std::string("SELECT id FROM client_agreements WHERE id = :i") + unit.for_update(), soci::use(id),
      soci::into(locked);
  long long n = 0;
  unit.sql() << "SELECT COUNT(*) FROM client_agreements WHERE previous_id = :i", soci::use(id), soci::into(n);
  return n > 0;
}

bool BookingStore::has_acknowledged(work::UnitOfWork& unit, long long agreement_id, const std::string& party) {
  long long n = 0;
  unit.sql() << "SELECT COUNT(*) FROM client_agreement_acknowledgements WHERE client_agreement_id = :i "
                "AND party = :p",
      soci::use(agreement_id), soci::use(party), soci::into(n);
  return n > 0;
}

void BookingStore::acknowledge(work::UnitOfWork& unit, const ClientAgreement& agreement, const Acknowledgement& ack) {
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO client_agreement_acknowledgements (client_agreement_id, party, user_id, name, "
                "acknowledged_at, method) VALUES (:i, :p, :u, :n, :a, :m)",
      soci::use(agreement.id), soci::use(ack.party), soci::use(ack.user_id), soci::use(ack.name), soci::use(now),
      soci::use(ack.method);
  unit.wrote_client_data(agreement.data.client_id);
}

std::optional<ClientAgreement> BookingStore::find_client_agreement(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<ClientAgreement> {
    auto found = client_agreements_where(sql, " WHERE a.id = :i", id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
  });
}

std::vector<ClientAgreement> BookingStore::client_agreements_of_client(long long client_id) {
  return db_.read(
      [&](soci::session& sql) { return client_agreements_where(sql, " WHERE a.client_id = :i", client_id); });
}

std::vector<ClientAgreement> BookingStore::acknowledged_agreements(work::UnitOfWork& unit, long long client_id,
                                                                   long long place_id) {
  std::vector<ClientAgreement> out;
  for (auto& a : client_agreements_where(unit.sql(), " WHERE a.client_id = :i", client_id)) {
    if (a.data.place_id == place_id && acknowledged_by_all(a)) out.push_back(std::move(a));
  }
  return out;
}

namespace {

// The client and the place of a task, read from their modules' read models; `x` names the row's table.
std::string scene_columns() {
  return "cl.id, cl.first_names || ' ' || cl.last_name, cl.organisation_id, cl.own_worker_id, p.id, p.name, "
         "p.host_organisation_id, p.supervisor_user_id";
}
std::string scene_joins(const char* x) {
  return std::string(" JOIN clients_view cl ON cl.id = ") + x + ".client_id JOIN places_view p ON p.id = " + x +
         ".place_id ";
}
TaskScene scene_from(db::Cursor& k) {
  TaskScene s;
  s.client_id = k.id();
  s.client_name = k.text();
  s.client_organisation_id = k.id();
  s.own_worker_id = k.opt_id();
  s.place_id = k.id();
  s.place_name = k.text();
  s.host_id = k.id();
  s.supervisor_user_id = k.opt_id();
  return s;
}

}  // namespace

AgreementParties BookingStore::parties_of(long long client_agreement_id) {
  return db_.read([&](soci::session& sql) {
    AgreementParties out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT cl.first_names || ' ' || cl.last_name, po.name, COALESCE(w.display_name, ''), "
                        "ho.name, COALESCE(s.display_name, p.supervisor_name), COALESCE(pr.name, ''), p.name, "
                        "(SELECT b.case_id FROM placement_bookings b WHERE b.client_id = a.client_id "
                        "AND b.place_id = a.place_id AND b.case_id IS NOT NULL ORDER BY b.id DESC LIMIT 1) "
                        "FROM client_agreements a "
                        "JOIN clients_view cl ON cl.id = a.client_id LEFT JOIN users_view w ON w.id = cl.own_worker_id "
                        "JOIN organisations_view po ON po.id = a.purchaser_organisation_id "
                        "LEFT JOIN organisations_view pr ON pr.id = a.provider_organisation_id "
                        "JOIN places_view p ON p.id = a.place_id JOIN organisations_view ho ON ho.id = "
                        "p.host_organisation_id LEFT JOIN users_view s ON s.id = p.supervisor_user_id WHERE a.id = :i",
         soci::use(client_agreement_id));
    for (const auto& r : rows) {
      db::Cursor k(r);
      out.client_name = k.text();
      out.purchaser_name = k.text();
      out.own_worker_name = k.text();
      out.host_name = k.text();
      out.supervisor_name = k.text();
      out.provider_name = k.text();
      out.place_name = k.text();
      out.case_id = k.opt_id();
    }
    return out;
  });
}

BookingTaskRows BookingStore::task_rows(const std::vector<long long>& organisation_ids, const std::string& today) {
  BookingTaskRows out;
  if (organisation_ids.empty()) return out;
  // PostgreSQL takes a name once per statement: the purchasers' and the hosts' lists are bound apart.
  const std::string in = "IN (" + db::placeholders("o", organisation_ids.size()) + ")";
  const std::string in_hosts = "IN (" + db::placeholders("h", organisation_ids.size()) + ")";
  const std::string agreements =
      "SELECT a.id, a.purchaser_organisation_id, a.created_at, a.start_date, " + scene_columns() +
      ", (SELECT COUNT(*) FROM client_agreement_acknowledgements k WHERE k.client_agreement_id = a.id AND "
      "k.party = 'client'), (SELECT COUNT(*) FROM client_agreement_acknowledgements k WHERE "
      "k.client_agreement_id = a.id AND k.party = 'purchaser'), (SELECT COUNT(*) FROM "
      "client_agreement_acknowledgements k WHERE k.client_agreement_id = a.id AND k.party = 'host') "
      "FROM client_agreements a" +
      scene_joins("a") + "WHERE (a.purchaser_organisation_id " + in + " OR p.host_organisation_id " + in_hosts +
      ") AND (a.end_date = '' OR a.end_date >= :t) AND NOT EXISTS (SELECT 1 FROM "
      "client_agreements n WHERE n.previous_id = a.id) ORDER BY a.id";
  const std::string visits = "SELECT v.id, v.visit_date, " + scene_columns() + " FROM introductory_visits v" +
                             scene_joins("v") + "WHERE cl.organisation_id " + in +
                             " AND v.outcome = 'pending' AND v.visit_date < :t ORDER BY v.visit_date, v.id";
  const std::string starting = "SELECT b.id, b.case_id, b.start_date, b.created_at, " + scene_columns() +
                               " FROM placement_bookings b" + scene_joins("b") + "WHERE p.host_organisation_id " + in +
                               " AND b.start_date >= :t AND b.start_date <= :u AND (b.end_date = '' OR "
                               "b.end_date >= b.start_date) ORDER BY b.start_date, b.id";
  const std::string until = add_days(today, kStartingDays);
  return db_.read([&](soci::session& sql) {
    auto binds = [&](bool hosts_too, bool with_until) {
      return [&, hosts_too, with_until](soci::statement& st) {
        db::bind_list(st, organisation_ids, "o");
        if (hosts_too) db::bind_list(st, organisation_ids, "h");
        st.exchange(soci::use(today, "t"));
        if (with_until) st.exchange(soci::use(until, "u"));
      };
    };
    db::each_row(sql, agreements, binds(true, false), [&](const soci::row& r) {
      db::Cursor k(r);
      AgreementAwaiting a;
      a.id = k.id();
      a.purchaser_id = k.id();
      a.created_at = k.text();
      a.start_date = k.text();
      a.scene = scene_from(k);
      for (const char* party : {"client", "purchaser", "host"})
        if (k.id() > 0) a.acknowledged.insert(party);
      out.agreements.push_back(std::move(a));
    });
    db::each_row(sql, visits, binds(false, false), [&](const soci::row& r) {
      db::Cursor k(r);
      VisitAwaiting v;
      v.id = k.id();
      v.visit_date = k.text();
      v.scene = scene_from(k);
      out.visits.push_back(std::move(v));
    });
    db::each_row(sql, starting, binds(false, true), [&](const soci::row& r) {
      db::Cursor k(r);
      BookingStarting b;
      b.id = k.id();
      b.case_id = k.opt_id();
      b.start_date = k.text();
      b.created_at = k.text();
      b.scene = scene_from(k);
      out.starting.push_back(std::move(b));
    });
    return out;
  });
}

void BookingStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(
      unit, client_id,
      {"DELETE FROM client_agreement_acknowledgements WHERE client_agreement_id IN (SELECT id FROM client_agreements "
       "WHERE client_id = :c)",
       "DELETE FROM client_agreements WHERE client_id = :c", "DELETE FROM introductory_visits WHERE client_id = :c",
       "DELETE FROM placement_bookings WHERE client_id = :c"});
}

}  // namespace polku::bookings
