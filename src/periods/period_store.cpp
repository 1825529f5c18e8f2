#include "periods/period_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::periods {
namespace {

const std::string kSelectPeriod =
    "SELECT p.id, p.case_id, p.client_id, p.booking_id, p.client_agreement_id, p.previous_id, p.start_date, "
    "p.end_date, p.place_id, p.coach_user_id, p.version, cl.first_names || ' ' || cl.last_name, pl.name, "
    "COALESCE(u.display_name, ''), pl.host_organisation_id, pl.supervisor_user_id, cs.organisation_id FROM periods p "
    "JOIN cases_view cs ON cs.id = p.case_id JOIN clients_view cl ON cl.id = p.client_id JOIN places_view pl ON pl.id "
    "= p.place_id "
    "LEFT JOIN users_view u ON u.id = p.coach_user_id";

Period period_from(const soci::row& r) {
  db::Cursor k(r);
  Period p;
  p.id = k.id();
  p.case_id = k.id();
  p.client_id = k.id();
  p.booking_id = k.id();
  p.client_agreement_id = k.id();
  p.previous_id = k.opt_id();
  p.data.start_date = k.text();
  p.data.end_date = k.text();
  p.data.place_id = k.id();
  p.data.coach_user_id = k.opt_id();
  p.version = k.id();
  p.client_name = k.text();
  p.place_name = k.text();
  p.coach_name = k.text();
  p.host_organisation_id = k.id();
  p.supervisor_user_id = k.opt_id();
  p.case_organisation_id = k.id();
  return p;
}

// Never an empty IN list: -1 matches no id.
std::vector<long long> or_none(std::vector<long long> ids) {
  if (ids.empty()) ids.push_back(-1);
  return ids;
}

std::vector<long long> ids_of(const std::vector<Period>& periods) {
  std::vector<long long> out;
  for (const auto& p : periods) out.push_back(p.id);
  return or_none(std::move(out));
}

std::optional<long long> opt(long long value, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<long long>(value) : std::nullopt;
}

const std::string kSelectAttendance =
    "SELECT a.id, a.period_id, a.client_id, a.day, a.status, a.absence_reason, a.minutes, a.note, a.recorded_by, "
    "COALESCE(u.display_name, ''), a.recorded_at, a.version FROM attendance a "
    "LEFT JOIN users_view u ON u.id = a.recorded_by";

Attendance attendance_from(const soci::row& r) {
  db::Cursor k(r);
  Attendance a;
  a.id = k.id();
  a.period_id = k.id();
  a.client_id = k.id();
  a.day = k.text();
  a.status = k.text();
  a.absence_reason = k.text();
  a.minutes = k.number();
  a.note = k.text();
  a.recorded_by = k.id();
  a.recorded_by_name = k.text();
  a.recorded_at = k.text();
  a.version = k.id();
  return a;
}

std::optional<Attendance> one_attendance(soci::session& sql, const std::string& where, const std::string& arg) {
  std::optional<Attendance> out;
  db::each_row(
      sql, kSelectAttendance + where, [&](soci::statement& st) { st.exchange(soci::use(arg, "a")); },
      [&](const soci::row& r) { out = attendance_from(r); });
  return out;
}

const std::string kSelectAlert =
    "SELECT al.id, al.attendance_id, al.case_id, al.client_id, cl.first_names || ' ' || cl.last_name, pl.name, "
    "a.day, a.status, al.recipient_user_id, al.created_at, al.handled_by, COALESCE(h.display_name, ''), "
    "COALESCE(al.handled_at, ''), al.handled_note, al.version, c.organisation_id, al.no_acceptable_reason, "
    "al.employment_authority_told_on, c.service_type FROM absence_alerts al "
    "JOIN attendance a ON a.id = al.attendance_id JOIN periods p ON p.id = a.period_id "
    "JOIN places_view pl ON pl.id = p.place_id JOIN clients_view cl ON cl.id = al.client_id "
    "JOIN cases_view c ON c.id = al.case_id LEFT JOIN users_view h ON h.id = al.handled_by";

AbsenceAlert alert_from(const soci::row& r) {
  db::Cursor k(r);
  AbsenceAlert a;
  a.id = k.id();
  a.attendance_id = k.id();
  a.case_id = k.id();
  a.client_id = k.id();
  a.client_name = k.text();
  a.place_name = k.text();
  a.day = k.text();
  a.status = k.text();
  a.recipient_user_id = k.opt_id();
  a.created_at = k.text();
  a.handled_by = k.opt_id();
  a.handled_by_name = k.text();
  a.handled_at = k.text();
  a.handled_note = k.text();
  a.version = k.id();
  a.organisation_id = k.id();
  a.no_acceptable_reason = k.flag();
  a.employment_authority_told_on = k.text();
  a.service_type = k.text();
  return a;
}

bool changed_one(soci::statement& st) {
  st.execute(true);
  return st.get_affected_rows() > 0;
}

}  // namespace

