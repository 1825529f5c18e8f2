#include "decisions/decision_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::decisions {
namespace {

constexpr const char* kSelectDecision =
    "SELECT d.id, d.case_id, d.service_type, d.legal_basis, d.start_date, d.end_date, d.days_per_week_max, "
    "d.hours_per_day_max, d.decision_maker_id, COALESCE(u.display_name, ''), d.decision_date, d.language, "
    "d.appeal_instructions, d.status, d.replaces_decision_id, d.signed_at, d.version, d.created_at, d.updated_at "
    "FROM decisions d LEFT JOIN users_view u ON u.id = d.decision_maker_id";

constexpr const char* kSelectNotice =
    "SELECT id, case_id, kind, sent_on, recipient, start_date, length_months, place, hours_per_day, days_per_week, "
    "interruption_reason, interruption_date, created_by, created_at, description, interruption_code FROM case_notices";

Decision decision_from(const soci::row& r) {
  Decision d;
  d.id = db::int_at(r, 0);
  d.case_id = db::int_at(r, 1);
  d.service_type = db::text_at(r, 2);
  d.data.legal_basis = db::text_at(r, 3);
  d.data.start_date = db::text_at(r, 4);
  d.data.end_date = db::text_at(r, 5);
  d.data.days_per_week_max = static_cast<int>(db::int_at(r, 6));
  d.data.hours_per_day_max = static_cast<int>(db::int_at(r, 7));
  d.decision_maker_id = db::int_at(r, 8);
  d.decision_maker_name = db::text_at(r, 9);
  d.data.decision_date = db::text_at(r, 10);
  d.language = db::text_at(r, 11);
  d.appeal_instructions = db::text_at(r, 12);
  d.status = db::text_at(r, 13);
  d.data.replaces_decision_id = db::opt_int_at(r, 14);
  d.signed_at = db::text_at(r, 15);
  d.version = db::int_at(r, 16);
  d.data.version = d.version;
  d.created_at = db::text_at(r, 17);
  d.updated_at = db::text_at(r, 18);
  return d;
}

Notice notice_from(const soci::row& r) {
  Notice n;
  n.id = db::int_at(r, 0);
  n.case_id = db::int_at(r, 1);
  n.kind = db::text_at(r, 2);
  n.sent_on = db::text_at(r, 3);
  n.recipient = db::text_at(r, 4);
  n.start_date = db::text_at(r, 5);
  n.length_months = static_cast<int>(db::int_at(r, 6));
  n.place = db::text_at(r, 7);
  n.hours_per_day = static_cast<int>(db::int_at(r, 8));
  n.days_per_week = static_cast<int>(db::int_at(r, 9));
  n.interruption_reason = db::text_at(r, 10);
  n.interruption_date = db::text_at(r, 11);
  n.created_by = db::int_at(r, 12);
  n.created_at = db::text_at(r, 13);
  n.description = db::text_at(r, 14);
  n.interruption_code = db::text_at(r, 15);
  return n;
}

std::optional<Decision> find_in(soci::session& sql, long long id) {
  soci::rowset<soci::row> rows = (sql.prepare << std::string(kSelectDecision) + " WHERE d.id = :i", soci::use(id));
  for (const auto& r : rows) return decision_from(r);
  return std::nullopt;
}

// The decision to replace must be a signed decision of the same case.
bool replaceable(soci::session& sql, std::optional<long long> replaces, long long case_id) {
  if (!replaces) return true;
  auto old = find_in(sql, *replaces);
  return old && old->case_id == case_id && old->status == "signed";
}

}  // namespace

std::optional<std::pair<int, int>> decided_days_and_hours(soci::session& sql, long long case_id) {
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT days_per_week_max, hours_per_day_max FROM decisions WHERE case_id = :c "
                      "AND status = 'signed' ORDER BY start_date DESC, id DESC",
       soci::use(case_id));
  for (const auto& r : rows) return std::pair{static_cast<int>(db::int_at(r, 0)), static_cast<int>(db::int_at(r, 1))};
  return std::nullopt;
}

Error decision_signed_error() {
  return Error{ErrorCode::kInvalidInput, "decision_signed", {{"status", "decision_signed"}}, {}, 0};
}

std::vector<Decision> DecisionStore::for_case(long long case_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Decision> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << std::string(kSelectDecision) + " WHERE d.case_id = :c ORDER BY d.id DESC", soci::use(case_id));
    for (const auto& r : rows) out.push_back(decision_from(r));
    return out;
  });
}

