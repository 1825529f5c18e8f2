#include "cases/case_store.hpp"

#include "cases/case_participants.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::cases {
namespace {

constexpr const char* kSelectCase =
    "SELECT c.id, c.client_id, cl.first_names || ' ' || cl.last_name, cl.preferred_language, c.organisation_id, "
    // Own production: the place of the case's latest booking is the organisation's own.
    "COALESCE((SELECT CASE WHEN p.host_organisation_id = c.organisation_id THEN 1 ELSE 0 END "
    "FROM bookings_view b JOIN places_view p ON p.id = b.place_id WHERE b.case_id = c.id "
    "ORDER BY b.start_date DESC, b.id DESC LIMIT 1), 0), c.region_id, c.service_type, c.stage, c.status, "
    "c.stage_since, c.interruption_reason, "
    "c.referral_source, c.referral_referrer_name, c.referral_order_text, c.referral_date, "
    "c.assessment_criteria, c.assessment_outcome, c.assessment_author_id, COALESCE(ua.display_name, ''), "
    "c.assessment_date, c.plan_kind, c.plan_date, c.plan_external_reference, c.plan_tasks_and_place, "
    "c.plan_hours_per_day, c.plan_days_per_week, c.plan_start_date, c.plan_length_months, c.plan_other_services, "
    "c.plan_goal, c.plan_support_and_guidance, c.plan_evaluation_date, c.end_reason, c.end_date, "
    "c.end_interruption_reason, c.end_acceptable_reason, c.end_notify_employment_authority, "
    "c.follow_up_category, c.follow_up_none_reason, c.follow_up_description, c.version, c.created_at, "
    "c.updated_at, COALESCE(ow.display_name, '') FROM cases c JOIN clients_view cl ON cl.id = c.client_id "
    "LEFT JOIN users_view ua ON ua.id = c.assessment_author_id LEFT JOIN users_view ow ON ow.id = cl.own_worker_id "
    "WHERE c.id = :i";

// Reads columns left to right.
Case case_from(const soci::row& r) {
  db::Cursor k(r);
  Case c;
  c.id = k.id();
  c.client_id = k.id();
  c.client_name = k.text();
  c.client_language = k.text();
  c.organisation_id = k.id();
  c.own_production = k.flag();
  c.region_id = k.opt_id();
  c.service_type = k.text();
  c.stage = k.text();
  c.status = k.text();
  c.stage_since = k.text();
  c.interruption_reason = k.text();
  Referral ref{k.text(), k.text(), k.text(), k.text()};
  if (!ref.source.empty()) c.referral = ref;
  Assessment a;
  a.criteria = k.text();
  a.outcome = k.text();
  a.author_id = k.id();
  a.author_name = k.text();
  a.date = k.text();
  if (!a.outcome.empty()) c.assessment = a;
  Plan p;
  p.kind = k.text();
  p.date = k.text();
  p.external_reference = k.text();
  p.tasks_and_place = k.text();
  p.hours_per_day = k.number();
  p.days_per_week = k.number();
  p.start_date = k.text();
  p.length_months = k.number();
  p.other_services = k.text();
  p.goal = k.text();
  p.support_and_guidance = k.text();
  p.evaluation_date = k.text();
  if (!p.kind.empty()) c.plan = p;
  End e;
  e.reason = k.text();
  e.date = k.text();
  e.interruption_reason = k.text();
  e.acceptable_reason = k.flag();
  e.notify_employment_authority = k.flag();
  if (!e.reason.empty()) c.end = e;
  FollowUp f{k.text(), k.text(), k.text()};
  if (!f.category.empty()) c.follow_up = f;
  c.version = k.id();
  c.created_at = k.text();
  c.updated_at = k.text();
  c.own_worker_name = k.text();
  return c;
}

}  // namespace