void PeriodStore::fill(soci::session& sql, std::vector<Period>& periods) {
  if (periods.empty()) return;
  const auto ids = ids_of(periods);
  std::map<long long, Period*> by_id;
  for (auto& p : periods) by_id[p.id] = &p;
  const std::string in = " WHERE period_id IN (" + db::placeholders("o", ids.size()) + ")";
  db::each_row(
      sql,
      "SELECT period_id, from_date, weekday, hours FROM period_steps" + in + " ORDER BY period_id, from_date, weekday",
      [&](soci::statement& st) { db::bind_list(st, ids, "o"); },
      [&](const soci::row& r) {
        auto& steps = by_id[db::int_at(r, 0)]->data.steps;
        const std::string from = db::text_at(r, 1);
        if (steps.empty() || steps.back().from != from) steps.push_back({from, {}});
        steps.back().days.push_back({static_cast<int>(db::int_at(r, 2)), static_cast<int>(db::int_at(r, 3))});
      });
  db::each_row(
      sql, "SELECT period_id, from_day, to_day, reason FROM period_day_moves" + in + " ORDER BY from_day",
      [&](soci::statement& st) { db::bind_list(st, ids, "o"); },
      [&](const soci::row& r) {
        by_id[db::int_at(r, 0)]->moves.push_back({db::text_at(r, 1), db::text_at(r, 2), db::text_at(r, 3)});
      });
  db::each_row(
      sql,
      "SELECT b.period_id, b.id, b.from_day, b.to_day, b.reason, COALESCE(u.display_name, ''), b.created_at "
      "FROM period_breaks b LEFT JOIN users_view u ON u.id = b.created_by" +
          std::string(" WHERE b.period_id IN (") + db::placeholders("o", ids.size()) + ") ORDER BY b.from_day",
      [&](soci::statement& st) { db::bind_list(st, ids, "o"); },
      [&](const soci::row& r) {
        by_id[db::int_at(r, 0)]->breaks.push_back({db::int_at(r, 1),
                                                   {db::text_at(r, 2), db::text_at(r, 3)},
                                                   db::text_at(r, 4),
                                                   db::text_at(r, 5),
                                                   db::text_at(r, 6)});
      });
}

