#include "forms/entry_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::forms {

namespace {

const std::string kSelect =
    "SELECT e.id, e.case_id, e.client_id, e.form_version_id, v.version, e.kind, e.state, e.answers, e.corrects_id, "
    "e.correction_reason, COALESCE(c.display_name, ''), e.created_at, COALESCE(u.display_name, ''), e.updated_at, "
    "COALESCE(d.display_name, ''), COALESCE(e.completed_at, ''), COALESCE(a.display_name, ''), "
    "COALESCE(e.acknowledged_at, ''), cl.own_worker_id, cl.first_names || ' ' || cl.last_name, e.version "
    "FROM form_entries e JOIN form_versions v ON v.id = e.form_version_id "
    "JOIN clients_view cl ON cl.id = e.client_id LEFT JOIN users_view c ON c.id = e.created_by "
    "LEFT JOIN users_view u ON u.id = e.updated_by LEFT JOIN users_view d ON d.id = e.completed_by "
    "LEFT JOIN users_view a ON a.id = e.acknowledged_by ";

FormEntry entry_from(const soci::row& r) {
  db::Cursor k(r);
  FormEntry e;
  e.id = k.id();
  e.case_id = k.id();
  e.client_id = k.id();
  e.form_version_id = k.id();
  e.form_version = k.number();
  e.kind = k.text();
  e.state = k.text();
  e.answers = k.text();
  e.corrects_id = k.opt_id();
  e.correction_reason = k.text();
  e.created_by_name = k.text();
  e.created_at = k.text();
  e.updated_by_name = k.text();
  e.updated_at = k.text();
  e.completed_by_name = k.text();
  e.completed_at = k.text();
  e.acknowledged_by_name = k.text();
  e.acknowledged_at = k.text();
  e.own_worker_id = k.opt_id();
  e.client_name = k.text();
  e.version = k.id();
  return e;
}

std::optional<FormEntry> find_in(soci::session& sql, long long id) {
  std::optional<FormEntry> out;
  db::each_row(
      sql, kSelect + "WHERE e.id = :i", [&](soci::statement& st) { st.exchange(soci::use(id, "i")); },
      [&](const soci::row& r) { out = entry_from(r); });
  return out;
}

}  // namespace

std::optional<FormEntry> EntryStore::find(long long id) {
  return db_.read([&](soci::session& sql) { return find_in(sql, id); });
}

std::optional<FormEntry> EntryStore::find(work::UnitOfWork& unit, long long id) { return find_in(unit.sql(), id); }

std::vector<FormEntry> EntryStore::of_case(long long case_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<FormEntry> out;
    db::each_row(
        sql, kSelect + "WHERE e.case_id = :c ORDER BY e.id DESC",
        [&](soci::statement& st) { st.exchange(soci::use(case_id, "c")); },
        [&](const soci::row& r) { out.push_back(entry_from(r)); });
    return out;
  });
}

long long EntryStore::insert(work::UnitOfWork& unit, const FormEntry& e, long long user_id) {
  long long id = 0;
  const std::string now = now_iso();
  const long long corrects = e.corrects_id.value_or(0);
  soci::indicator corrects_ind = e.corrects_id ? soci::i_ok : soci::i_null;
  unit.sql() << "INSERT INTO form_entries (case_id, client_id, form_version_id, kind, state, answers, corrects_id, "
                "correction_reason, created_by, created_at, updated_by, updated_at) VALUES (:c, :l, :f, :k, 'draft', "
                ":a, :r, :w, :u, :n, :u2, :n2) RETURNING id",
      soci::use(e.case_id), soci::use(e.client_id), soci::use(e.form_version_id), soci::use(e.kind),
      soci::use(e.answers), soci::use(corrects, corrects_ind), soci::use(e.correction_reason), soci::use(user_id),
      soci::use(now), soci::use(user_id), soci::use(now), soci::into(id);
  unit.wrote_client_data(e.client_id);
  return id;
}

