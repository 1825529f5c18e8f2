#include "periods/group_store.hpp"

#include <map>

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::periods {

std::vector<Group> GroupStore::where(soci::session& sql, const std::string& condition, long long arg) {
  std::vector<Group> out;
  {
    soci::rowset<soci::row> rows =
        (sql.prepare
             << "SELECT g.id, g.place_id, pl.name, pl.host_organisation_id, pl.supervisor_user_id, g.name, "
                "g.instructor_user_id, COALESCE(u.display_name, ''), g.version FROM activity_groups g "
                "JOIN places_view pl ON pl.id = g.place_id LEFT JOIN users_view u ON u.id = g.instructor_user_id "
                "WHERE " +
                    condition + " ORDER BY g.name, g.id",
         soci::use(arg));
    for (const auto& r : rows) {
      db::Cursor k(r);
      Group g;
      g.id = k.id();
      g.place_id = k.id();
      g.place_name = k.text();
      g.host_organisation_id = k.id();
      g.supervisor_user_id = k.opt_id();
      g.data.name = k.text();
      g.data.instructor_user_id = k.opt_id();
      g.instructor_name = k.text();
      g.version = k.id();
      out.push_back(std::move(g));
    }
  }
  std::map<long long, Group*> by_id;
  for (auto& g : out) by_id[g.id] = &g;
  for (auto& g : out) {
    soci::rowset<soci::row> sessions =
        (sql.prepare << "SELECT weekday, start_time, hours FROM group_sessions WHERE group_id = :g ORDER BY weekday",
         soci::use(g.id));
    for (const auto& r : sessions) {
      g.data.sessions.push_back(
          {static_cast<int>(db::int_at(r, 0)), db::text_at(r, 1), static_cast<int>(db::int_at(r, 2))});
    }
    soci::rowset<soci::row> members =
        (sql.prepare << "SELECT m.period_id, m.client_id, cl.first_names || ' ' || cl.last_name FROM group_members m "
                        "JOIN clients_view cl ON cl.id = m.client_id WHERE m.group_id = :g "
                        "ORDER BY cl.last_name, cl.first_names",
         soci::use(g.id));
    for (const auto& r : members) g.members.push_back({db::int_at(r, 0), db::int_at(r, 1), db::text_at(r, 2)});
  }
  return out;
}

std::optional<Group> GroupStore::find(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Group> {
    auto found = where(sql, "g.id = :a", id);
    if (found.empty()) return std::nullopt;
    return found.front();
  });
}

std::vector<Group> GroupStore::at_place(long long place_id) {
  return db_.read([&](soci::session& sql) { return where(sql, "g.place_id = :a", place_id); });
}

long long GroupStore::insert(work::UnitOfWork& unit, long long place_id, const GroupInput& in, long long user_id) {
  long long id = 0;
  long long instructor = in.instructor_user_id.value_or(0);
  soci::indicator ind = in.instructor_user_id ? soci::i_ok : soci::i_null;
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO activity_groups (place_id, name, instructor_user_id, created_by, created_at) "
                "VALUES (:p, :n, :i, :u, :t) RETURNING id",
      soci::use(place_id), soci::use(in.name), soci::use(instructor, ind), soci::use(user_id), soci::use(now),
      soci::into(id);
  for (const auto& s : in.sessions) {
    unit.sql() << "INSERT INTO group_sessions (group_id, weekday, start_time, hours) VALUES (:g, :w, :s, :h)",
        soci::use(id), soci::use(s.weekday), soci::use(s.start_time), soci::use(s.hours);
  }
  return id;
}

void GroupStore::add_member(work::UnitOfWork& unit, long long group_id, long long period_id, long long client_id,
                            long long user_id) {
  const std::string now = now_iso();
  unit.sql() << "INSERT INTO group_members (group_id, period_id, client_id, added_by, added_at) "
                "VALUES (:g, :p, :c, :u, :t)",
      soci::use(group_id), soci::use(period_id), soci::use(client_id), soci::use(user_id), soci::use(now);
  unit.wrote_client_data(client_id);
}

bool GroupStore::remove_member(work::UnitOfWork& unit, long long group_id, long long period_id, long long client_id) {
  soci::statement st = (unit.sql().prepare << "DELETE FROM group_members WHERE group_id = :g AND period_id = :p",
                        soci::use(group_id), soci::use(period_id));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  unit.wrote_client_data(client_id);
  return true;
}

bool GroupStore::is_host_staff(work::UnitOfWork& unit, long long user_id, long long host_id) {
  long long n = 0;
  unit.sql() << "SELECT COUNT(*) FROM active_roles_view WHERE user_id = :u AND organisation_id = :o",
      soci::use(user_id), soci::use(host_id), soci::into(n);
  return n > 0;
}

}  // namespace polku::periods
