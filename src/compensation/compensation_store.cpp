#include "compensation/compensation_store.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/row.hpp"

namespace polku::compensation {

namespace {

std::optional<std::string> opt_text(db::Cursor& k) {
  auto t = k.text();
  if (t.empty()) return std::nullopt;
  return t;
}

soci::indicator null_if(bool none) { return none ? soci::i_null : soci::i_ok; }

constexpr const char* kRateColumns =
    "SELECT id, organisation_id, service_type, kind, benefit, payer, amount_cents, max_days_per_week, valid_from, "
    "valid_to FROM compensation_rates WHERE ";

std::vector<Rate> read_rates(soci::session& sql, std::optional<long long> org) {
  std::vector<Rate> out;
  const long long o = org.value_or(0);
  soci::rowset<soci::row> rows =
      (sql.prepare << std::string(kRateColumns) +
                          "organisation_id IS NULL OR organisation_id = :o ORDER BY service_type, kind, valid_from, id",
       soci::use(o));
  for (const auto& r : rows) {
    db::Cursor k(r);
    Rate x;
    x.id = k.id();
    x.organisation_id = k.opt_id();
    x.service_type = k.text();
    x.kind = k.text();
    x.benefit = k.text();
    x.payer = k.text();
    x.amount_cents = k.id();
    if (auto m = k.opt_id()) x.max_days_per_week = static_cast<int>(*m);
    x.valid_from = k.text();
    x.valid_to = opt_text(k);
    out.push_back(std::move(x));
  }
  return out;
}

// `where` binds :a (a client's id, or an organisation's with the batch's dates :f and :t).
template <typename Bind>
std::vector<Benefit> read_benefits(soci::session& sql, const std::string& where, Bind&& bind) {
  std::vector<Benefit> out;
  db::each_row(
      sql,
      "SELECT b.id, b.client_id, b.payer, b.fund_name, b.valid_from, b.valid_to, COALESCE(u.display_name, ''), "
      "b.created_at FROM client_benefits b JOIN clients_view c ON c.id = b.client_id "
      "LEFT JOIN users_view u ON u.id = b.created_by WHERE " +
          where + " ORDER BY b.client_id, b.valid_from, b.id",
      bind, [&](const soci::row& r) {
        db::Cursor k(r);
        Benefit b;
        b.id = k.id();
        b.client_id = k.id();
        b.payer = k.text();
        b.fund_name = k.text();
        b.valid_from = k.text();
        b.valid_to = opt_text(k);
        b.created_by_name = k.text();
        b.created_at = k.text();
        out.push_back(std::move(b));
      });
  return out;
}

template <typename Bind>
std::vector<TravelFare> read_fares(soci::session& sql, const std::string& where, Bind&& bind) {
  std::vector<TravelFare> out;
  db::each_row(
      sql,
      "SELECT f.id, f.client_id, f.cents_per_day, f.means, f.valid_from, f.valid_to, COALESCE(u.display_name, ''), "
      "f.created_at FROM travel_fares f JOIN clients_view c ON c.id = f.client_id "
      "LEFT JOIN users_view u ON u.id = f.created_by WHERE " +
          where + " ORDER BY f.client_id, f.valid_from, f.id",
      bind, [&](const soci::row& r) {
        db::Cursor k(r);
        TravelFare f;
        f.id = k.id();
        f.client_id = k.id();
        f.cents_per_day = k.id();
        f.means = k.text();
        f.valid_from = k.text();
        f.valid_to = opt_text(k);
        f.created_by_name = k.text();
        f.created_at = k.text();
        out.push_back(std::move(f));
      });
  return out;
}

template <typename Bind>
std::vector<TravelClaim> read_claims(soci::session& sql, const std::string& where, Bind&& bind) {
  std::vector<TravelClaim> out;
  db::each_row(sql,
               "SELECT j.id, j.client_id, j.day, j.cents, j.description, j.batch_id, COALESCE(u.display_name, ''), "
               "j.created_at FROM travel_claims j LEFT JOIN users_view u ON u.id = j.created_by WHERE " +
                   where + " ORDER BY j.client_id, j.day, j.id",
               bind, [&](const soci::row& r) {
                 db::Cursor k(r);
                 TravelClaim c;
                 c.id = k.id();
                 c.client_id = k.id();
                 c.day = k.text();
                 c.cents = k.id();
                 c.description = k.text();
                 c.batch_id = k.opt_id();
                 c.created_by_name = k.text();
                 c.created_at = k.text();
                 out.push_back(std::move(c));
               });
  return out;
}

template <typename Bind>
std::vector<Adjustment> read_adjustments(soci::session& sql, const std::string& where, Bind&& bind) {
  std::vector<Adjustment> out;
  db::each_row(sql,
               "SELECT j.id, j.client_id, j.service_type, j.day, j.attended, j.reason, j.batch_id, "
               "COALESCE(u.display_name, ''), j.created_at FROM compensation_adjustments j "
               "LEFT JOIN users_view u ON u.id = j.created_by WHERE " +
                   where + " ORDER BY j.client_id, j.day, j.id",
               bind, [&](const soci::row& r) {
                 db::Cursor k(r);
                 Adjustment a;
                 a.id = k.id();
                 a.client_id = k.id();
                 a.service_type = k.text();
                 a.day = k.text();
                 a.attended = k.flag();
                 a.reason = k.text();
                 a.batch_id = k.opt_id();
                 a.created_by_name = k.text();
                 a.created_at = k.text();
                 out.push_back(std::move(a));
               });
  return out;
}

auto by_id(const long long& id) {
  return [&id](soci::statement& st) { st.exchange(soci::use(id, "a")); };
}

// The present days of the purchaser's (:o) clients from :f to :t, and what `where` adds.
template <typename Bind>
void read_present_days(soci::session& sql, const std::string& where, Bind&& bind, std::vector<AttendedDay>& out) {
  db::each_row(sql,
               "SELECT a.client_id, c.service_type, a.day FROM cases_view c "
               "JOIN periods_view p ON p.case_id = c.id JOIN attendance_view a ON a.period_id = p.id "
               "WHERE c.organisation_id = :o AND a.day >= :f AND a.day <= :t AND a.status = 'present' " +
                   where,
               std::forward<Bind>(bind), [&](const soci::row& r) {
                 db::Cursor k(r);
                 AttendedDay d;
                 d.client_id = k.id();
                 d.service_type = k.text();
                 d.day = k.text();
                 out.push_back(std::move(d));
               });
}

BatchInput read_batch_input(soci::session& sql, long long org, const std::string& month) {
  BatchInput in;
  in.month = month;
  const std::string last = last_day(month);
  const std::string first = first_day(month);
  // The month's first week from its Monday: its days before the month count toward a weekly limit.
  const std::string week = add_days(first, 1 - iso_weekday(first));
  // Binds :o and the dates the query names (:f, :t or both).
  const auto bind = [&org](std::initializer_list<std::pair<const char*, std::string>> dates) {
    std::vector<std::pair<const char*, std::string>> kept(dates);
    return [&org, kept](soci::statement& st) mutable {
      st.exchange(soci::use(org, "o"));
      for (auto& [name, value] : kept) st.exchange(soci::use(value, name));
    };
  };
  read_present_days(sql, "", bind({{"f", week}, {"t", last}}), in.days);
  in.claims = read_claims(sql, "j.organisation_id = :o AND j.batch_id IS NULL AND j.day <= :t", bind({{"t", last}}));
  in.adjustments =
      read_adjustments(sql, "j.organisation_id = :o AND j.batch_id IS NULL AND j.day < :f", bind({{"f", first}}));
  std::string earliest = week;
  std::set<std::pair<long long, std::string>> weeks_read;
  for (const auto& a : in.adjustments) {
    earliest = std::min(earliest, a.day);
    const std::string monday = add_days(a.day, 1 - iso_weekday(a.day));
    if (!weeks_read.insert({a.client_id, monday}).second) continue;
    auto dates = bind({{"f", monday}, {"t", add_days(monday, 6)}});
    read_present_days(
        sql, "AND p.client_id = :c ",
        [&](soci::statement& st) {
          dates(st);
          st.exchange(soci::use(a.client_id, "c"));
        },
        in.adjusted_weeks);
  }
  in.benefits = read_benefits(sql,
                              "c.organisation_id = :o AND b.valid_from <= :t AND (b.valid_to IS NULL OR "
                              "b.valid_to >= :f)",
                              bind({{"f", earliest}, {"t", last}}));
  in.fares = read_fares(sql,
                        "c.organisation_id = :o AND f.valid_from <= :t AND (f.valid_to IS NULL OR "
                        "f.valid_to >= :f)",
                        bind({{"f", earliest}, {"t", last}}));
  in.rates = read_rates(sql, org);
  return in;
}

}  // namespace

std::vector<Rate> CompensationStore::rates(std::optional<long long> org) {
  return db_.read([&](soci::session& sql) { return read_rates(sql, org); });
}
std::vector<Rate> CompensationStore::rates(work::UnitOfWork& unit, std::optional<long long> org) {
  return read_rates(unit.sql(), org);
}

std::optional<long long> CompensationStore::client_organisation(long long client_id) {
  return db_.read([&](soci::session& sql) -> std::optional<long long> {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT organisation_id FROM clients_view WHERE id = :c", soci::use(client_id));
    for (const auto& r : rows) return db::int_at(r, 0);
    return std::nullopt;
  });
}

std::vector<Benefit> CompensationStore::benefits(long long client_id) {
  return db_.read([&](soci::session& sql) { return read_benefits(sql, "b.client_id = :a", by_id(client_id)); });
}
std::vector<Benefit> CompensationStore::benefits(work::UnitOfWork& unit, long long client_id) {
  return read_benefits(unit.sql(), "b.client_id = :a", by_id(client_id));
}
std::vector<TravelFare> CompensationStore::fares(long long client_id) {
  return db_.read([&](soci::session& sql) { return read_fares(sql, "f.client_id = :a", by_id(client_id)); });
}
std::vector<TravelFare> CompensationStore::fares(work::UnitOfWork& unit, long long client_id) {
  return read_fares(unit.sql(), "f.client_id = :a", by_id(client_id));
}
std::vector<TravelClaim> CompensationStore::claims(long long client_id) {
  return db_.read([&](soci::session& sql) { return read_claims(sql, "j.client_id = :a", by_id(client_id)); });
}
std::vector<Adjustment> CompensationStore::adjustments(long long client_id) {
  return db_.read([&](soci::session& sql) { return read_adjustments(sql, "j.client_id = :a", by_id(client_id)); });
}

BatchInput CompensationStore::batch_input(long long org, const std::string& month) {
  return db_.read([&](soci::session& sql) { return read_batch_input(sql, org, month); });
}
BatchInput CompensationStore::batch_input(work::UnitOfWork& unit, long long org, const std::string& month) {
  return read_batch_input(unit.sql(), org, month);
}

void CompensationStore::name_lines(std::vector<Line>& lines) {
  if (lines.empty()) return;
  std::vector<long long> ids;
  for (const auto& l : lines) ids.push_back(l.client_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::map<long long, std::pair<std::string, std::string>> names;
  db_.read([&](soci::session& sql) {
    // In slices: an IN list stays far below the databases' limits on bound values.
    for (std::size_t at = 0; at < ids.size(); at += 500) {
      const std::vector<long long> slice(ids.begin() + at, ids.begin() + std::min(ids.size(), at + 500));
      db::each_row(
          sql,
          "SELECT c.id, c.last_name || ' ' || c.first_names, i.personal_identity_code FROM clients_view c "
          "JOIN client_identities_view i ON i.id = c.id WHERE c.id IN (" +
              db::placeholders("o", slice.size()) + ")",
          [&](soci::statement& st) { db::bind_list(st, slice, "o"); },
          [&](const soci::row& r) {
            db::Cursor k(r);
            const long long id = k.id();
            auto name = k.text();
            names[id] = {std::move(name), k.text()};
          });
    }
    return 0;
  });
  for (auto& l : lines) {
    const auto& [name, code] = names[l.client_id];
    l.client_name = name;
    l.personal_identity_code = code;
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return std::tie(a.client_name, a.client_id) < std::tie(b.client_name, b.client_id);
  });
}

namespace {

template <typename Bind>
std::vector<ApprovedBatch> read_batches(soci::session& sql, const std::string& where, Bind&& bind) {
  std::vector<ApprovedBatch> out;
  db::each_row(sql,
               "SELECT b.id, b.month, b.total_cents, COALESCE(u.display_name, ''), b.approved_at "
               "FROM compensation_batches b LEFT JOIN users_view u ON u.id = b.approved_by WHERE " +
                   where + " ORDER BY b.month DESC",
               bind, [&](const soci::row& r) {
                 db::Cursor k(r);
                 ApprovedBatch b;
                 b.id = k.id();
                 b.month = k.text();
                 b.total_cents = k.id();
                 b.approved_by_name = k.text();
                 b.approved_at = k.text();
                 out.push_back(std::move(b));
               });
  return out;
}

}  // namespace

std::vector<ApprovedBatch> CompensationStore::approved_batches(long long org) {
  return db_.read([&](soci::session& sql) { return read_batches(sql, "b.organisation_id = :a", by_id(org)); });
}

std::optional<ApprovedBatch> CompensationStore::approved_batch(long long org, const std::string& month) {
  auto found = db_.read([&](soci::session& sql) {
    return read_batches(sql, "b.organisation_id = :a AND b.month = :m", [&](soci::statement& st) {
      st.exchange(soci::use(org, "a"));
      st.exchange(soci::use(month, "m"));
    });
  });
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<Line> CompensationStore::batch_lines(long long batch_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Line> out;
    db::each_row(sql,
                 "SELECT client_id, kind, payer, fund_name, unit_cents, days, amount_cents, first_day, last_day, "
                 "adjustment_id, claim_id, reason, recorded_by FROM compensation_batch_lines WHERE batch_id = :a "
                 "ORDER BY id",
                 by_id(batch_id), [&](const soci::row& r) {
                   db::Cursor k(r);
                   Line l;
                   l.client_id = k.id();
                   l.kind = k.text();
                   l.payer = k.text();
                   l.fund_name = k.text();
                   l.unit_cents = k.id();
                   l.days = k.number();
                   l.amount_cents = k.id();
                   l.first_day = k.text();
                   l.last_day = k.text();
                   l.adjustment_id = k.opt_id();
                   l.claim_id = k.opt_id();
                   l.reason = k.text();
                   l.recorded_by = k.text();
                   out.push_back(std::move(l));
                 });
    return out;
  });
}