std::optional<Period> PeriodStore::find_in(soci::session& sql, long long id) {
  std::vector<Period> found;
  {
    soci::rowset<soci::row> rows = (sql.prepare << kSelectPeriod + " WHERE p.id = :i", soci::use(id));
    for (const auto& r : rows) found.push_back(period_from(r));
  }
  fill(sql, found);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<Period> PeriodStore::find(long long id) {
  return db_.read([&](soci::session& sql) { return find_in(sql, id); });
}

std::optional<Period> PeriodStore::find(work::UnitOfWork& unit, long long id) { return find_in(unit.sql(), id); }

std::vector<Period> PeriodStore::of_case(long long case_id) {
  return db_.read([&](soci::session& sql) { return of_case_in(sql, case_id); });
}

std::vector<Period> PeriodStore::of_case(work::UnitOfWork& unit, long long case_id) {
  return of_case_in(unit.sql(), case_id);
}

std::vector<Period> PeriodStore::of_case_in(soci::session& sql, long long case_id) {
  std::vector<Period> out;
  {
    soci::rowset<soci::row> rows =
        (sql.prepare << kSelectPeriod + " WHERE p.case_id = :c ORDER BY p.start_date, p.id", soci::use(case_id));
    for (const auto& r : rows) out.push_back(period_from(r));
  }
  fill(sql, out);
  return out;
}

std::vector<Period> PeriodStore::for_day_lists(const std::vector<long long>& host_ids, long long user_id,
                                               const std::string& from, const std::string& to) {
  const auto hosts = or_none(host_ids);
  return db_.read([&](soci::session& sql) {
    std::vector<Period> out;
    db::each_row(
        sql,
        kSelectPeriod + " WHERE p.start_date <= :t AND p.end_date >= :f AND (pl.host_organisation_id IN (" +
            db::placeholders("o", hosts.size()) +
            ") OR p.coach_user_id = :u OR p.case_id IN (SELECT case_id FROM case_participants_view WHERE "
            "coach_user_id = :u2)) ORDER BY pl.name, cl.last_name, cl.first_names, p.id",
        [&](soci::statement& st) {
          st.exchange(soci::use(to, "t"));
          st.exchange(soci::use(from, "f"));
          db::bind_list(st, hosts, "o");
          st.exchange(soci::use(user_id, "u"));
          st.exchange(soci::use(user_id, "u2"));
        },
        [&](const soci::row& r) { out.push_back(period_from(r)); });
    fill(sql, out);
    return out;
  });
}

std::map<long long, std::vector<cases::Participant>> PeriodStore::participants(const std::vector<long long>& case_ids) {
  const auto ids = or_none(case_ids);
  return db_.read([&](soci::session& sql) {
    std::map<long long, std::vector<cases::Participant>> out;
    db::each_row(
        sql,
        "SELECT case_id, provider_organisation_id, COALESCE(coach_user_id, 0) FROM case_participants_view "
        "WHERE case_id IN (" +
            db::placeholders("o", ids.size()) + ")",
        [&](soci::statement& st) { db::bind_list(st, ids, "o"); },
        [&](const soci::row& r) {
          cases::Participant p;
          p.provider_organisation_id = db::int_at(r, 1);
          p.coach_user_id = db::int_at(r, 2);
          out[db::int_at(r, 0)].push_back(std::move(p));
        });
    return out;
  });
}

std::optional<long long> PeriodStore::own_worker_of(work::UnitOfWork& unit, long long client_id) {
  long long id = 0;
  soci::indicator ind = soci::i_null;
  unit.sql() << "SELECT own_worker_id FROM clients_view WHERE id = :c", soci::use(client_id), soci::into(id, ind);
  return unit.sql().got_data() ? opt(id, ind) : std::nullopt;
}

namespace {
std::set<std::string> closed_days_in(soci::session& sql, long long place_id, const std::string& from,
                                     const std::string& to) {
  std::set<std::string> out;
  soci::rowset<std::string> rows =
      (sql.prepare << "SELECT day FROM place_closed_days_view WHERE place_id = :p AND day >= :f AND day <= :t",
       soci::use(place_id), soci::use(from), soci::use(to));
  for (const auto& d : rows) out.insert(d);
  return out;
}
}  // namespace

std::set<std::string> PeriodStore::closed_days(long long place_id, const std::string& from, const std::string& to) {
  return db_.read([&](soci::session& sql) { return closed_days_in(sql, place_id, from, to); });
}

std::map<long long, std::set<std::string>> PeriodStore::closed_days(const std::vector<long long>& place_ids,
                                                                    const std::string& from, const std::string& to) {
  const auto ids = or_none(place_ids);
  return db_.read([&](soci::session& sql) {
    std::map<long long, std::set<std::string>> out;
    db::each_row(
        sql,
        "SELECT place_id, day FROM place_closed_days_view WHERE place_id IN (" + db::placeholders("o", ids.size()) +
            ") AND day >= :f AND day <= :t",
        [&](soci::statement& st) {
          db::bind_list(st, ids, "o");
          st.exchange(soci::use(from, "f"));
          st.exchange(soci::use(to, "t"));
        },
        [&](const soci::row& r) { out[db::int_at(r, 0)].insert(db::text_at(r, 1)); });
    return out;
  });
}

std::set<std::string> PeriodStore::closed_days(work::UnitOfWork& unit, long long place_id, const std::string& from,
                                               const std::string& to) {
  return closed_days_in(unit.sql(), place_id, from, to);
}

std::vector<Attendance> PeriodStore::attendance(const std::vector<long long>& period_ids, const std::string& from,
                                                const std::string& to, bool with_changes) {
  const auto ids = or_none(period_ids);
  const std::string where =
      " WHERE a.period_id IN (" + db::placeholders("o", ids.size()) + ") AND a.day >= :f AND a.day <= :t";
  auto bind = [&](soci::statement& st) {
    db::bind_list(st, ids, "o");
    st.exchange(soci::use(from, "f"));
    st.exchange(soci::use(to, "t"));
  };
  return db_.read([&](soci::session& sql) {
    std::vector<Attendance> out;
    db::each_row(sql, kSelectAttendance + where + " ORDER BY a.day, a.period_id", bind,
                 [&](const soci::row& r) { out.push_back(attendance_from(r)); });
    if (!with_changes || out.empty()) return out;
    std::map<long long, Attendance*> by_id;
    for (auto& a : out) by_id[a.id] = &a;
    db::each_row(sql,
                 "SELECT c.attendance_id, c.changed_by, COALESCE(u.display_name, ''), c.changed_at, c.status_before, "
                 "c.reason_before, c.minutes_before, c.status_after, c.reason_after, c.minutes_after, c.why "
                 "FROM attendance_changes c JOIN attendance a ON a.id = c.attendance_id "
                 "LEFT JOIN users_view u ON u.id = c.changed_by" +
                     where + " ORDER BY c.id",
                 bind, [&](const soci::row& r) {
                   db::Cursor k(r);
                   auto* a = by_id[k.id()];
                   AttendanceChange c;
                   c.changed_by = k.id();
                   c.changed_by_name = k.text();
                   c.changed_at = k.text();
                   c.status_before = k.text();
                   c.reason_before = k.text();
                   c.minutes_before = k.number();
                   c.status_after = k.text();
                   c.reason_after = k.text();
                   c.minutes_after = k.number();
                   c.why = k.text();
                   a->changes.push_back(std::move(c));
                 });
    return out;
  });
}

long long PeriodStore::insert(work::UnitOfWork& unit, const Period& p, long long user_id) {
  const std::string now = now_iso();
  long long id = 0;
  long long previous = p.previous_id.value_or(0), coach = p.data.coach_user_id.value_or(0);
  soci::indicator previous_ind = p.previous_id ? soci::i_ok : soci::i_null;
  soci::indicator coach_ind = p.data.coach_user_id ? soci::i_ok : soci::i_null;
  unit.sql() << "INSERT INTO periods (case_id, client_id, booking_id, client_agreement_id, place_id, previous_id, "
                "start_date, end_date, coach_user_id, created_by, created_at, updated_at) VALUES (:c, :cl, :b, :a, "
                ":pl, :pv, :s, :e, :co, :u, :n, :n2) RETURNING id",
      soci::use(p.case_id), soci::use(p.client_id), soci::use(p.booking_id), soci::use(p.client_agreement_id),
      soci::use(p.data.place_id), soci::use(previous, previous_ind), soci::use(p.data.start_date),
      soci::use(p.data.end_date), soci::use(coach, coach_ind), soci::use(user_id), soci::use(now), soci::use(now),
      soci::into(id);
  for (const auto& step : p.data.steps) {
    for (const auto& d : step.days) {
      unit.sql() << "INSERT INTO period_steps (period_id, from_date, weekday, hours, created_by, created_at) "
                    "VALUES (:p, :f, :w, :h, :u, :n)",
          soci::use(id), soci::use(step.from), soci::use(d.weekday), soci::use(d.hours), soci::use(user_id),
          soci::use(now);
    }
  }
  unit.wrote_client_data(p.client_id);
  return id;
}

namespace {
bool bump_version(work::UnitOfWork& unit, long long id, long long version) {
  const std::string now = now_iso();
  soci::statement st = (unit.sql().prepare << "UPDATE periods SET version = version + 1, updated_at = :n "
                                              "WHERE id = :i AND version = :v",
                        soci::use(now), soci::use(id), soci::use(version));
  return changed_one(st);
}
}  // namespace

bool PeriodStore::add_step(work::UnitOfWork& unit, const Period& p, long long version, const ScheduleStep& step,
                           long long user_id) {
  if (!bump_version(unit, p.id, version)) return false;
  unit.sql() << "DELETE FROM period_steps WHERE period_id = :p AND from_date >= :f", soci::use(p.id),
      soci::use(step.from);
  const std::string now = now_iso();
  for (const auto& d : step.days) {
    unit.sql() << "INSERT INTO period_steps (period_id, from_date, weekday, hours, created_by, created_at) "
                  "VALUES (:p, :f, :w, :h, :u, :n)",
        soci::use(p.id), soci::use(step.from), soci::use(d.weekday), soci::use(d.hours), soci::use(user_id),
        soci::use(now);
  }
  unit.wrote_client_data(p.client_id);
  return true;
}

bool PeriodStore::add_move(work::UnitOfWork& unit, const Period& p, long long version, const DayMove& move,
                           long long user_id) {
  if (!bump_version(unit, p.id, version)) return false;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO period_day_moves (period_id, from_day, to_day, reason, created_by, created_at) "
                "VALUES (:p, :f, :t, :r, :u, :n)",
      soci::use(p.id), soci::use(move.from_day), soci::use(move.to_day), soci::use(move.reason), soci::use(user_id),
      soci::use(now);
  unit.wrote_client_data(p.client_id);
  return true;
}

std::optional<Attendance> PeriodStore::find_attendance(work::UnitOfWork& unit, long long period_id,
                                                       const std::string& day) {
  std::optional<Attendance> out;
  db::each_row(
      unit.sql(), kSelectAttendance + " WHERE a.period_id = :p AND a.day = :d",
      [&](soci::statement& st) {
        st.exchange(soci::use(period_id, "p"));
        st.exchange(soci::use(day, "d"));
      },
      [&](const soci::row& r) { out = attendance_from(r); });
  return out;
}

bool PeriodStore::add_break(work::UnitOfWork& unit, const Period& p, long long version, const PeriodBreak& b,
                            long long user_id) {
  if (!bump_version(unit, p.id, version)) return false;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO period_breaks (period_id, from_day, to_day, reason, created_by, created_at) "
                "VALUES (:p, :f, :t, :r, :u, :n)",
      soci::use(p.id), soci::use(b.days.from), soci::use(b.days.to), soci::use(b.reason), soci::use(user_id),
      soci::use(now);
  unit.wrote_client_data(p.client_id);
  return true;
}

bool PeriodStore::end_break(work::UnitOfWork& unit, const Period& p, long long version, const PeriodBreak& b,
                            const std::string& last_day) {
  if (!bump_version(unit, p.id, version)) return false;
  if (last_day < b.days.from) {
    unit.sql() << "DELETE FROM period_breaks WHERE id = :i AND period_id = :p", soci::use(b.id), soci::use(p.id);
  } else {
    unit.sql() << "UPDATE period_breaks SET to_day = :t WHERE id = :i AND period_id = :p", soci::use(last_day),
        soci::use(b.id), soci::use(p.id);
  }
  unit.wrote_client_data(p.client_id);
  return true;
}

std::vector<std::string> PeriodStore::marked_days(work::UnitOfWork& unit, long long period_id, const std::string& from,
                                                  const std::string& to) {
  std::vector<std::string> out;
  db::each_row(
      unit.sql(), "SELECT day FROM attendance WHERE period_id = :p AND day >= :f AND day <= :t ORDER BY day",
      [&](soci::statement& st) {
        st.exchange(soci::use(period_id, "p"));
        st.exchange(soci::use(from, "f"));
        st.exchange(soci::use(to, "t"));
      },
      [&](const soci::row& r) { out.push_back(db::text_at(r, 0)); });
  return out;
}

std::string PeriodStore::last_marked_day(work::UnitOfWork& unit, long long period_id) {
  std::string day;
  soci::indicator ind = soci::i_null;
  unit.sql() << "SELECT MAX(day) FROM attendance WHERE period_id = :p", soci::use(period_id), soci::into(day, ind);
  return ind == soci::i_ok ? day : "";
}

std::optional<Attendance> PeriodStore::marked_by(const std::string& mark_id) {
  return db_.read([&](soci::session& sql) {
    return one_attendance(sql, " WHERE a.id = (SELECT attendance_id FROM attendance_changes WHERE mark_id = :a)",
                          mark_id);
  });
}

std::optional<Attendance> PeriodStore::marked_by(work::UnitOfWork& unit, const std::string& mark_id) {
  return one_attendance(unit.sql(), " WHERE a.id = (SELECT attendance_id FROM attendance_changes WHERE mark_id = :a)",
                        mark_id);
}

bool PeriodStore::save_attendance(work::UnitOfWork& unit, const Period& p, const std::string& day, const Mark& mark,
                                  const std::optional<Attendance>& before, long long user_id) {
  const std::string now = now_iso();
  long long id = 0;
  if (before) {
    soci::statement st =
        (unit.sql().prepare
             << "UPDATE attendance SET status = :s, absence_reason = :r, minutes = :m, note = :no, "
                "recorded_by = :u, recorded_at = :n, version = version + 1 WHERE id = :i AND version = :v",
         soci::use(mark.status), soci::use(mark.absence_reason), soci::use(mark.minutes), soci::use(mark.note),
         soci::use(user_id), soci::use(now), soci::use(before->id), soci::use(mark.version.value_or(0)));
    if (!changed_one(st)) return false;
    id = before->id;
  } else {
    unit.sql() << "INSERT INTO attendance (period_id, client_id, day, status, absence_reason, minutes, note, "
                  "recorded_by, recorded_at) VALUES (:p, :c, :d, :s, :r, :m, :no, :u, :n) RETURNING id",
        soci::use(p.id), soci::use(p.client_id), soci::use(day), soci::use(mark.status), soci::use(mark.absence_reason),
        soci::use(mark.minutes), soci::use(mark.note), soci::use(user_id), soci::use(now), soci::into(id);
  }
  const std::string status_before = before ? before->status : "", reason_before = before ? before->absence_reason : "";
  const int minutes_before = before ? before->minutes : 0;
  soci::indicator mark_ind = mark.mark_id.empty() ? soci::i_null : soci::i_ok;
  unit.sql() << "INSERT INTO attendance_changes (attendance_id, mark_id, changed_by, changed_at, status_before, "
                "reason_before, minutes_before, status_after, reason_after, minutes_after, why) VALUES (:a, :mk, :u, "
                ":n, :sb, :rb, :mb, :sa, :ra, :ma, :w)",
      soci::use(id), soci::use(mark.mark_id, mark_ind), soci::use(user_id), soci::use(now), soci::use(status_before),
      soci::use(reason_before), soci::use(minutes_before), soci::use(mark.status), soci::use(mark.absence_reason),
      soci::use(mark.minutes), soci::use(mark.why);
  unit.wrote_client_data(p.client_id);
  return true;
}

long long PeriodStore::insert_alert(work::UnitOfWork& unit, long long attendance_id, const Period& p,
                                    std::optional<long long> recipient) {
  long long id = 0, to = recipient.value_or(0);
  soci::indicator to_ind = recipient ? soci::i_ok : soci::i_null;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO absence_alerts (attendance_id, case_id, client_id, recipient_user_id, created_at) "
                "VALUES (:a, :c, :cl, :r, :n) RETURNING id",
      soci::use(attendance_id), soci::use(p.case_id), soci::use(p.client_id), soci::use(to, to_ind), soci::use(now),
      soci::into(id);
  unit.wrote_client_data(p.client_id);
  return id;
}

bool PeriodStore::has_alert(work::UnitOfWork& unit, long long attendance_id) {
  long long n = 0;
  unit.sql() << "SELECT COUNT(*) FROM absence_alerts WHERE attendance_id = :a", soci::use(attendance_id), soci::into(n);
  return n > 0;
}

std::optional<AbsenceAlert> PeriodStore::find_alert(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<AbsenceAlert> {
    soci::rowset<soci::row> rows = (sql.prepare << kSelectAlert + " WHERE al.id = :i", soci::use(id));
    for (const auto& r : rows) return alert_from(r);
    return std::nullopt;
  });
}

