#include "tasks/reminder_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::tasks {

std::vector<auth::AuthContext> ReminderStore::users() {
  return db_.read([](soci::session& sql) {
    std::vector<auth::AuthContext> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT u.id, u.username, u.display_name, u.language, r.organisation_id, r.role "
                        "FROM active_roles_view r JOIN users_view u ON u.id = r.user_id ORDER BY u.id");
    for (const auto& r : rows) {
      db::Cursor k(r);
      const long long id = k.id();
      if (out.empty() || out.back().user_id != id) {
        auth::AuthContext u;
        u.user_id = id;
        u.username = k.text();
        u.display_name = k.text();
        u.language = k.text();
        out.push_back(std::move(u));
      } else {
        k.text(), k.text(), k.text();
      }
      const long long organisation = k.id();
      out.back().roles.push_back({organisation, k.text()});
    }
    return out;
  });
}

bool ReminderStore::first(work::UnitOfWork& unit, long long user_id, const std::string& key) {
  const std::string now = now_iso();
  soci::statement st = (unit.sql().prepare << "INSERT INTO task_reminders (user_id, task_key, created_at) "
                                              "VALUES (:u, :k, :t) ON CONFLICT DO NOTHING",
                        soci::use(user_id), soci::use(key), soci::use(now));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

}  // namespace polku::tasks
