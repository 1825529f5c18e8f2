#include "cases/demo_cases.hpp"

#include <stdexcept>

#include "cases/case_rules.hpp"
#include "cases/case_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::cases {
namespace {

template <typename T>
T must(Result<T> r, const char* what) {
  if (!r) throw std::runtime_error(std::string("demo cases: ") + what + ": " + r.error().message_key);
  return std::move(r.value());
}

long long user_id(db::Database& db, const std::string& username) {
  long long id = 0;
  db.read([&](soci::session& sql) {
    sql << "SELECT id FROM users_view WHERE username = :u", soci::use(username), soci::into(id);
  });
  if (id == 0) throw std::runtime_error("demo cases: no user " + username);
  return id;
}

// The demo county's clients, oldest first.
std::vector<long long> demo_clients(db::Database& db, long long worker_id) {
  std::vector<long long> out;
  db.read([&](soci::session& sql) {
    soci::rowset<long long> rows =
        (sql.prepare << "SELECT c.id FROM clients_view c JOIN active_roles_view r ON r.organisation_id = c.organisation_id "
                        "WHERE r.user_id = :u ORDER BY c.id",
         soci::use(worker_id));
    for (long long id : rows) out.push_back(id);
  });
  return out;
}

// A case the demo walks through its stages as `user`, each change in its own unit of work.
class DemoCase {
  template <typename F>
  auto change(long long user, F&& write) {
    return transactor_.run(work::Actor{user, "polku seed-demo", "seed-demo"}, std::forward<F>(write));
  }

 public:
  DemoCase(CaseStore& store, work::Transactor& transactor, long long client, const char* type, long long user)
      : store_(store), transactor_(transactor), user_(user) {
    id_ = must(change(user_, [&](work::UnitOfWork& u) { return store_.create(u, client, type, std::nullopt); }),
               "case");
  }

  DemoCase& referral(const char* source, const char* order) {
    const Referral r{source, "Työllisyyspalvelut", order, add_days(today_, -60)};
    must(change(user_, [&](work::UnitOfWork& u) { return store_.save_referral(u, id_, version(), r); }), "referral");
    return *this;
  }
  DemoCase& assessment(long long author) {
    const Assessment a{"Pitkään jatkunut työttömyys, tarve vahvistaa arjen rytmiä", "service_needed", author, "",
                       add_days(today_, -50)};
    must(change(author, [&](work::UnitOfWork& u) { return store_.save_assessment(u, id_, version(), a); }),
         "assessment");
    return *this;
  }
  DemoCase& plan(const char* kind) {
    Plan p;
    p.kind = kind;
    p.date = add_days(today_, -40);
    p.tasks_and_place = "Kierrätyskeskus: lajittelu ja myymälätyöt";
    p.hours_per_day = 4;
    p.days_per_week = 3;
    p.start_date = add_days(today_, -30);
    p.length_months = 6;
    p.goal = "Päivärytmin vakiintuminen ja työelämätaitojen vahvistuminen";
    p.support_and_guidance = "Työvalmentajan ohjaus viikoittain";
    p.evaluation_date = add_months(today_, 3);
    must(change(user_, [&](work::UnitOfWork& u) { return store_.save_plan(u, id_, version(), p); }), "plan");
    return *this;
  }
  DemoCase& end(const End& e) {
    must(change(user_, [&](work::UnitOfWork& u) { return store_.save_end(u, id_, version(), e); }), "end");
    return *this;
  }
  DemoCase& to(const char* stage) {
    auto now = store_.find(id_);
    must(change(user_, [&](work::UnitOfWork& u) { return store_.move_stage(u, id_, now->version, now->stage, stage); }),
         stage);
    return *this;
  }
  long long id() const { return id_; }
  long long version() { return store_.find(id_)->version; }

