// The compensation bench's own tool (bench/compensation.sh): fills a year of attendance into the periods that
// bench/attendance_world.py made through the API, and times the month's batch and the two-weekly notices.
//
//   polku_compensation_bench fill DATABASE_URL     every expected day of every period up to yesterday marked
//       through PeriodStore (one unit of work per period with its audit entry, as the service writes a mark:
//       the row and its change; nine in ten present, the rest absent with a reason), and each client's benefit
//       payer through CompensationStore (four in five Kela, the rest social assistance)
//   polku_compensation_bench measure DATABASE_URL MONTH RUNS
//       the county's batch of MONTH (CompensationService::batch, as GET .../compensation/batches/MONTH) and
//       the notices of the two weeks up to the month's end (AbsenceNoticeService::list), each RUNS times as mikko
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "compensation/absence_notice_service.hpp"
#include "compensation/compensation_service.hpp"
#include "periods/attendance_rules.hpp"
#include "periods/period_store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/row.hpp"
#include "service_types/service_type_store.hpp"

using namespace polku;

namespace {

auth::AuthContext user_named(db::Database& db, const std::string& username) {
  auth::AuthContext u;
  u.username = username;
  db.read([&](soci::session& sql) {
    sql << "SELECT id, display_name FROM users_view WHERE username = :n", soci::use(username), soci::into(u.user_id),
        soci::into(u.display_name);
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT organisation_id, role FROM active_roles_view WHERE user_id = :u", soci::use(u.user_id));
    for (const auto& r : rows) u.roles.push_back({db::int_at(r, 0), db::text_at(r, 1)});
  });
  return u;
}

std::vector<long long> period_ids(db::Database& db) {
  return db.read([](soci::session& sql) {
    std::vector<long long> ids;
    // The world's periods: the demo's own (already marked, with its benefit) are left as they are.
    soci::rowset<soci::row> rows = sql.prepare << "SELECT p.id FROM periods_view p WHERE NOT EXISTS (SELECT 1 FROM "
                                                  "attendance_view a WHERE a.period_id = p.id) ORDER BY p.id";
    for (const auto& r : rows) ids.push_back(db::int_at(r, 0));
    return ids;
  });
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

int fill(db::Database& db) {
  audit::AuditLog audit(db);
  work::Transactor transactor(db, audit);
  periods::PeriodStore periods(db);
  compensation::CompensationStore compensation(db);
  const auto sanna = user_named(db, "sanna");
  const work::Actor actor{sanna.user_id, "compensation bench", "bench"};
  const std::string yesterday = add_days(today_helsinki(), -1);
  const auto began = std::chrono::steady_clock::now();
  long long marks = 0, n = 0;
  for (const long long id : period_ids(db)) {
    const auto p = periods.find(id);
    if (!p) continue;
    const auto closed = periods.closed_days(p->data.place_id, p->data.start_date, yesterday);
    const auto days = periods::expected_days(*p, closed, p->data.start_date, std::min(yesterday, p->data.end_date));
    auto done = transactor.run(actor, [&](work::UnitOfWork& unit) -> Result<bool> {
      for (std::size_t i = 0; i < days.size(); ++i) {
        periods::Mark m;
        const auto k = (static_cast<std::size_t>(id) * 7 + i) % 10;
        if (k == 0) {
          m.status = "absent_with_notice";
          m.absence_reason = i % 3 == 0 ? "other" : "illness";
        } else {
          m.status = "present";
          m.minutes = days[i].minutes;
        }
        periods.save_attendance(unit, *p, days[i].date, m, std::nullopt, sanna.user_id);
      }
      compensation::Benefit b;
      b.client_id = p->client_id;
      b.payer = n % 5 == 4 ? "social_assistance" : "kela";
      b.valid_from = p->data.start_date;
      compensation.insert_benefit(unit, b, sanna.user_id);
      unit.audit(p->client_id, "create", "attendance of the bench's year");
      return true;
    });
    if (!done) {
      std::fprintf(stderr, "period %lld: %s\n", id, done.error().message_key.c_str());
      return 1;
    }
    marks += static_cast<long long>(days.size());
    if (++n % 500 == 0) std::fprintf(stderr, "  %lld periods, %lld marks, %.0f s\n", n, marks, seconds_since(began));
  }
  audit.stop();
  std::printf("filled: %lld periods, %lld attendance rows in %.1f s\n", n, marks, seconds_since(began));
  return 0;
}

template <typename F>
void timed(const std::string& what, int runs, F&& run) {
  std::vector<double> took;
  std::string result;
  for (int i = 0; i < runs; ++i) {
    const auto began = std::chrono::steady_clock::now();
    result = run();
    took.push_back(seconds_since(began) * 1000);
  }
  std::sort(took.begin(), took.end());
  std::printf("%s: %s; fastest %.0f ms, median %.0f ms, slowest %.0f ms (%d runs)\n", what.c_str(), result.c_str(),
              took.front(), took[took.size() / 2], took.back(), runs);
}

int measure(db::Database& db, const std::string& month, int runs) {
  audit::AuditLog audit(db);
  work::Transactor transactor(db, audit);
  service_types::ServiceTypeStore types(db);
  compensation::CompensationStore store(db);
  compensation::CompensationService batches(store, transactor, types);
  compensation::AbsenceNoticeStore notice_store(db);
  compensation::AbsenceNoticeService notices(notice_store, transactor);
  const auto mikko = user_named(db, "mikko");
  std::vector<audit::AuditEvent> log;  // the access log a request would commit: filled, as the routes' is
  const work::Caller caller{mikko, {mikko.user_id, "compensation bench", "bench"}, &log};
  long long county = 0, rows = 0;
  for (const auto& g : mikko.roles) county = g.organisation_id;
  db.read([&](soci::session& sql) { sql << "SELECT COUNT(*) FROM attendance_view", soci::into(rows); });
  std::printf("attendance rows in the database: %lld\n", rows);
  timed("batch of " + month, runs, [&] {
    log.clear();
    auto b = batches.batch(caller, county, month);
    if (!b) return std::string("refused: ") + b.error().message_key;
    long long days = 0;
    for (const auto& t : b->totals) days += t.days;
    return std::to_string(b->lines.size()) + " lines, " + std::to_string(log.size()) + " clients logged, " +
           std::to_string(days) + " days, " + std::to_string(b->total_cents / 100) + " €";
  });
  const std::string to = compensation::last_day(month), from = add_days(to, -13);
  timed("notices of " + from + ".." + to, runs, [&] {
    log.clear();
    auto list = notices.list(caller, county, from, to);
    if (!list) return std::string("refused: ") + list.error().message_key;
    long long absences = 0;
    for (const auto& n : list->items) absences += static_cast<long long>(n.content.absences.size());
    return std::to_string(list->items.size()) + " notices, " + std::to_string(absences) + " absences";
  });
  audit.stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s fill DATABASE_URL | measure DATABASE_URL MONTH [RUNS]\n", argv[0]);
    return 2;
  }
  const std::string command = argv[1];
  db::Database db(argv[2], 4);
  if (command == "fill") return fill(db);
  if (command == "measure" && argc >= 4) return measure(db, argv[3], argc >= 5 ? std::atoi(argv[4]) : 5);
  std::fprintf(stderr, "unknown command\n");
  return 2;
}