bool EntryStore::save_answers(work::UnitOfWork& unit, long long id, long long version, const std::string& answers,
                              long long user_id) {
  const std::string now = now_iso();
  soci::statement st =
      (unit.sql().prepare << "UPDATE form_entries SET answers = :a, updated_by = :u, updated_at = :n, "
                             "version = version + 1 WHERE id = :i AND version = :v AND state = 'draft'",
       soci::use(answers), soci::use(user_id), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

bool EntryStore::complete(work::UnitOfWork& unit, long long id, long long version, long long user_id) {
  const std::string now = now_iso();
  soci::statement st =
      (unit.sql().prepare << "UPDATE form_entries SET state = 'completed', completed_by = :u, completed_at = :n, "
                             "updated_by = :u2, updated_at = :n2, version = version + 1 "
                             "WHERE id = :i AND version = :v AND state = 'draft'",
       soci::use(user_id), soci::use(now), soci::use(user_id), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

bool EntryStore::acknowledge(work::UnitOfWork& unit, long long id, long long version, long long user_id) {
  const std::string now = now_iso();
  soci::statement st = (unit.sql().prepare << "UPDATE form_entries SET acknowledged_by = :u, acknowledged_at = :n, "
                                              "version = version + 1 WHERE id = :i AND version = :v "
                                              "AND state = 'completed' AND acknowledged_at IS NULL",
                        soci::use(user_id), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::vector<FormEntry> EntryStore::plans_to_acknowledge(long long own_worker_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<FormEntry> out;
    db::each_row(
        sql,
        kSelect +
            "WHERE e.kind = 'implementation_plan' AND e.state = 'completed' AND e.acknowledged_at IS NULL "
            "AND cl.own_worker_id = :w AND NOT EXISTS (SELECT 1 FROM form_entries n WHERE n.corrects_id = e.id) "
            "ORDER BY e.completed_at",
        [&](soci::statement& st) { st.exchange(soci::use(own_worker_id, "w")); },
        [&](const soci::row& r) { out.push_back(entry_from(r)); });
    return out;
  });
}

std::vector<FormEntry> EntryStore::due_bases(long long user_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<FormEntry> out;
    db::each_row(
        sql,
        kSelect +
            "JOIN cases_view cs ON cs.id = e.case_id WHERE e.state = 'completed' "
            "AND e.kind IN ('implementation_plan', 'intermediate_evaluation') AND cs.stage <> 'closed' "
            "AND (cl.own_worker_id = :u1 OR EXISTS (SELECT 1 FROM case_participants_view p "
            "WHERE p.case_id = e.case_id AND p.coach_user_id = :u2)) "
            "AND NOT EXISTS (SELECT 1 FROM form_entries n WHERE n.case_id = e.case_id AND n.id > e.id "
            "AND (n.kind = e.kind OR (e.kind = 'intermediate_evaluation' AND n.kind = 'final_evaluation'))) "
            "ORDER BY e.id",
        [&](soci::statement& st) {
          st.exchange(soci::use(user_id, "u1"));
          st.exchange(soci::use(user_id, "u2"));
        },
        [&](const soci::row& r) { out.push_back(entry_from(r)); });
    return out;
  });
}

namespace {

const std::string kPlacePeriods =
    "SELECT p.id, p.case_id, p.client_id, cl.first_names || ' ' || cl.last_name, pl.name, p.start_date, p.end_date, "
    "pl.host_organisation_id, pl.supervisor_user_id FROM periods_view p JOIN places_view pl ON pl.id = p.place_id "
    "JOIN clients_view cl ON cl.id = p.client_id ";

// Each period's feedback: the newest of its case begun since the period started and not corrected since.
void with_feedback(soci::session& sql, std::vector<PlacePeriod>& periods) {
  if (periods.empty()) return;
  std::vector<long long> cases;
  for (const auto& p : periods) cases.push_back(p.case_id);
  db::each_row(
      sql,
      "SELECT e.case_id, e.id, e.state, e.version, e.created_at FROM form_entries e "
      "WHERE e.kind = 'placement_feedback' AND e.case_id IN (" +
          db::placeholders("c", cases.size()) +
          ") AND NOT EXISTS (SELECT 1 FROM form_entries n WHERE n.corrects_id = e.id) ORDER BY e.id",
      [&](soci::statement& st) { db::bind_list(st, cases, "c"); },
      [&](const soci::row& r) {
        db::Cursor k(r);
        const long long case_id = k.id(), id = k.id();
        const std::string state = k.text();
        const long long version = k.id();
        const std::string created_at = k.text();
        for (auto& p : periods) {
          if (p.case_id != case_id || created_at < p.start_date) continue;
          p.feedback_id = id;
          p.feedback_state = state;
          p.feedback_version = version;
        }
      });
}

template <typename Bind>
std::vector<PlacePeriod> place_periods_in(soci::session& sql, const std::string& where, Bind&& bind) {
  std::vector<PlacePeriod> out;
  db::each_row(sql, kPlacePeriods + where, bind, [&](const soci::row& r) {
    db::Cursor k(r);
    PlacePeriod p;
    p.period_id = k.id();
    p.case_id = k.id();
    p.client_id = k.id();
    p.client_name = k.text();
    p.place_name = k.text();
    p.start_date = k.text();
    p.end_date = k.text();
    p.host_id = k.id();
    p.supervisor_user_id = k.opt_id();
    out.push_back(std::move(p));
  });
  with_feedback(sql, out);
  return out;
}

}  // namespace

std::vector<PlacePeriod> EntryStore::place_periods_of_case(long long case_id) {
  return db_.read([&](soci::session& sql) {
    return place_periods_in(sql, "WHERE p.case_id = :c ORDER BY p.id",
                            [&](soci::statement& st) { st.exchange(soci::use(case_id, "c")); });
  });
}

std::vector<PlacePeriod> EntryStore::place_periods(const std::vector<long long>& host_ids,
                                                   const std::string& ended_since, const std::string& today) {
  if (host_ids.empty()) return {};
  return db_.read([&](soci::session& sql) {
    return place_periods_in(sql,
                            "WHERE pl.host_organisation_id IN (" + db::placeholders("h", host_ids.size()) +
                                ") AND p.end_date >= :s AND p.start_date <= :t ORDER BY p.end_date, p.id",
                            [&](soci::statement& st) {
                              db::bind_list(st, host_ids, "h");
                              st.exchange(soci::use(ended_since, "s"));
                              st.exchange(soci::use(today, "t"));
                            });
  });
}

documents::Letterhead EntryStore::letterhead(long long organisation_id) {
  return documents::Letterheads(db_).of(organisation_id);
}

void EntryStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(
      unit, client_id,
      {"DELETE FROM goal_ratings WHERE goal_id IN (SELECT id FROM case_goals WHERE client_id = :c)",
       "DELETE FROM goal_ratings WHERE entry_id IN (SELECT id FROM form_entries WHERE client_id = :c)",
       "DELETE FROM case_goal_revisions WHERE goal_id IN (SELECT id FROM case_goals WHERE client_id = :c)",
       "DELETE FROM case_goals WHERE client_id = :c", "DELETE FROM form_entries WHERE client_id = :c"});
}

}  // namespace polku::forms