std::vector<AbsenceAlert> PeriodStore::alerts(const std::vector<long long>& organisation_ids, long long user_id,
                                              const std::string& since) {
  const auto orgs = or_none(organisation_ids);
  return db_.read([&](soci::session& sql) {
    std::vector<AbsenceAlert> out;
    db::each_row(
        sql,
        kSelectAlert + " WHERE (c.organisation_id IN (" + db::placeholders("o", orgs.size()) +
            ") OR al.recipient_user_id = :u) AND (al.handled_at IS NULL OR al.handled_at >= :s) "
            "ORDER BY CASE WHEN al.handled_at IS NULL THEN 0 ELSE 1 END, a.day DESC, al.id DESC",
        [&](soci::statement& st) {
          db::bind_list(st, orgs, "o");
          st.exchange(soci::use(user_id, "u"));
          st.exchange(soci::use(since, "s"));
        },
        [&](const soci::row& r) { out.push_back(alert_from(r)); });
    return out;
  });
}

bool PeriodStore::handle_alert(work::UnitOfWork& unit, const AbsenceAlert& alert, const AlertHandling& how,
                               long long user_id) {
  const std::string now = now_iso();
  const int no_reason = how.no_acceptable_reason ? 1 : 0;
  soci::statement st =
      (unit.sql().prepare << "UPDATE absence_alerts SET handled_by = :u, handled_at = :n, handled_note = :no, "
                             "no_acceptable_reason = :r, employment_authority_told_on = :t, version = version + 1 "
                             "WHERE id = :i AND version = :v AND handled_at IS NULL",
       soci::use(user_id), soci::use(now), soci::use(how.note), soci::use(no_reason),
       soci::use(how.employment_authority_told_on), soci::use(alert.id), soci::use(how.version.value_or(0)));
  if (!changed_one(st)) return false;
  unit.wrote_client_data(alert.client_id);
  return true;
}