std::optional<Error> touch_case(work::UnitOfWork& unit, long long case_id, std::optional<long long> version,
                                const std::string& action, const std::string& detail, const std::string& from_stage,
                                const std::string& to_stage) {
  auto& sql = unit.sql();
  const std::string now = now_iso();
  long long affected = 0;
  if (version) {
    long long v = *version;
    soci::statement st = (sql.prepare << "UPDATE cases SET version = version + 1, updated_at = :u "
                                         "WHERE id = :i AND version = :v",
                          soci::use(now), soci::use(case_id), soci::use(v));
    st.execute(true);
    affected = st.get_affected_rows();
  } else {
    soci::statement st = (sql.prepare << "UPDATE cases SET version = version + 1, updated_at = :u WHERE id = :i",
                          soci::use(now), soci::use(case_id));
    st.execute(true);
    affected = st.get_affected_rows();
  }
  if (affected == 0) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM cases WHERE id = :i", soci::use(case_id), soci::into(n);
    return n == 0 ? Error::not_found() : Error::make(ErrorCode::kConflict, "stale_version");
  }
  sql << "INSERT INTO case_events (case_id, at, user_id, action, from_stage, to_stage, detail) "
         "VALUES (:c, :a, :u, :ac, :f, :t, :d)",
      soci::use(case_id), soci::use(now), soci::use(unit.actor().user_id), soci::use(action), soci::use(from_stage),
      soci::use(to_stage), soci::use(detail);
  long long client_id = 0;
  sql << "SELECT client_id FROM cases WHERE id = :i", soci::use(case_id), soci::into(client_id);
  unit.wrote_client_data(client_id);
  unit.audit(client_id, "update",
             "case " + std::to_string(case_id) + " " + action + (detail.empty() ? "" : " " + detail));
  return std::nullopt;
}

std::optional<Error> CaseStore::record_change(work::UnitOfWork& unit, long long case_id, const std::string& action,
                                              const std::string& detail) {
  return touch_case(unit, case_id, std::nullopt, action, detail);
}

std::optional<Case> CaseStore::find(long long id) {
  auto found = db_.read([&](soci::session& sql) -> std::optional<Case> {
    std::optional<Case> c;
    {
      soci::rowset<soci::row> rows = (sql.prepare << kSelectCase, soci::use(id));
      for (const auto& r : rows) c = case_from(r);
    }
    if (c) c->participants = participants_of(sql, id);
    return c;
  });
  if (!found) return found;
  return found;
}

std::vector<StartingCase> CaseStore::starting(const std::vector<long long>& organisation_ids,
                                              const std::string& today) {
  if (organisation_ids.empty()) return {};
  const std::string text =
      "SELECT c.id, c.client_id, cl.first_names || ' ' || cl.last_name, c.organisation_id, cl.own_worker_id, "
      "c.plan_start_date, COALESCE((SELECT MIN(g.start_date) FROM client_agreements_view g WHERE g.client_id = "
      "c.client_id AND (g.end_date = '' OR g.end_date >= :t)), '') FROM cases c JOIN clients_view cl ON cl.id = "
      "c.client_id WHERE c.organisation_id IN (" +
      db::placeholders("o", organisation_ids.size()) +
      ") AND c.stage = 'start' AND c.status <> 'interrupted' ORDER BY c.id";
  return db_.read([&](soci::session& sql) {
    std::vector<StartingCase> out;
    db::each_row(sql, text, db::ids_and_day(organisation_ids, today), [&](const soci::row& r) {
      db::Cursor k(r);
      StartingCase c;
      c.case_id = k.id();
      c.client_id = k.id();
      c.client_name = k.text();
      c.organisation_id = k.id();
      c.own_worker_id = k.opt_id();
      c.plan_start_date = k.text();
      c.agreed_start_date = k.text();
      out.push_back(std::move(c));
    });
    return out;
  });
}

