#include "compensation/absence_notice_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/row.hpp"

namespace polku::compensation {

namespace {

// The periods a read covers, joined as p (periods_view) and c (cases_view); `where` binds :a, :f and :t.
// A window may start 13 days before the range read; 45 days before the range leave at least four weeks before it.
constexpr int kRunLookbackDays = 45;

constexpr const char* kPeriodsOf =
    " FROM periods_view p JOIN cases_view c ON c.id = p.case_id JOIN clients_view cl ON cl.id = p.client_id "
    "WHERE c.service_type = 'ktt' AND p.end_date >= :f AND p.start_date <= :t AND ";

}  // namespace

std::vector<NoticePeriod> AbsenceNoticeStore::read(const std::string& where, long long arg, const std::string& from,
                                                   const std::string& to) {
  return db_.read([&](soci::session& sql) {
    std::vector<NoticePeriod> out;
    std::map<long long, std::size_t> at;
    const std::string of = std::string(kPeriodsOf) + where;
    const auto bind = [&](soci::statement& st) {
      st.exchange(soci::use(from, "f"));
      st.exchange(soci::use(to, "t"));
      st.exchange(soci::use(arg, "a"));
    };
    db::each_row(sql,
                 "SELECT p.id, p.case_id, p.client_id, c.organisation_id, cl.last_name || ' ' || cl.first_names, "
                 "i.personal_identity_code, COALESCE(pl.name, ''), p.start_date, p.end_date, p.place_id "
                 "FROM periods_view p JOIN cases_view c ON c.id = p.case_id "
                 "JOIN clients_view cl ON cl.id = p.client_id JOIN client_identities_view i ON i.id = p.client_id "
                 "LEFT JOIN places_view pl ON pl.id = p.place_id WHERE c.service_type = 'ktt' AND p.end_date >= :f "
                 "AND p.start_date <= :t AND " +
                     where + " ORDER BY cl.last_name, cl.first_names, p.start_date",
                 bind, [&](const soci::row& r) {
                   db::Cursor k(r);
                   NoticePeriod p;
                   p.id = k.id();
                   p.case_id = k.id();
                   p.client_id = k.id();
                   p.organisation_id = k.id();
                   p.client_name = k.text();
                   p.personal_identity_code = k.text();
                   p.place_name = k.text();
                   p.input.start_date = k.text();
                   p.input.end_date = k.text();
                   p.input.place_id = k.id();
                   at[p.id] = out.size();
                   out.push_back(std::move(p));
                 });
    if (out.empty()) return out;
    db::each_row(sql,
                 "SELECT s.period_id, s.from_date, s.weekday, s.hours FROM period_steps_view s JOIN (SELECT p.id" + of +
                     ") q ON q.id = s.period_id ORDER BY s.period_id, s.from_date, s.weekday",
                 bind, [&](const soci::row& r) {
                   db::Cursor k(r);
                   auto& p = out[at.at(k.id())];
                   const std::string step_from = k.text();
                   if (p.input.steps.empty() || p.input.steps.back().from != step_from)
                     p.input.steps.push_back({step_from, {}});
                   const int weekday = k.number();
                   p.input.steps.back().days.push_back({weekday, k.number()});
                 });
    db::each_row(sql,
                 "SELECT m.period_id, m.from_day, m.to_day FROM period_day_moves_view m JOIN (SELECT p.id" + of +
                     ") q ON q.id = m.period_id",
                 bind, [&](const soci::row& r) {
                   db::Cursor k(r);
                   auto& p = out[at.at(k.id())];
                   periods::DayMove m;
                   m.from_day = k.text();
                   m.to_day = k.text();
                   p.moves.push_back(std::move(m));
                 });
    db::each_row(sql,
                 "SELECT b.period_id, b.from_day, b.to_day FROM period_breaks_view b JOIN (SELECT p.id" + of +
                     ") q ON q.id = b.period_id WHERE b.to_day >= :f AND b.from_day <= :t",
                 bind, [&](const soci::row& r) {
                   db::Cursor k(r);
                   auto& p = out[at.at(k.id())];
                   DayRange b;
                   b.from = k.text();
                   b.to = k.text();
                   p.breaks.push_back(std::move(b));
                 });
    // The marks from weeks before: a run of illness reaching into the window counts from there at least to its
    // 4th day (the certificate), and a child's beyond its 4th, whatever came before.
    const std::string marks_from = add_days(from, -kRunLookbackDays);
    const auto bind_marks = [&](soci::statement& st) {
      bind(st);
      st.exchange(soci::use(marks_from, "m"));
    };
    db::each_row(sql,
                 "SELECT a.period_id, a.day, a.status, a.absence_reason FROM attendance_view a JOIN (SELECT p.id" + of +
                     ") q ON q.id = a.period_id WHERE a.day >= :m AND a.day <= :t",
                 bind_marks, [&](const soci::row& r) {
                   db::Cursor k(r);
                   auto& p = out[at.at(k.id())];
                   MarkedDay d;
                   d.day = k.text();
                   d.status = k.text();
                   d.absence_reason = k.text();
                   p.marks.push_back(std::move(d));
                 });
    db::each_row(sql,
                 "SELECT q.id, d.day FROM place_closed_days_view d JOIN (SELECT p.id, p.place_id" + of +
                     ") q ON q.place_id = d.place_id WHERE d.day >= :f AND d.day <= :t",
                 bind, [&](const soci::row& r) {
                   db::Cursor k(r);
                   auto& p = out[at.at(k.id())];
                   p.closed_days.insert(k.text());
                 });
    db::each_row(sql,
                 "SELECT q.id, b.payer, b.fund_name, b.valid_from, b.valid_to FROM client_benefits b "
                 "JOIN (SELECT p.id, p.client_id" +
                     of + ") q ON q.client_id = b.client_id",
                 bind, [&](const soci::row& r) {
                   db::Cursor k(r);
                   auto& p = out[at.at(k.id())];
                   Benefit b;
                   b.client_id = p.client_id;
                   b.payer = k.text();
                   b.fund_name = k.text();
                   b.valid_from = k.text();
                   auto until = k.text();
                   if (!until.empty()) b.valid_to = until;
                   p.benefits.push_back(std::move(b));
                 });
    return out;
  });
}

std::vector<NoticePeriod> AbsenceNoticeStore::periods(long long org, const std::string& from, const std::string& to) {
  return read("c.organisation_id = :a", org, from, to);
}

std::vector<NoticePeriod> AbsenceNoticeStore::periods_of_own_worker(long long user_id, const std::string& from,
                                                                    const std::string& to) {
  return read("cl.own_worker_id = :a", user_id, from, to);
}

std::optional<NoticePeriod> AbsenceNoticeStore::period(long long period_id) {
  auto found = read("p.id = :a", period_id, "1900-01-01", "9999-12-31");
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::map<std::pair<long long, std::string>, SentNotice> AbsenceNoticeStore::read_sent(const std::string& where,
                                                                                      long long arg) {
  return db_.read([&](soci::session& sql) {
    std::map<std::pair<long long, std::string>, SentNotice> out;
    db::each_row(
        sql,
        "SELECT n.period_id, n.window_from, n.content_json, n.sent_at, COALESCE(u.display_name, '') "
        "FROM absence_notices n LEFT JOIN users_view u ON u.id = n.sent_by WHERE " +
            where + " ORDER BY n.id",
        [&](soci::statement& st) { st.exchange(soci::use(arg, "a")); },
        [&](const soci::row& r) {
          db::Cursor k(r);
          const long long period = k.id();
          const std::string from = k.text();
          SentNotice s;
          s.content_json = k.text();
          s.sent_at = k.text();
          s.sent_by_name = k.text();
          out[{period, from}] = std::move(s);  // the newest last
        });
    return out;
  });
}

std::map<std::pair<long long, std::string>, SentNotice> AbsenceNoticeStore::sent(long long org) {
  return read_sent("n.organisation_id = :a", org);
}
std::map<std::pair<long long, std::string>, SentNotice> AbsenceNoticeStore::sent_of(long long period_id) {
  return read_sent("n.period_id = :a", period_id);
}

documents::Letterhead AbsenceNoticeStore::letterhead(long long organisation_id) {
  return documents::Letterheads(db_).of(organisation_id);
}

void AbsenceNoticeStore::insert_sent(work::UnitOfWork& unit, const NoticePeriod& p, const AbsenceNotice& n,
                                     const std::string& content_json, long long user_id) {
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO absence_notices (period_id, client_id, organisation_id, window_from, window_to, "
                "recipient, fund_name, content_json, sent_by, sent_at) VALUES (:p, :c, :o, :f, :t, :r, :fn, :j, :u, "
                ":n)",
      soci::use(p.id), soci::use(p.client_id), soci::use(p.organisation_id), soci::use(n.window_from),
      soci::use(n.window_to), soci::use(n.recipient), soci::use(n.fund_name), soci::use(content_json),
      soci::use(user_id), soci::use(now);
  unit.wrote_client_data(p.client_id);
}

}  // namespace polku::compensation
