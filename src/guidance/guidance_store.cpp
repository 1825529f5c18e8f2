#include "guidance/guidance_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::guidance {

namespace {

// The product of the case's newest accepted order, joined to a row with the case's id as `p.case_id`.
constexpr const char* kPromiseJoin =
    "LEFT JOIN accepted_orders_view o ON o.id = (SELECT MAX(n.id) FROM accepted_orders_view n "
    "WHERE n.case_id = p.case_id) "
    "LEFT JOIN service_products_view sp ON sp.id = o.product_id ";

// The binds of the periods' running day (:t1, :t2); `today` must outlive the statement.
void running_on(soci::statement& st, const std::string& today) {
  st.exchange(soci::use(today, "t1"));
  st.exchange(soci::use(today, "t2"));
}

std::optional<Promise> promise_at(db::Cursor& k) {
  const auto hours = k.opt_id();
  const auto social = k.opt_id();
  if (!hours) return std::nullopt;
  return Promise{static_cast<int>(*hours), social.value_or(0) != 0};
}

}  // namespace

std::vector<Session> GuidanceStore::where(const char* condition, long long arg) {
  return db_.read([&](soci::session& sql) {
    std::vector<Session> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << std::string("SELECT g.id, g.period_id, g.day, g.minutes, g.kind, g.note, g.given_by, "
                                    "COALESCE(u.display_name, ''), g.given_by_professional, g.created_at "
                                    "FROM guidance_sessions g LEFT JOIN users_view u ON u.id = g.given_by WHERE ") +
                            condition + " ORDER BY g.day DESC, g.id DESC",
         soci::use(arg));
    for (const auto& r : rows) {
      db::Cursor k(r);
      Session s;
      s.id = k.id();
      s.period_id = k.id();
      s.data.day = k.text();
      s.data.minutes = k.number();
      s.data.kind = k.text();
      s.data.note = k.text();
      s.given_by = k.id();
      s.given_by_name = k.text();
      s.given_by_professional = k.flag();
      s.created_at = k.text();
      out.push_back(std::move(s));
    }
    return out;
  });
}

std::vector<Session> GuidanceStore::sessions(long long period_id) { return where("g.period_id = :a", period_id); }