bool CompensationStore::month_approved(work::UnitOfWork& unit, long long org, const std::string& month) {
  long long n = 0;
  unit.sql() << "SELECT COUNT(*) FROM approved_months_view WHERE organisation_id = :o AND month = :m", soci::use(org),
      soci::use(month), soci::into(n);
  return n > 0;
}

void CompensationStore::lock_months(work::UnitOfWork& unit, long long org, bool exclusive) {
  if (unit.is_sqlite()) return;
  // 7301: compensation's class of advisory locks; the organisation's id is the lock within it.
  const int key = static_cast<int>(org);
  if (exclusive) {
    unit.sql() << "SELECT pg_advisory_xact_lock(7301, :o)", soci::use(key);
  } else {
    unit.sql() << "SELECT pg_advisory_xact_lock_shared(7301, :o)", soci::use(key);
  }
}

std::optional<PeriodOnDay> CompensationStore::period_on(work::UnitOfWork& unit, long long client_id,
                                                        const std::string& day) {
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT c.organisation_id, c.service_type FROM periods_view p "
                             "JOIN cases_view c ON c.id = p.case_id WHERE p.client_id = :c AND p.start_date <= :d "
                             "AND p.end_date >= :d2 ORDER BY p.id DESC",
       soci::use(client_id), soci::use(day), soci::use(day));
  for (const auto& r : rows) {
    db::Cursor k(r);
    PeriodOnDay p;
    p.organisation_id = k.id();
    p.service_type = k.text();
    return p;
  }
  return std::nullopt;
}