std::vector<Observation> PeriodStore::observations(long long period_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Observation> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT o.id, o.period_id, o.day, o.note, o.feedback, COALESCE(u.display_name, ''), "
                        "o.created_at FROM observations o LEFT JOIN users_view u ON u.id = o.author_id "
                        "WHERE o.period_id = :p ORDER BY o.day DESC, o.id DESC",
         soci::use(period_id));
    for (const auto& r : rows) {
      db::Cursor k(r);
      Observation o;
      o.id = k.id();
      o.period_id = k.id();
      o.day = k.text();
      o.note = k.text();
      o.feedback = k.text();
      o.author_name = k.text();
      o.created_at = k.text();
      out.push_back(std::move(o));
    }
    return out;
  });
}

void PeriodStore::insert_observation(work::UnitOfWork& unit, const Period& p, const Observation& o, long long user_id) {
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO observations (period_id, client_id, day, note, feedback, author_id, created_at) "
                "VALUES (:p, :c, :d, :n, :f, :u, :t)",
      soci::use(p.id), soci::use(p.client_id), soci::use(o.day), soci::use(o.note), soci::use(o.feedback),
      soci::use(user_id), soci::use(now);
  unit.wrote_client_data(p.client_id);
}

std::vector<OrientationItem> PeriodStore::orientation_done(long long period_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<OrientationItem> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT o.item, o.done_on, COALESCE(u.display_name, '') FROM orientation_items o "
                        "LEFT JOIN users_view u ON u.id = o.done_by WHERE o.period_id = :p",
         soci::use(period_id));
    for (const auto& r : rows) out.push_back({db::text_at(r, 0), db::text_at(r, 1), db::text_at(r, 2)});
    return out;
  });
}