 private:
  CaseStore& store_;
  work::Transactor& transactor_;
  long long user_;
  long long id_ = 0;
  std::string today_ = today_helsinki();
};

// The terms leena decides; the service adds the legal basis, language and appeal text.
DecisionInput decision(const std::string& start, const std::string& end, int days, int hours) {
  DecisionInput d;
  d.start_date = start;
  d.end_date = end;
  d.days_per_week_max = days;
  d.hours_per_day_max = hours;
  d.decision_date = add_days(start, -7);
  return d;
}

Notice start_notice(const char* kind, const char* recipient, const std::string& start) {
  Notice n;
  n.kind = kind;
  n.sent_on = add_days(start, -5);
  n.recipient = recipient;
  n.start_date = start;
  n.length_months = 6;
  n.place = "Rantakylän kierrätyskeskus";
  n.hours_per_day = 4;
  n.days_per_week = 3;
  return n;
}

}  // namespace

void seed_demo_cases(db::Database& db, work::Transactor& transactor, decisions::DecisionService& decisions,
                     const Caller& sanna_acts, const Caller& leena_acts) {
  const long long sanna = user_id(db, "sanna");
  const long long leena = user_id(db, "leena");
  const auto clients = demo_clients(db, sanna);
  if (clients.size() < 5) throw std::runtime_error("demo cases: the demo clients are missing");
  CaseStore store(db);
  const std::string today = today_helsinki();
  const std::string started = add_days(today, -30);

  // Going to implementation: everything in place; the decision for six months, as its period runs.
  DemoCase working(store, transactor, clients[0], "ktt", sanna);
  working.referral("employment_services", "Kuntouttava työtoiminta 6 kk, 3 pv/vko").assessment(leena).to("assessment");
  working.to("plan").plan("activation_plan").to("start");
  auto d = must(decisions.create(leena_acts, working.id(), decision(started, add_days(add_months(started, 6), -1), 3, 4)), "decision");
  must(decisions.sign(leena_acts, d.id, d.version), "sign");
  must(decisions.add_notice(sanna_acts, working.id(), start_notice("shop_steward", "Pääluottamusmies", started)),
       "notice");
  must(decisions.add_notice(sanna_acts, working.id(),
                            start_notice("employment_authority_start", "Työllisyyspalvelut", started)),
       "notice");
  // Moved to implementation by app::seed_demo once its place and client agreement are in force.

  // Waiting for the service need assessment.
  DemoCase assessing(store, transactor, clients[1], "work_activity", leena);
  assessing.referral("social_services", "Osallisuutta vahvistava työtoiminta").to("assessment");

  // At the start: a draft decision, notices not yet sent.
  DemoCase starting(store, transactor, clients[2], "ktt", sanna);
  starting.referral("multisectoral_service_typ", "TYP:n ohjaama").assessment(leena).to("assessment");
  starting.to("plan").plan("multisectoral_employment_plan").to("start");
  must(decisions.create(leena_acts, starting.id(), decision(add_days(today, 14), add_months(today, 6), 3, 5)),
       "draft decision");

  // A referral that has waited over 30 days.
  DemoCase waiting(store, transactor, clients[3], "ktt", sanna);
  waiting.referral("client_self", "Asiakas hakeutui itse");
  const std::string long_ago = add_days(today, -45) + "T08:00:00.000Z";
  db.write([&](soci::session& sql) {
    long long id = waiting.id();
    sql << "UPDATE cases SET stage_since = :s WHERE id = :i", soci::use(long_ago), soci::use(id);
  });

  // Ended without a follow-up path yet.
  DemoCase ended(store, transactor, clients[4], "day_activity", sanna);
  ended.referral("health_care", "Päivätoiminta").assessment(leena).to("assessment").to("plan").plan("client_plan");
  ended.to("start");
  auto day = must(decisions.create(leena_acts, ended.id(), decision(add_months(today, -6), add_days(today, -10), 2, 4)),
                  "decision");
  must(decisions.sign(leena_acts, day.id, day.version), "sign");
  must(decisions.add_notice(sanna_acts, ended.id(), start_notice("shop_steward", "Pääluottamusmies", add_months(today, -6))),
       "notice");
  ended.to("implementation");
  ended.end({"period_ended", add_days(today, -10), "", true, false}).to("end");

  // A referral from the employment services that came in through the shared intake: nobody has
  // taken the client yet, so the county's manager is asked to name an own worker.
  if (clients.size() > 6) {
    DemoCase intake(store, transactor, clients[6], "ktt", sanna);
    intake.referral("employment_services", "TE-palveluiden ohjaama, kuntouttava työtoiminta");
  }
}

}  // namespace polku::cases