bool CompensationStore::counted(work::UnitOfWork& unit, long long client_id, long long org, const std::string& day) {
  long long n = 0;
  unit.sql() << "SELECT COUNT(*) FROM attendance_view a JOIN periods_view p ON p.id = a.period_id "
                "JOIN cases_view c ON c.id = p.case_id WHERE a.client_id = :c AND a.day = :d "
                "AND a.status = 'present' AND c.organisation_id = :o",
      soci::use(client_id), soci::use(day), soci::use(org), soci::into(n);
  return n > 0;
}

bool CompensationStore::adjusted(work::UnitOfWork& unit, long long client_id, const std::string& day) {
  long long n = 0;
  unit.sql() << "SELECT COUNT(*) FROM compensation_adjustments WHERE client_id = :c AND day = :d", soci::use(client_id),
      soci::use(day), soci::into(n);
  return n > 0;
}

long long CompensationStore::insert_rate(work::UnitOfWork& unit, const Rate& r, long long user_id) {
  // The row before it (of the same rate) ends the day before it starts.
  const std::string before = add_days(r.valid_from, -1);
  const std::string same =
      " AND service_type = :s AND kind = :k AND benefit = :b AND valid_to IS NULL AND valid_from < :f";
  if (r.organisation_id) {
    unit.sql() << "UPDATE compensation_rates SET valid_to = :d WHERE organisation_id = :o" + same, soci::use(before),
        soci::use(*r.organisation_id), soci::use(r.service_type), soci::use(r.kind), soci::use(r.benefit),
        soci::use(r.valid_from);
  } else {
    unit.sql() << "UPDATE compensation_rates SET valid_to = :d WHERE organisation_id IS NULL" + same, soci::use(before),
        soci::use(r.service_type), soci::use(r.kind), soci::use(r.benefit), soci::use(r.valid_from);
  }
  long long id = 0;
  const long long org = r.organisation_id.value_or(0);
  const int max = r.max_days_per_week.value_or(0);
  const std::string to = r.valid_to.value_or("");
  const std::string now = now_iso();
  soci::indicator org_ind = null_if(!r.organisation_id), max_ind = null_if(!r.max_days_per_week),
                  to_ind = null_if(!r.valid_to);
  unit.sql() << "INSERT INTO compensation_rates (organisation_id, service_type, kind, benefit, payer, amount_cents, "
                "max_days_per_week, valid_from, valid_to, created_by, created_at) VALUES (:o, :s, :k, :b, :p, :a, "
                ":m, :f, :t, :u, :n) RETURNING id",
      soci::use(org, org_ind), soci::use(r.service_type), soci::use(r.kind), soci::use(r.benefit), soci::use(r.payer),
      soci::use(r.amount_cents), soci::use(max, max_ind), soci::use(r.valid_from), soci::use(to, to_ind),
      soci::use(user_id), soci::use(now), soci::into(id);
  return id;
}