void PeriodStore::set_orientation(work::UnitOfWork& unit, const Period& p, const OrientationItem& tick,
                                  long long user_id) {
  unit.sql() << "DELETE FROM orientation_items WHERE period_id = :p AND item = :i", soci::use(p.id),
      soci::use(tick.item);
  if (!tick.done_on.empty()) {
    unit.sql() << "INSERT INTO orientation_items (period_id, item, done_on, done_by) VALUES (:p, :i, :d, :u)",
        soci::use(p.id), soci::use(tick.item), soci::use(tick.done_on), soci::use(user_id);
  }
  unit.wrote_client_data(p.client_id);
}

std::optional<auth::AuthContext> PeriodStore::feed_owner(const std::string& token_hash) {
  return db_.read([&](soci::session& sql) -> std::optional<auth::AuthContext> {
    auth::AuthContext user;
    soci::indicator ind = soci::i_null;
    sql << "SELECT u.id, u.username, u.display_name, u.language FROM calendar_feeds f JOIN users_view u ON "
           "u.id = f.user_id WHERE f.token_hash = :h AND u.active = 1",
        soci::use(token_hash), soci::into(user.user_id, ind), soci::into(user.username), soci::into(user.display_name),
        soci::into(user.language);
    if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT organisation_id, role FROM active_roles_view WHERE user_id = :u",
         soci::use(user.user_id));
    for (const auto& r : rows) user.roles.push_back({db::int_at(r, 0), db::text_at(r, 1)});
    return user;
  });
}

