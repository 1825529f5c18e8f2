#include "forms/goal_store.hpp"

#include <map>

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::forms {

std::vector<Goal> GoalStore::read(soci::session& sql, const std::string& where, long long id) {
  std::vector<Goal> out;
  db::each_row(
      sql,
      "SELECT g.id, g.case_id, g.client_id, g.set_in_entry_id, g.goal, g.measure, COALESCE(u.display_name, ''), "
      "g.created_at, g.version FROM case_goals g LEFT JOIN users_view u ON u.id = g.created_by WHERE " +
          where + " ORDER BY g.id",
      [&](soci::statement& st) { st.exchange(soci::use(id, "i")); },
      [&](const soci::row& r) {
        db::Cursor k(r);
        Goal g;
        g.id = k.id();
        g.case_id = k.id();
        g.client_id = k.id();
        g.set_in_entry = k.opt_id();
        g.goal = k.text();
        g.measure = k.text();
        g.created_by_name = k.text();
        g.created_at = k.text();
        g.version = k.id();
        out.push_back(std::move(g));
      });
  if (out.empty()) return out;
  std::map<long long, Goal*> by_id;
  for (auto& g : out) by_id[g.id] = &g;
  const std::string goals = "SELECT g.id FROM case_goals g WHERE " + where;
  const auto bind = [&](soci::statement& st) { st.exchange(soci::use(id, "i")); };
  db::each_row(
      sql,
      "SELECT v.goal_id, v.goal_before, v.measure_before, v.reason, COALESCE(u.display_name, ''), v.revised_at "
      "FROM case_goal_revisions v LEFT JOIN users_view u ON u.id = v.revised_by WHERE v.goal_id IN (" +
          goals + ") ORDER BY v.id",
      bind, [&](const soci::row& r) {
        db::Cursor k(r);
        const long long goal = k.id();
        GoalRevision v;
        v.goal_before = k.text();
        v.measure_before = k.text();
        v.reason = k.text();
        v.revised_by_name = k.text();
        v.revised_at = k.text();
        by_id[goal]->revisions.push_back(std::move(v));
      });
  db::each_row(
      sql,
      "SELECT t.goal_id, t.entry_id, e.kind, t.rating, t.note, COALESCE(u.display_name, ''), t.rated_at "
      "FROM goal_ratings t JOIN form_entries e ON e.id = t.entry_id LEFT JOIN users_view u ON u.id = t.rated_by "
      // A corrected evaluation's ratings live on in its correction: the progress shows the newest of each.
      "WHERE t.goal_id IN (" +
          goals +
          ") AND NOT EXISTS (SELECT 1 FROM form_entries c WHERE c.corrects_id = t.entry_id) "
          "ORDER BY t.rated_at, t.id",
      bind, [&](const soci::row& r) {
        db::Cursor k(r);
        const long long goal = k.id();
        GoalRating t;
        t.entry_id = k.id();
        t.entry_kind = k.text();
        t.rating = k.number();
        t.note = k.text();
        t.rated_by_name = k.text();
        t.rated_at = k.text();
        by_id[goal]->ratings.push_back(std::move(t));
      });
  return out;
}

std::vector<Goal> GoalStore::of_case(long long case_id) {
  return db_.read([&](soci::session& sql) { return read(sql, "g.case_id = :i", case_id); });
}

std::optional<Goal> GoalStore::find(long long id) {
  auto found = db_.read([&](soci::session& sql) { return read(sql, "g.id = :i", id); });
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<Goal> GoalStore::find(work::UnitOfWork& unit, long long id) {
  auto found = read(unit.sql(), "g.id = :i", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

long long GoalStore::insert(work::UnitOfWork& unit, long long case_id, long long client_id, const GoalInput& in,
                            long long user_id) {
  long long id = 0;
  const std::string now = now_iso();
  const long long entry = in.set_in_entry.value_or(0);
  soci::indicator entry_ind = in.set_in_entry ? soci::i_ok : soci::i_null;
  unit.sql() << "INSERT INTO case_goals (case_id, client_id, set_in_entry_id, goal, measure, created_by, created_at) "
                "VALUES (:c, :l, :e, :g, :m, :u, :n) RETURNING id",
      soci::use(case_id), soci::use(client_id), soci::use(entry, entry_ind), soci::use(in.goal), soci::use(in.measure),
      soci::use(user_id), soci::use(now), soci::into(id);
  unit.wrote_client_data(client_id);
  return id;
}

bool GoalStore::revise(work::UnitOfWork& unit, const Goal& now, long long version, const GoalInput& in,
                       const std::string& reason, long long user_id) {
  soci::statement st = (unit.sql().prepare << "UPDATE case_goals SET goal = :g, measure = :m, version = version + 1 "
                                              "WHERE id = :i AND version = :v",
                        soci::use(in.goal), soci::use(in.measure), soci::use(now.id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  const std::string at = now_iso();
  unit.sql() << "INSERT INTO case_goal_revisions (goal_id, goal_before, measure_before, reason, revised_by, "
                "revised_at) VALUES (:i, :g, :m, :r, :u, :n)",
      soci::use(now.id), soci::use(now.goal), soci::use(now.measure), soci::use(reason), soci::use(user_id),
      soci::use(at);
  unit.wrote_client_data(now.client_id);
  return true;
}

void GoalStore::rate(work::UnitOfWork& unit, const Goal& goal, long long entry_id, int rating, const std::string& note,
                     long long user_id) {
  const std::string now = now_iso();
  unit.sql() << "DELETE FROM goal_ratings WHERE goal_id = :g AND entry_id = :e", soci::use(goal.id),
      soci::use(entry_id);
  unit.sql() << "INSERT INTO goal_ratings (goal_id, entry_id, rating, note, rated_by, rated_at) "
                "VALUES (:g, :e, :r, :n, :u, :t)",
      soci::use(goal.id), soci::use(entry_id), soci::use(rating), soci::use(note), soci::use(user_id), soci::use(now);
  unit.wrote_client_data(goal.client_id);
}

void GoalStore::copy_ratings(work::UnitOfWork& unit, long long from_entry, long long to_entry, long long client_id) {
  unit.sql() << "INSERT INTO goal_ratings (goal_id, entry_id, rating, note, rated_by, rated_at) "
                "SELECT goal_id, :t, rating, note, rated_by, rated_at FROM goal_ratings WHERE entry_id = :f",
      soci::use(to_entry), soci::use(from_entry);
  unit.wrote_client_data(client_id);
}

}  // namespace polku::forms