std::optional<Session> GuidanceStore::find(long long id) {
  auto found = where("g.id = :a", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::map<long long, std::vector<SessionInput>> GuidanceStore::sessions_of(const std::vector<long long>& period_ids) {
  std::map<long long, std::vector<SessionInput>> out;
  if (period_ids.empty()) return out;
  db_.read([&](soci::session& sql) {
    db::each_row(
        sql,
        "SELECT period_id, day, minutes, kind FROM guidance_sessions WHERE period_id IN (" +
            db::placeholders("o", period_ids.size()) + ")",
        [&](soci::statement& st) { db::bind_list(st, period_ids, "o"); },
        [&](const soci::row& r) {
          db::Cursor k(r);
          const long long id = k.id();
          SessionInput s;
          s.day = k.text();
          s.minutes = k.number();
          s.kind = k.text();
          out[id].push_back(std::move(s));
        });
    return 0;
  });
  return out;
}

std::optional<Promise> GuidanceStore::promise(long long case_id) {
  return db_.read([&](soci::session& sql) -> std::optional<Promise> {
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT sp.min_guidance_hours_per_3_months, sp.includes_social_guidance "
                        "FROM accepted_orders_view o JOIN service_products_view sp ON sp.id = o.product_id "
                        "WHERE o.case_id = :c ORDER BY o.id DESC LIMIT 1",
         soci::use(case_id));
    for (const auto& r : rows) {
      db::Cursor k(r);
      return promise_at(k);
    }
    return std::nullopt;
  });
}

std::vector<FollowedPeriod> GuidanceStore::periods(const std::string& condition,
                                                   const std::function<void(soci::statement&)>& bind) {
  return db_.read([&](soci::session& sql) {
    std::vector<FollowedPeriod> out;
    db::each_row(
        sql,
        std::string("SELECT p.id, p.case_id, p.client_id, cl.first_names || ' ' || cl.last_name, p.start_date, "
                    "p.end_date, sp.min_guidance_hours_per_3_months, sp.includes_social_guidance FROM periods_view p "
                    "JOIN clients_view cl ON cl.id = p.client_id ") +
            kPromiseJoin + "WHERE p.start_date <= :t1 AND p.end_date >= :t2 " + condition,
        bind, [&](const soci::row& r) {
          db::Cursor k(r);
          FollowedPeriod f;
          f.period_id = k.id();
          f.case_id = k.id();
          f.client_id = k.id();
          f.client_name = k.text();
          f.start_date = k.text();
          f.end_date = k.text();
          f.promise = promise_at(k);
          out.push_back(std::move(f));
        });
    if (out.empty()) return out;
    std::map<long long, std::size_t> at;
    std::vector<long long> ids;
    for (std::size_t i = 0; i < out.size(); ++i) {
      at[out[i].period_id] = i;
      ids.push_back(out[i].period_id);
    }
    db::each_row(
        sql,
        "SELECT period_id, from_day, to_day FROM period_breaks_view WHERE period_id IN (" +
            db::placeholders("b", ids.size()) + ") ORDER BY period_id, from_day",
        [&](soci::statement& st) { db::bind_list(st, ids, "b"); },
        [&](const soci::row& r) {
          db::Cursor k(r);
          const long long id = k.id();
          DayRange b;
          b.from = k.text();
          b.to = k.text();
          out[at.at(id)].breaks.push_back(std::move(b));
        });
    return out;
  });
}

std::vector<FollowedPeriod> GuidanceStore::followed(long long user_id, const std::string& today) {
  return periods(
      "AND (p.coach_user_id = :u1 OR cl.own_worker_id = :u2 OR EXISTS (SELECT 1 FROM case_participants_view cp "
      "WHERE cp.case_id = p.case_id AND cp.coach_user_id = :u3)) ORDER BY cl.last_name, cl.first_names, p.id",
      [&](soci::statement& st) {
        running_on(st, today);
        st.exchange(soci::use(user_id, "u1"));
        st.exchange(soci::use(user_id, "u2"));
        st.exchange(soci::use(user_id, "u3"));
      });
}

std::vector<FollowedPeriod> GuidanceStore::running(const std::string& today) {
  return periods("ORDER BY p.id", [&](soci::statement& st) { running_on(st, today); });
}

std::vector<long long> GuidanceStore::followers(work::UnitOfWork& unit, long long period_id) {
  std::vector<long long> out;
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT u.id FROM users_view u WHERE u.active = 1 AND u.id IN ("
                             "SELECT p.coach_user_id FROM periods_view p WHERE p.id = :p1 "
                             "UNION SELECT cp.coach_user_id FROM case_participants_view cp "
                             "JOIN periods_view p ON p.case_id = cp.case_id WHERE p.id = :p2 "
                             "UNION SELECT cl.own_worker_id FROM clients_view cl "
                             "JOIN periods_view p ON p.client_id = cl.id WHERE p.id = :p3) ORDER BY u.id",
       soci::use(period_id), soci::use(period_id), soci::use(period_id));
  for (const auto& r : rows) out.push_back(db::int_at(r, 0));
  return out;
}

bool GuidanceStore::first_reminder(work::UnitOfWork& unit, long long period_id, const std::string& window_end,
                                   long long user_id) {
  const std::string now = now_iso();
  soci::statement st = (unit.sql().prepare << "INSERT INTO guidance_reminders (period_id, window_end, user_id, "
                                              "created_at) VALUES (:p, :w, :u, :t) ON CONFLICT DO NOTHING",
                        soci::use(period_id), soci::use(window_end), soci::use(user_id), soci::use(now));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

bool GuidanceStore::is_professional(work::UnitOfWork& unit, long long user_id) {
  long long flag = 0;
  unit.sql() << "SELECT social_welfare_professional FROM users_view WHERE id = :u", soci::use(user_id),
      soci::into(flag);
  return flag != 0;
}

long long GuidanceStore::insert(work::UnitOfWork& unit, const periods::Period& p, const SessionInput& s,
                                long long user_id, bool professional) {
  long long id = 0;
  const int pro = professional ? 1 : 0;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO guidance_sessions (period_id, case_id, client_id, day, minutes, kind, note, given_by, "
                "given_by_professional, created_at) VALUES (:p, :c, :cl, :d, :m, :k, :n, :u, :pro, :t) RETURNING id",
      soci::use(p.id), soci::use(p.case_id), soci::use(p.client_id), soci::use(s.day), soci::use(s.minutes),
      soci::use(s.kind), soci::use(s.note), soci::use(user_id), soci::use(pro), soci::use(now), soci::into(id);
  unit.wrote_client_data(p.client_id);
  return id;
}

void GuidanceStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(
      unit, client_id,
      {"DELETE FROM guidance_reminders WHERE period_id IN (SELECT id FROM periods_view WHERE client_id = :c)",
       "DELETE FROM guidance_sessions WHERE client_id = :c"});
}

}  // namespace polku::guidance