std::vector<CaseSummary> CaseStore::list(const CaseFilter& filter, int limit) {
  const auto& managed = filter.participant_manager_organisations;
  const auto& coached = filter.participant_coach_organisations;
  if (filter.organisation_ids.empty() && managed.empty() && coached.empty()) return {};
  return db_.read([&](soci::session& sql) {
    std::string text =
        "SELECT c.id, c.client_id, cl.first_names || ' ' || cl.last_name, c.organisation_id, c.region_id, "
        "c.service_type, c.stage, c.status, c.stage_since, c.version, c.updated_at, c.end_date, "
        "c.follow_up_category, (SELECT MAX(d.end_date) FROM signed_decisions_view d WHERE d.case_id = c.id), "
        "COALESCE(ow.display_name, ''), COALESCE((SELECT u.display_name FROM case_participants p JOIN users_view u "
        "ON u.id = p.coach_user_id WHERE p.case_id = c.id ORDER BY p.id LIMIT 1), '') FROM cases c "
        "JOIN clients_view cl ON cl.id = c.client_id LEFT JOIN users_view ow ON ow.id = cl.own_worker_id WHERE (";
    std::vector<std::string> whose;
    if (!filter.organisation_ids.empty()) {
      whose.push_back("c.organisation_id IN (" + db::placeholders("o", filter.organisation_ids.size()) + ")");
    }
    if (!managed.empty()) {
      whose.push_back(
          "EXISTS (SELECT 1 FROM case_participants p WHERE p.case_id = c.id AND "
          "p.provider_organisation_id IN (" +
          db::placeholders("m", managed.size()) + "))");
    }
    if (!coached.empty()) {
      whose.push_back(
          "EXISTS (SELECT 1 FROM case_participants p WHERE p.case_id = c.id AND p.coach_user_id = :pu "
          "AND p.provider_organisation_id IN (" +
          db::placeholders("k", coached.size()) + "))");
    }
    for (std::size_t i = 0; i < whose.size(); ++i) text += (i ? " OR " : "") + whose[i];
    text += ")";
    if (filter.client_id) text += " AND c.client_id = :cl";
    if (!filter.stage.empty()) text += " AND c.stage = :st";
    if (filter.own_worker_id) text += " AND cl.own_worker_id = :w";
    text += " ORDER BY c.id DESC LIMIT :l";
    soci::statement st(sql);
    soci::row row;
    st.exchange(soci::into(row));
    db::bind_list(st, filter.organisation_ids, "o");
    db::bind_list(st, managed, "m");
    long long participant = filter.participant_user_id;
    if (!coached.empty()) {
      st.exchange(soci::use(participant, "pu"));
      db::bind_list(st, coached, "k");
    }
    long long client = filter.client_id.value_or(0);
    long long worker = filter.own_worker_id.value_or(0);
    if (filter.client_id) st.exchange(soci::use(client, "cl"));
    if (!filter.stage.empty()) st.exchange(soci::use(filter.stage, "st"));
    if (filter.own_worker_id) st.exchange(soci::use(worker, "w"));
    st.exchange(soci::use(limit, "l"));
    st.alloc();
    st.prepare(text);
    st.define_and_bind();
    st.execute();
    std::vector<CaseSummary> out;
    while (st.fetch()) {
      db::Cursor k(row);
      CaseSummary s;
      s.id = k.id();
      s.client_id = k.id();
      s.client_name = k.text();
      s.organisation_id = k.id();
      s.region_id = k.opt_id();
      s.service_type = k.text();
      s.stage = k.text();
      s.status = k.text();
      s.stage_since = k.text();
      s.version = k.id();
      s.updated_at = k.text();
      s.end_date = k.text();
      s.has_follow_up = !k.text().empty();
      s.decision_end_date = k.text();
      s.own_worker_name = k.text();
      s.coach_name = k.text();
      out.push_back(std::move(s));
    }
    return out;
  });
}

