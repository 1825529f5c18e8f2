#include "cases/process_model_store.hpp"

#include "platform/db/row.hpp"

namespace polku::cases {

namespace {

ProcessModel load(soci::session& sql, long long region_id, long long organisation_id, std::string region_name) {
  auto model = default_process_model(region_id, organisation_id);
  model.region_name = std::move(region_name);
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT instructors_may_decide, referral_role, assessment_role, plan_role, start_role, "
                      "implementation_role, end_role, follow_up_role, version FROM process_models "
                      "WHERE region_id = :r",
       soci::use(region_id));
  for (const auto& r : rows) {
    model.instructors_may_decide = db::bool_at(r, 0);
    for (std::size_t i = 0; i < model.roles.size(); ++i) model.roles[i] = db::text_at(r, i + 1);
    model.version = db::int_at(r, 8);
  }
  return model;
}

}  // namespace

std::optional<ProcessModel> ProcessModelStore::find(long long region_id) {
  return db_.read([&](soci::session& sql) -> std::optional<ProcessModel> {
    long long organisation_id = 0;
    std::string name;
    sql << "SELECT organisation_id, name FROM regions_view WHERE id = :r", soci::use(region_id), soci::into(organisation_id),
        soci::into(name);
    if (!sql.got_data()) return std::nullopt;
    return load(sql, region_id, organisation_id, name);
  });
}

std::vector<ProcessModel> ProcessModelStore::for_organisations(const std::vector<long long>& organisation_ids) {
  return db_.read([&](soci::session& sql) {
    std::vector<ProcessModel> out;
    for (long long organisation_id : organisation_ids) {
      std::vector<std::pair<long long, std::string>> regions;
      soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, name FROM regions_view WHERE organisation_id = :o "
                                                     "ORDER BY name, id",
                                      soci::use(organisation_id));
      for (const auto& r : rows) regions.emplace_back(db::int_at(r, 0), db::text_at(r, 1));
      for (auto& [id, name] : regions) out.push_back(load(sql, id, organisation_id, name));
    }
    return out;
  });
}

Result<ProcessModel> ProcessModelStore::save(const ProcessModel& m, long long expected_version) {
  std::optional<Error> refused;
  {
    refused = db_.write([&](soci::session& sql) -> std::optional<Error> {
      long long current = 0;
      sql << "SELECT version FROM process_models WHERE region_id = :r" << db_.for_update(), soci::use(m.region_id),
          soci::into(current);
      if (!sql.got_data()) current = 0;
      if (current != expected_version) return Error::make(ErrorCode::kConflict, "stale_version");
      int may = m.instructors_may_decide ? 1 : 0;
      const auto& r = m.roles;
      if (current == 0) {
        // Two first saves of one region at once: the second inserts nothing and is stale.
        soci::statement st =
            (sql.prepare << "INSERT INTO process_models (region_id, instructors_may_decide, referral_role, "
                            "assessment_role, plan_role, start_role, implementation_role, end_role, follow_up_role, "
                            "version) VALUES (:g, :m, :r0, :r1, :r2, :r3, :r4, :r5, :r6, 1) "
                            "ON CONFLICT (region_id) DO NOTHING",
             soci::use(m.region_id), soci::use(may), soci::use(r[0]), soci::use(r[1]), soci::use(r[2]),
             soci::use(r[3]), soci::use(r[4]), soci::use(r[5]), soci::use(r[6]));
        st.execute(true);
        if (st.get_affected_rows() == 0) return Error::make(ErrorCode::kConflict, "stale_version");
      } else {
        sql << "UPDATE process_models SET instructors_may_decide = :m, referral_role = :r0, assessment_role = :r1, "
               "plan_role = :r2, start_role = :r3, implementation_role = :r4, end_role = :r5, follow_up_role = :r6, "
               "version = version + 1 WHERE region_id = :g",
            soci::use(may), soci::use(r[0]), soci::use(r[1]), soci::use(r[2]), soci::use(r[3]), soci::use(r[4]),
            soci::use(r[5]), soci::use(r[6]), soci::use(m.region_id);
      }
      return std::nullopt;
    });
  }
  if (refused) return *refused;
  return *find(m.region_id);
}

}  // namespace polku::cases