long long CompensationStore::insert_benefit(work::UnitOfWork& unit, const Benefit& b, long long user_id) {
  long long id = 0;
  const std::string to = b.valid_to.value_or("");
  const std::string now = now_iso();
  soci::indicator to_ind = null_if(!b.valid_to);
  unit.sql() << "INSERT INTO client_benefits (client_id, payer, fund_name, valid_from, valid_to, created_by, "
                "created_at) VALUES (:c, :p, :f, :v, :t, :u, :n) RETURNING id",
      soci::use(b.client_id), soci::use(b.payer), soci::use(b.fund_name), soci::use(b.valid_from),
      soci::use(to, to_ind), soci::use(user_id), soci::use(now), soci::into(id);
  unit.wrote_client_data(b.client_id);
  return id;
}

void CompensationStore::end_benefit(work::UnitOfWork& unit, const Benefit& b, const std::string& valid_to) {
  unit.sql() << "UPDATE client_benefits SET valid_to = :t WHERE id = :i", soci::use(valid_to), soci::use(b.id);
  unit.wrote_client_data(b.client_id);
}

long long CompensationStore::insert_fare(work::UnitOfWork& unit, const TravelFare& f, long long user_id) {
  const std::string before = add_days(f.valid_from, -1);
  unit.sql() << "UPDATE travel_fares SET valid_to = :d WHERE client_id = :c AND valid_to IS NULL AND valid_from < :f",
      soci::use(before), soci::use(f.client_id), soci::use(f.valid_from);
  long long id = 0;
  const std::string to = f.valid_to.value_or("");
  const std::string now = now_iso();
  soci::indicator to_ind = null_if(!f.valid_to);
  unit.sql() << "INSERT INTO travel_fares (client_id, cents_per_day, means, valid_from, valid_to, created_by, "
                "created_at) VALUES (:c, :a, :m, :v, :t, :u, :n) RETURNING id",
      soci::use(f.client_id), soci::use(f.cents_per_day), soci::use(f.means), soci::use(f.valid_from),
      soci::use(to, to_ind), soci::use(user_id), soci::use(now), soci::into(id);
  unit.wrote_client_data(f.client_id);
  return id;
}