Result<long long> CaseStore::create(work::UnitOfWork& unit, long long client_id, const std::string& service_type,
                                    std::optional<long long> region_id) {
  auto& sql = unit.sql();
  long long id = 0;
  long long organisation_id = 0;
  sql << "SELECT organisation_id FROM clients_view WHERE id = :c", soci::use(client_id), soci::into(organisation_id);
  if (!sql.got_data()) return Error::invalid({{"clientId", "reference_missing"}});
  if (region_id) {
    int n = 0;
    long long region = *region_id;
    sql << "SELECT COUNT(*) FROM regions_view WHERE id = :r AND organisation_id = :o", soci::use(region),
        soci::use(organisation_id), soci::into(n);
    if (n == 0) return Error::invalid({{"regionId", "invalid_choice"}});
  }
  int open = 0;
  sql << "SELECT COUNT(*) FROM cases WHERE client_id = :c AND service_type = :t AND stage <> 'closed'",
      soci::use(client_id), soci::use(service_type), soci::into(open);
  if (open > 0) return Error::make(ErrorCode::kConflict, "case_already_open");
  const std::string now = now_iso();
  long long region = region_id.value_or(0);
  soci::indicator region_ind = region_id ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO cases (client_id, organisation_id, region_id, service_type, stage, status, stage_since, "
         "created_at, updated_at) VALUES (:c, :o, :r, :t, 'referral', 'active', :s, :ca, :ua) RETURNING id",
      soci::use(client_id), soci::use(organisation_id), soci::use(region, region_ind), soci::use(service_type),
      soci::use(now), soci::use(now), soci::use(now), soci::into(id);
  const std::string action = "created";
  const std::string to = "referral";
  const std::string empty;
  sql << "INSERT INTO case_events (case_id, at, user_id, action, from_stage, to_stage, detail) "
         "VALUES (:c, :a, :u, :ac, :f, :t, :d)",
      soci::use(id), soci::use(now), soci::use(unit.actor().user_id), soci::use(action), soci::use(empty),
      soci::use(to), soci::use(service_type);
  unit.wrote_client_data(client_id);
  unit.audit(client_id, "create", "case " + std::to_string(id) + " " + service_type);
  return id;
}

Result<Unit> CaseStore::save_referral(work::UnitOfWork& unit, long long id, long long version, const Referral& r) {
  auto& sql = unit.sql();
  if (auto e = touch_case(unit, id, version, "referral")) return *e;
  sql << "UPDATE cases SET referral_source = :s, referral_referrer_name = :n, referral_order_text = :o, "
         "referral_date = :d WHERE id = :i",
      soci::use(r.source), soci::use(r.referrer_name), soci::use(r.order_text), soci::use(r.date), soci::use(id);
  return Unit{};
}

Result<Unit> CaseStore::save_assessment(work::UnitOfWork& unit, long long id, long long version, const Assessment& a) {
  auto& sql = unit.sql();
  if (auto e = touch_case(unit, id, version, "assessment", a.outcome)) return *e;
  sql << "UPDATE cases SET assessment_criteria = :c, assessment_outcome = :o, assessment_author_id = :a, "
         "assessment_date = :d WHERE id = :i",
      soci::use(a.criteria), soci::use(a.outcome), soci::use(a.author_id), soci::use(a.date), soci::use(id);
  return Unit{};
}

Result<Unit> CaseStore::save_plan(work::UnitOfWork& unit, long long id, long long version, const Plan& p) {
  auto& sql = unit.sql();
  if (auto e = touch_case(unit, id, version, "plan", p.kind)) return *e;
  sql << "UPDATE cases SET plan_kind = :k, plan_date = :d, plan_external_reference = :x, "
         "plan_tasks_and_place = :tp, plan_hours_per_day = :h, plan_days_per_week = :dw, plan_start_date = :sd, "
         "plan_length_months = :lm, plan_other_services = :os, plan_goal = :g, plan_support_and_guidance = :sg, "
         "plan_evaluation_date = :ed WHERE id = :i",
      soci::use(p.kind), soci::use(p.date), soci::use(p.external_reference), soci::use(p.tasks_and_place),
      soci::use(p.hours_per_day), soci::use(p.days_per_week), soci::use(p.start_date), soci::use(p.length_months),
      soci::use(p.other_services), soci::use(p.goal), soci::use(p.support_and_guidance), soci::use(p.evaluation_date),
      soci::use(id);
  return Unit{};
}

Result<Unit> CaseStore::save_end(work::UnitOfWork& unit, long long id, long long version, const End& x) {
  auto& sql = unit.sql();
  if (auto e = touch_case(unit, id, version, "end", x.reason)) return *e;
  int acceptable = x.acceptable_reason ? 1 : 0;
  int notify = x.notify_employment_authority ? 1 : 0;
  sql << "UPDATE cases SET end_reason = :r, end_date = :d, end_interruption_reason = :ir, "
         "end_acceptable_reason = :a, end_notify_employment_authority = :n WHERE id = :i",
      soci::use(x.reason), soci::use(x.date), soci::use(x.interruption_reason), soci::use(acceptable),
      soci::use(notify), soci::use(id);
  return Unit{};
}

Result<Unit> CaseStore::save_follow_up(work::UnitOfWork& unit, long long id, long long version, const FollowUp& f) {
  auto& sql = unit.sql();
  if (auto e = touch_case(unit, id, version, "follow_up", f.category)) return *e;
  sql << "UPDATE cases SET follow_up_category = :c, follow_up_none_reason = :n, follow_up_description = :d "
         "WHERE id = :i",
      soci::use(f.category), soci::use(f.none_reason), soci::use(f.description), soci::use(id);
  return Unit{};
}

Result<Unit> CaseStore::move_stage(work::UnitOfWork& unit, long long id, long long version, const std::string& from,
                                   const std::string& to) {
  auto& sql = unit.sql();
  if (auto e = touch_case(unit, id, version, "transition", {}, from, to)) return *e;
  const std::string now = now_iso();
  sql << "UPDATE cases SET stage = :s, stage_since = :n WHERE id = :i", soci::use(to), soci::use(now), soci::use(id);
  return Unit{};
}

Result<Unit> CaseStore::set_interrupted(work::UnitOfWork& unit, long long id, long long version, bool interrupted,
                                        const std::string& reason) {
  auto& sql = unit.sql();
  if (auto e = touch_case(unit, id, version, interrupted ? "interrupted" : "resumed", reason)) return *e;
  const std::string status = interrupted ? "interrupted" : "active";
  const std::string kept = interrupted ? reason : std::string();
  sql << "UPDATE cases SET status = :s, interruption_reason = :r WHERE id = :i", soci::use(status), soci::use(kept),
      soci::use(id);
  return Unit{};
}

std::vector<TimelineEntry> CaseStore::timeline(long long id) {
  return db_.read([&](soci::session& sql) {
    std::vector<TimelineEntry> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT e.id, e.at, e.user_id, COALESCE(u.display_name, ''), e.action, e.from_stage, "
                        "e.to_stage, e.detail FROM case_events e LEFT JOIN users_view u ON u.id = e.user_id "
                        "WHERE e.case_id = :c ORDER BY e.id",
         soci::use(id));
    for (const auto& r : rows) {
      db::Cursor k(r);
      TimelineEntry t;
      t.id = k.id();
      t.at = k.text();
      t.user_id = k.id();
      t.user_name = k.text();
      t.action = k.text();
      t.from_stage = k.text();
      t.to_stage = k.text();
      t.detail = k.text();
      out.push_back(std::move(t));
    }
    return out;
  });
}

std::vector<retention::CaseFacts> CaseStore::retention_facts() {
  return db_.read([](soci::session& sql) {
    std::vector<retention::CaseFacts> out;
    soci::rowset<soci::row> rows = sql.prepare << "SELECT client_id, stage, end_date FROM cases ORDER BY id";
    for (const auto& row : rows) {
      const bool closed = stage_index(db::text_at(row, 1)) >= stage_index("end");
      out.push_back({db::int_at(row, 0), closed ? db::text_at(row, 2) : std::string()});
    }
    return out;
  });
}

void CaseStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(unit, client_id,
                        {"DELETE FROM case_events WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
                         "DELETE FROM case_participants WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
                         "DELETE FROM cases WHERE client_id = :c"});
}

}  // namespace polku::cases
