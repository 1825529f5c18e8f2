#include "retention/retention_store.hpp"

#include "platform/db/row.hpp"

namespace polku::retention {

std::vector<ScheduleRule> RetentionStore::schedule() {
  return db_.read([](soci::session& sql) {
    std::vector<ScheduleRule> out;
    soci::rowset<soci::row> rows =
        sql.prepare << "SELECT record_class, years, valid_from, source FROM retention_schedule ORDER BY valid_from";
    for (const auto& row : rows) {
      out.push_back(
          {db::text_at(row, 0), static_cast<int>(db::int_at(row, 1)), db::text_at(row, 2), db::text_at(row, 3)});
    }
    return out;
  });
}

}  // namespace polku::retention