std::optional<Decision> DecisionStore::find(long long id) {
  return db_.read([&](soci::session& sql) { return find_in(sql, id); });
}

Result<long long> DecisionStore::insert(work::UnitOfWork& unit, const Decision& d) {
  auto& sql = unit.sql();
  if (!replaceable(sql, d.data.replaces_decision_id, d.case_id)) {
    return Error::invalid({{"replacesDecisionId", "invalid_choice"}});
  }
  const std::string now = now_iso();
  long long id = 0;
  long long replaces = d.data.replaces_decision_id.value_or(0);
  soci::indicator replaces_ind = d.data.replaces_decision_id ? soci::i_ok : soci::i_null;
  const auto& in = d.data;
  sql << "INSERT INTO decisions (case_id, service_type, legal_basis, start_date, end_date, days_per_week_max, "
         "hours_per_day_max, decision_maker_id, decision_date, language, appeal_instructions, status, "
         "replaces_decision_id, created_at, updated_at) VALUES (:c, :t, :lb, :sd, :ed, :dw, :hd, :m, :dd, :l, "
         ":a, 'draft', :r, :ca, :ua) RETURNING id",
      soci::use(d.case_id), soci::use(d.service_type), soci::use(in.legal_basis), soci::use(in.start_date),
      soci::use(in.end_date), soci::use(in.days_per_week_max), soci::use(in.hours_per_day_max),
      soci::use(d.decision_maker_id), soci::use(in.decision_date), soci::use(d.language),
      soci::use(d.appeal_instructions), soci::use(replaces, replaces_ind), soci::use(now), soci::use(now),
      soci::into(id);
  return id;
}

std::optional<Error> DecisionStore::update(work::UnitOfWork& unit, long long id, const DecisionInput& in,
                                           long long maker_id) {
  auto& sql = unit.sql();
  auto before = find_in(sql, id);
  if (!before) return Error::make(ErrorCode::kNotFound, "not_found");
  if (before->status != "draft") return decision_signed_error();
  if (!in.version || *in.version != before->version) return Error::make(ErrorCode::kConflict, "stale_version");
  if (!replaceable(sql, in.replaces_decision_id, before->case_id)) {
    return Error::invalid({{"replacesDecisionId", "invalid_choice"}});
  }
  const std::string now = now_iso();
  long long version = *in.version;
  long long replaces = in.replaces_decision_id.value_or(0);
  soci::indicator replaces_ind = in.replaces_decision_id ? soci::i_ok : soci::i_null;
  soci::statement st =
      (sql.prepare << "UPDATE decisions SET legal_basis = :lb, start_date = :sd, end_date = :ed, "
                      "days_per_week_max = :dw, hours_per_day_max = :hd, decision_maker_id = :m, "
                      "decision_date = :dd, replaces_decision_id = :r, updated_at = :u, version = version + 1 "
                      "WHERE id = :i AND version = :v AND status = 'draft'",
       soci::use(in.legal_basis), soci::use(in.start_date), soci::use(in.end_date), soci::use(in.days_per_week_max),
       soci::use(in.hours_per_day_max), soci::use(maker_id), soci::use(in.decision_date),
       soci::use(replaces, replaces_ind), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return Error::make(ErrorCode::kConflict, "stale_version");
  return std::nullopt;
}

Result<long long> DecisionStore::sign(work::UnitOfWork& unit, long long id, long long version, long long signer) {
  auto& sql = unit.sql();
  auto before = find_in(sql, id);
  if (!before) return Error::make(ErrorCode::kNotFound, "not_found");
  if (before->status != "draft") return decision_signed_error();
  if (before->version != version) return Error::make(ErrorCode::kConflict, "stale_version");
  if (!replaceable(sql, before->data.replaces_decision_id, before->case_id)) {
    return Error::invalid({{"replacesDecisionId", "invalid_choice"}});
  }
  const std::string now = now_iso();
  soci::statement st = (sql.prepare << "UPDATE decisions SET status = 'signed', signed_at = :s, "
                                       "decision_maker_id = :m, updated_at = :u, version = version + 1 "
                                       "WHERE id = :i AND version = :v AND status = 'draft'",
                        soci::use(now), soci::use(signer), soci::use(now), soci::use(id), soci::use(version));
  st.execute(true);
  if (st.get_affected_rows() == 0) return Error::make(ErrorCode::kConflict, "stale_version");
  if (before->data.replaces_decision_id) {
    long long old = *before->data.replaces_decision_id;
    sql << "UPDATE decisions SET status = 'replaced', updated_at = :u, version = version + 1 WHERE id = :i",
        soci::use(now), soci::use(old);
  }
  return before->case_id;
}

std::vector<Notice> DecisionStore::notices(long long case_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<Notice> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << std::string(kSelectNotice) + " WHERE case_id = :c ORDER BY id", soci::use(case_id));
    for (const auto& r : rows) out.push_back(notice_from(r));
    return out;
  });
}

