#include "cases/case_participants.hpp"

#include "cases/case_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::cases {

std::optional<CaseRef> find_case_ref(soci::session& sql, long long case_id) {
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT id, client_id, organisation_id, service_type, stage FROM cases WHERE id = :i",
       soci::use(case_id));
  for (const auto& r : rows) {
    return CaseRef{db::int_at(r, 0), db::int_at(r, 1), db::int_at(r, 2), db::text_at(r, 3), db::text_at(r, 4)};
  }
  return std::nullopt;
}

std::vector<CaseRef> open_cases_of_client(soci::session& sql, long long client_id) {
  std::vector<CaseRef> out;
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT id, client_id, organisation_id, service_type, stage FROM cases WHERE client_id = :c "
                      "AND stage <> 'closed' ORDER BY id DESC",
       soci::use(client_id));
  for (const auto& r : rows) {
    out.push_back({db::int_at(r, 0), db::int_at(r, 1), db::int_at(r, 2), db::text_at(r, 3), db::text_at(r, 4)});
  }
  return out;
}

std::optional<Error> add_participant(work::UnitOfWork& unit, long long case_id, long long provider_organisation_id,
                                     long long coach_user_id) {
  auto& sql = unit.sql();
  std::string provider, coach;
  sql << "SELECT name FROM organisations_view WHERE id = :o", soci::use(provider_organisation_id), soci::into(provider);
  sql << "SELECT display_name FROM users_view WHERE id = :u", soci::use(coach_user_id), soci::into(coach);
  if (auto e = touch_case(unit, case_id, std::nullopt, "participant", provider + ": " + coach)) {
    return e;
  }
  const std::string today = today_helsinki();
  sql << "INSERT INTO case_participants (case_id, provider_organisation_id, coach_user_id, since) "
         "VALUES (:c, :p, :u, :s) ON CONFLICT (case_id, provider_organisation_id) "
         "DO UPDATE SET coach_user_id = excluded.coach_user_id, since = excluded.since",
      soci::use(case_id), soci::use(provider_organisation_id), soci::use(coach_user_id), soci::use(today);
  return std::nullopt;
}

std::vector<Participant> participants_of(soci::session& sql, long long case_id) {
  std::vector<Participant> out;
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT p.provider_organisation_id, o.name, p.coach_user_id, u.display_name, p.since "
                      "FROM case_participants p JOIN organisations_view o ON o.id = p.provider_organisation_id "
                      "JOIN users_view u ON u.id = p.coach_user_id WHERE p.case_id = :c ORDER BY p.id",
       soci::use(case_id));
  for (const auto& r : rows) {
    out.push_back({db::int_at(r, 0), db::text_at(r, 1), db::int_at(r, 2), db::text_at(r, 3), db::text_at(r, 4)});
  }
  return out;
}

}  // namespace polku::cases