long long CompensationStore::insert_claim(work::UnitOfWork& unit, const TravelClaim& c, long long org,
                                          long long user_id) {
  long long id = 0;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO travel_claims (client_id, organisation_id, day, cents, description, created_by, "
                "created_at) VALUES (:c, :o, :d, :a, :t, :u, :n) RETURNING id",
      soci::use(c.client_id), soci::use(org), soci::use(c.day), soci::use(c.cents), soci::use(c.description),
      soci::use(user_id), soci::use(now), soci::into(id);
  unit.wrote_client_data(c.client_id);
  return id;
}

long long CompensationStore::insert_adjustment(work::UnitOfWork& unit, const Adjustment& a, long long org,
                                               long long user_id) {
  long long id = 0;
  const int attended = a.attended ? 1 : 0;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO compensation_adjustments (client_id, organisation_id, service_type, day, attended, "
                "reason, created_by, created_at) VALUES (:c, :o, :s, :d, :a, :r, :u, :n) RETURNING id",
      soci::use(a.client_id), soci::use(org), soci::use(a.service_type), soci::use(a.day), soci::use(attended),
      soci::use(a.reason), soci::use(user_id), soci::use(now), soci::into(id);
  unit.wrote_client_data(a.client_id);
  return id;
}

long long CompensationStore::insert_batch(work::UnitOfWork& unit, long long org, const std::string& month,
                                          const BatchInput& in, const std::vector<Line>& lines, long long total_cents,
                                          long long user_id) {
  long long id = 0;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO compensation_batches (organisation_id, month, total_cents, approved_by, approved_at) "
                "VALUES (:o, :m, :t, :u, :n) RETURNING id",
      soci::use(org), soci::use(month), soci::use(total_cents), soci::use(user_id), soci::use(now), soci::into(id);
  Line l;
  long long adjustment = 0, claim = 0;
  soci::indicator adjustment_ind = soci::i_null, claim_ind = soci::i_null;
  soci::statement insert =
      (unit.sql().prepare << "INSERT INTO compensation_batch_lines (batch_id, client_id, kind, payer, fund_name, "
                             "unit_cents, days, amount_cents, first_day, last_day, adjustment_id, claim_id, reason, "
                             "recorded_by) VALUES (:b, :c, :k, :p, :f, :u, :d, :a, :fd, :ld, :aj, :cl, :r, :rb)",
       soci::use(id), soci::use(l.client_id), soci::use(l.kind), soci::use(l.payer), soci::use(l.fund_name),
       soci::use(l.unit_cents), soci::use(l.days), soci::use(l.amount_cents), soci::use(l.first_day),
       soci::use(l.last_day), soci::use(adjustment, adjustment_ind), soci::use(claim, claim_ind), soci::use(l.reason),
       soci::use(l.recorded_by));
  for (const auto& line : lines) {
    l = line;
    adjustment = line.adjustment_id.value_or(0);
    adjustment_ind = null_if(!line.adjustment_id);
    claim = line.claim_id.value_or(0);
    claim_ind = null_if(!line.claim_id);
    insert.execute(true);
    unit.wrote_client_data(line.client_id);
  }
  // Every correction and claim counted is in this batch, also one that pays nothing.
  for (const auto& a : in.adjustments) {
    unit.sql() << "UPDATE compensation_adjustments SET batch_id = :b WHERE id = :i", soci::use(id), soci::use(a.id);
    unit.wrote_client_data(a.client_id);
  }
  for (const auto& c : in.claims) {
    unit.sql() << "UPDATE travel_claims SET batch_id = :b WHERE id = :i", soci::use(id), soci::use(c.id);
    unit.wrote_client_data(c.client_id);
  }
  return id;
}

void CompensationStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(
      unit, client_id,
      {"DELETE FROM absence_notices WHERE client_id = :c", "DELETE FROM client_benefits WHERE client_id = :c",
       "DELETE FROM travel_fares WHERE client_id = :c", "DELETE FROM travel_claims WHERE client_id = :c",
       "DELETE FROM compensation_adjustments WHERE client_id = :c",
       "DELETE FROM compensation_batch_lines WHERE client_id = :c"});
}

}  // namespace polku::compensation