std::string PeriodStore::feed_created_at(long long user_id) {
  return db_.read([&](soci::session& sql) {
    std::string at;
    sql << "SELECT created_at FROM calendar_feeds WHERE user_id = :u", soci::use(user_id), soci::into(at);
    return sql.got_data() ? at : std::string();
  });
}

void PeriodStore::set_feed(work::UnitOfWork& unit, long long user_id, const std::string& token_hash) {
  remove_feed(unit, user_id);
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (:u, :h, :n)", soci::use(user_id),
      soci::use(token_hash), soci::use(now);
}

void PeriodStore::remove_feed(work::UnitOfWork& unit, long long user_id) {
  unit.sql() << "DELETE FROM calendar_feeds WHERE user_id = :u", soci::use(user_id);
}

std::optional<long long> PeriodStore::feed_period(const std::string& token_hash) {
  return db_.read([&](soci::session& sql) -> std::optional<long long> {
    long long id = 0;
    sql << "SELECT period_id FROM period_calendar_feeds WHERE token_hash = :h", soci::use(token_hash), soci::into(id);
    return sql.got_data() ? std::optional<long long>(id) : std::nullopt;
  });
}

std::string PeriodStore::period_feed_created_at(long long period_id) {
  return db_.read([&](soci::session& sql) {
    std::string at;
    sql << "SELECT created_at FROM period_calendar_feeds WHERE period_id = :p", soci::use(period_id), soci::into(at);
    return sql.got_data() ? at : std::string();
  });
}