Result<long long> DecisionStore::insert_notice(work::UnitOfWork& unit, const Notice& n) {
  const std::string now = now_iso();
  const long long by = unit.actor().user_id;
  long long id = 0;
  unit.sql() << "INSERT INTO case_notices (case_id, kind, sent_on, recipient, start_date, length_months, place, "
                "hours_per_day, days_per_week, interruption_reason, interruption_date, created_by, created_at, "
                "description, interruption_code) VALUES (:c, :k, :s, :r, :sd, :lm, :p, :h, :d, :ir, :id, :cb, :ca, "
                ":de, :ic) RETURNING id",
      soci::use(n.case_id), soci::use(n.kind), soci::use(n.sent_on), soci::use(n.recipient), soci::use(n.start_date),
      soci::use(n.length_months), soci::use(n.place), soci::use(n.hours_per_day), soci::use(n.days_per_week),
      soci::use(n.interruption_reason), soci::use(n.interruption_date), soci::use(by), soci::use(now),
      soci::use(n.description), soci::use(n.interruption_code), soci::into(id);
  return id;
}

std::vector<AwaitingDecision> DecisionStore::awaiting_decision(const std::vector<long long>& organisation_ids,
                                                               const std::string& today) {
  if (organisation_ids.empty()) return {};
  const std::string text =
      "SELECT c.id, c.client_id, cl.first_names || ' ' || cl.last_name, c.organisation_id, c.plan_date, "
      "c.plan_start_date, COALESCE(m.instructors_may_decide, 0) FROM cases_view c "
      "JOIN clients_view cl ON cl.id = c.client_id LEFT JOIN process_models_view m ON m.region_id = c.region_id "
      "WHERE c.organisation_id IN (" +
      db::placeholders("o", organisation_ids.size()) +
      ") "
      "AND c.stage IN ('plan', 'start') AND c.has_plan = 1 AND NOT EXISTS (SELECT 1 FROM decisions d "
      "WHERE d.case_id = c.id AND d.status = 'signed' AND d.end_date >= :t) ORDER BY c.id";
  return db_.read([&](soci::session& sql) {
    std::vector<AwaitingDecision> out;
    db::each_row(sql, text, db::ids_and_day(organisation_ids, today), [&](const soci::row& r) {
      db::Cursor k(r);
      AwaitingDecision a;
      a.case_id = k.id();
      a.client_id = k.id();
      a.client_name = k.text();
      a.organisation_id = k.id();
      a.plan_date = k.text();
      a.plan_start_date = k.text();
      a.instructors_may_decide = k.flag();
      out.push_back(std::move(a));
    });
    return out;
  });
}

std::optional<Notice> DecisionStore::notice(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Notice> {
    soci::rowset<soci::row> rows = (sql.prepare << std::string(kSelectNotice) + " WHERE id = :i", soci::use(id));
    for (const auto& r : rows) return notice_from(r);
    return std::nullopt;
  });
}

documents::Letterhead DecisionStore::letterhead(long long organisation_id) {
  return documents::Letterheads(db_).of(organisation_id);
}

std::string DecisionStore::identity_code(long long client_id) {
  return db_.read([&](soci::session& sql) {
    std::string code;
    soci::indicator ind = soci::i_ok;
    sql << "SELECT personal_identity_code FROM client_identities_view WHERE id = :c", soci::use(client_id),
        soci::into(code, ind);
    return ind == soci::i_ok ? code : std::string();
  });
}

void DecisionStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(unit, client_id,
                        {"DELETE FROM case_notices WHERE case_id IN (SELECT id FROM cases_view WHERE client_id = :c)",
                         "DELETE FROM decisions WHERE case_id IN (SELECT id FROM cases_view WHERE client_id = :c)"});
}

}  // namespace polku::decisions