void PeriodStore::set_period_feed(work::UnitOfWork& unit, const Period& p, const std::string& token_hash) {
  remove_period_feed(unit, p);
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO period_calendar_feeds (period_id, token_hash, created_at) VALUES (:p, :h, :n)",
      soci::use(p.id), soci::use(token_hash), soci::use(now);
  unit.wrote_client_data(p.client_id);
}

void PeriodStore::remove_period_feed(work::UnitOfWork& unit, const Period& p) {
  unit.sql() << "DELETE FROM period_calendar_feeds WHERE period_id = :p", soci::use(p.id);
  unit.wrote_client_data(p.client_id);
}

std::vector<std::string> PeriodStore::days_without_notice(long long case_id, const std::string& since) {
  return db_.read([&](soci::session& sql) {
    std::vector<std::string> out;
    soci::rowset<std::string> rows =
        (sql.prepare << "SELECT a.day FROM attendance a JOIN periods p ON p.id = a.period_id WHERE p.case_id = :c "
                        "AND a.status = 'absent_without_notice' AND a.day >= :s ORDER BY a.day",
         soci::use(case_id), soci::use(since));
    for (const auto& d : rows) out.push_back(d);
    return out;
  });
}

documents::Letterhead PeriodStore::letterhead(long long organisation_id) {
  return documents::Letterheads(db_).of(organisation_id);
}

void PeriodStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(
      unit, client_id,
      {"DELETE FROM absence_alerts WHERE client_id = :c",
       "DELETE FROM attendance_changes WHERE attendance_id IN (SELECT id FROM attendance WHERE client_id = :c)",
       "DELETE FROM attendance WHERE client_id = :c", "DELETE FROM observations WHERE client_id = :c",
       "DELETE FROM group_members WHERE client_id = :c",
       "DELETE FROM period_steps WHERE period_id IN (SELECT id FROM periods WHERE client_id = :c)",
       "DELETE FROM period_day_moves WHERE period_id IN (SELECT id FROM periods WHERE client_id = :c)",
       "DELETE FROM period_breaks WHERE period_id IN (SELECT id FROM periods WHERE client_id = :c)",
       "DELETE FROM period_calendar_feeds WHERE period_id IN (SELECT id FROM periods WHERE client_id = :c)",
       "DELETE FROM orientation_items WHERE period_id IN (SELECT id FROM periods WHERE client_id = :c)",
       "DELETE FROM periods WHERE client_id = :c"});
}

}  // namespace polku::periods
