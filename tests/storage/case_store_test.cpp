// Cases in storage on both databases: lifecycle, one open case per client and
// type, optimistic versions, immutable signed decisions, timeline rows.
#include "cases/case_store.hpp"

#include <gtest/gtest.h>

#include "app/demo_data.hpp"
#include "decisions/decision_store.hpp"
#include "platform/work/unit_of_work.hpp"
#include "cases/process_model_store.hpp"
#include "clients/client_store.hpp"
#include "service_types/service_type_rules.hpp"
#include "service_types/service_type_store.hpp"
#include "storage/store_fixtures.hpp"

namespace polku {
namespace {

using storage_test::expect_error;

using cases::CaseStore;
using decisions::DecisionStore;
using storage_test::count_rows;
using storage_test::make_organisation;
using storage_test::make_user;

class CaseStoreTest : public storage_test::StoreTest {
 protected:
  storage_test::Organisations orgs_{db()};
  audit::AuditLog audit_{db()};
  storage_test::ClientRegistrar clients_{db(), audit_};
  CaseStore store_{db()};
  DecisionStore decisions_{db()};
  work::Transactor transactor_{db(), audit_};
  long long org_ = make_organisation(orgs_, "Hyvinvointialue");
  long long worker_ = make_user(orgs_, "leena", {{org_, "social_worker"}});
  long long client_ = make_client(app::demo_identity_code(13, 10, 1985, 901));

  long long make_client(const std::string& code) {
    auto c = clients_.create(org_, storage_test::client_input("Matti", "Esimerkki", code));
    if (!c) throw std::runtime_error("client: " + c.error().message_key);
    return c->id;
  }

  // A change of the case by the worker in its own unit of work, as the case service makes it.
  template <typename F>
  auto change(F&& write) {
    return transactor_.run(work::Actor{worker_, "PUT /test", "test"}, std::forward<F>(write));
  }

  cases::Case open_case(const std::string& type = "ktt") {
    auto c = change([&](work::UnitOfWork& u) { return store_.create(u, client_, type, std::nullopt); });
    if (!c) throw std::runtime_error("case: " + c.error().message_key);
    return *store_.find(*c);
  }


  cases::Decision draft(const cases::Case& c, std::optional<long long> replaces = std::nullopt) {
    cases::Decision d;
    d.case_id = c.id;
    d.service_type = c.service_type;
    d.data = {"189/2001", "2026-03-01", "2026-08-31", 3, 6, "2026-02-15", replaces, std::nullopt};
    d.decision_maker_id = worker_;
    d.language = "fi";
    d.appeal_instructions = "Oikaisuvaatimusohje";
    auto created = create(d);
    if (!created) throw std::runtime_error("decision: " + created.error().message_key);
    return created.value();
  }

  // A decision's write and its record on the case in one unit, as the decisions service makes them.
  template <typename F>
  Result<cases::Decision> decision_change(long long case_id, const char* action, F&& write) {
    auto id = transactor_.run(work::Actor{worker_, "PUT /test", "test"}, [&](work::UnitOfWork& unit) -> Result<long long> {
      auto written = write(unit);
      if (!written) return written;
      if (auto e = store_.record_change(unit, case_id, action, std::to_string(*written))) return *e;
      return written;
    });
    if (!id) return id.error();
    return *decisions_.find(*id);
  }
  Result<cases::Decision> create(const cases::Decision& d) {
    return decision_change(d.case_id, "decision_created", [&](work::UnitOfWork& u) { return decisions_.insert(u, d); });
  }
  Result<cases::Decision> update(const cases::Decision& d, const cases::DecisionInput& in) {
    return decision_change(d.case_id, "decision_updated", [&](work::UnitOfWork& u) -> Result<long long> {
      if (auto e = decisions_.update(u, d.id, in, worker_)) return *e;
      return d.id;
    });
  }
  Result<cases::Decision> sign(const cases::Decision& d, long long version) {
    return decision_change(d.case_id, "decision_signed", [&](work::UnitOfWork& u) -> Result<long long> {
      auto signed_ = decisions_.sign(u, d.id, version, worker_);
      if (!signed_) return signed_;
      return d.id;
    });
  }
};

TEST_P(CaseStoreTest, ServiceTypesAreSeededWithLimitsInForce) {
  service_types::ServiceTypeStore types(db());
  auto all = types.all();
  ASSERT_EQ(all.size(), 6U);
  EXPECT_EQ(all[0].code, "ktt");
  auto ktt = types.find("ktt");
  ASSERT_TRUE(ktt);
  EXPECT_TRUE(ktt->plan_required);
  EXPECT_TRUE(ktt->absence_sanctionable);
  EXPECT_EQ(ktt->accepted_plan_kinds, (std::vector<std::string>{"activation_plan", "multisectoral_employment_plan"}));
  auto limits = service_types::limits_on(ktt->limits, "2026-11-25");
  ASSERT_TRUE(limits);
  EXPECT_EQ(limits->days_per_week_max, 4);
  EXPECT_EQ(limits->hours_per_day_min, 4);
  EXPECT_FALSE(limits->months_per_decision_max.has_value());
  auto work = types.find("work_activity");
  ASSERT_TRUE(work);
  EXPECT_EQ(service_types::limits_on(work->limits, "2026-11-25")->months_per_decision_max, 3);
  EXPECT_EQ(work->compensation_kind, "work_activity_compensation");
}

TEST_P(CaseStoreTest, CaseLifecycleKeepsRecordsAndMovesStages) {
  auto c = open_case();
  EXPECT_EQ(c.stage, "referral");
  EXPECT_EQ(c.status, "active");
  EXPECT_EQ(c.client_name, "Matti Esimerkki");
  EXPECT_EQ(c.version, 1);
  EXPECT_FALSE(c.referral);

  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.save_referral(u, c.id, 1, {"employment_services", "TE", "Tilaus", "2026-01-05"}); }));
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.move_stage(u, c.id, 2, "referral", "assessment"); }));
  ASSERT_TRUE(
      change([&](work::UnitOfWork& u) { return store_.save_assessment(u, c.id, 3, {"Pitkä työttömyys", "service_needed", worker_, "", "2026-01-20"}); }));
  cases::Plan p;
  p.kind = "activation_plan";
  p.date = "2026-02-01";
  p.hours_per_day = 4;
  p.goal = "Tavoite";
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.save_plan(u, c.id, 4, p); }));
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.save_end(u, c.id, 5, {"interrupted", "2026-05-01", "Ei saapunut", false, true}); }));
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.save_follow_up(u, c.id, 6, {"none", "Muuttaa pois", ""}); }));
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.set_interrupted(u, c.id, 7, true, "Sairausloma"); }));

  auto found = store_.find(c.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->stage, "assessment");
  EXPECT_EQ(found->status, "interrupted");
  EXPECT_EQ(found->interruption_reason, "Sairausloma");
  EXPECT_EQ(found->version, 8);
  ASSERT_TRUE(found->referral);
  EXPECT_EQ(found->referral->order_text, "Tilaus");
  ASSERT_TRUE(found->assessment);
  EXPECT_EQ(found->assessment->author_name, "Käyttäjä leena");
  ASSERT_TRUE(found->plan);
  EXPECT_EQ(found->plan->hours_per_day, 4);
  EXPECT_EQ(found->plan->goal, "Tavoite");
  ASSERT_TRUE(found->end);
  EXPECT_FALSE(found->end->acceptable_reason);
  EXPECT_TRUE(found->end->notify_employment_authority);
  ASSERT_TRUE(found->follow_up);
  EXPECT_EQ(found->follow_up->none_reason, "Muuttaa pois");

  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.set_interrupted(u, c.id, 8, false, ""); }));
  EXPECT_EQ(store_.find(c.id)->status, "active");
}

TEST_P(CaseStoreTest, OneOpenCasePerClientAndServiceType) {
  auto first = open_case("ktt");
  auto again = change([&](work::UnitOfWork& u) { return store_.create(u, client_, "ktt", std::nullopt); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().message_key, "case_already_open");
  EXPECT_TRUE(change([&](work::UnitOfWork& u) { return store_.create(u, client_, "work_activity", std::nullopt); }));

  // Once the first is closed, a new KTT case may open.
  long long version = first.version;
  for (const char* to : {"assessment", "plan", "start", "implementation", "end", "follow_up", "closed"}) {
    auto from = store_.find(first.id)->stage;
    ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.move_stage(u, first.id, version++, from, to); })) << to;
  }
  EXPECT_TRUE(change([&](work::UnitOfWork& u) { return store_.create(u, client_, "ktt", std::nullopt); }));
}

TEST_P(CaseStoreTest, StaleVersionIsAConflictAndChangesNothing) {
  auto c = open_case();
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.save_referral(u, c.id, 1, {"client_self", "", "", "2026-01-05"}); }));
  auto stale = change([&](work::UnitOfWork& u) { return store_.save_referral(u, c.id, 1, {"health_care", "", "", "2026-01-06"}); });
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(store_.find(c.id)->referral->source, "client_self");
  auto moved = change([&](work::UnitOfWork& u) { return store_.move_stage(u, c.id, 1, "referral", "assessment"); });
  ASSERT_FALSE(moved);
  EXPECT_EQ(moved.error().code, ErrorCode::kConflict);
  auto missing = change([&](work::UnitOfWork& u) { return store_.move_stage(u, c.id + 100, 1, "referral", "assessment"); });
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_P(CaseStoreTest, SignedDecisionRefusesEditsAndIsReplacedByANewOne) {
  auto c = open_case();
  auto d = draft(c);
  EXPECT_EQ(d.status, "draft");
  auto edited = d.data;
  edited.days_per_week_max = 4;
  edited.version = d.version;
  auto updated = update(d, edited);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->data.days_per_week_max, 4);

  auto signed_ = sign(d, updated->version);
  ASSERT_TRUE(signed_);
  EXPECT_EQ(signed_->status, "signed");
  EXPECT_FALSE(signed_->signed_at.empty());

  edited.version = signed_->version;
  auto refused = update(d, edited);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message_key, "decision_signed");
  ASSERT_EQ(refused.error().fields.size(), 1U);
  EXPECT_EQ(refused.error().fields[0].code, "decision_signed");
  expect_error(sign(d, signed_->version), ErrorCode::kInvalidInput, {"status"});

  auto replacement = draft(c, d.id);
  ASSERT_TRUE(sign(replacement, replacement.version));
  EXPECT_EQ(decisions_.find(d.id)->status, "replaced");
  EXPECT_EQ(decisions_.find(replacement.id)->status, "signed");
  EXPECT_EQ(decisions_.find(replacement.id)->data.replaces_decision_id, d.id);
  // Only a signed decision of the same case can be replaced.
  cases::Decision bad;
  bad.case_id = c.id;
  bad.service_type = "ktt";
  bad.data = {"189/2001", "2026-03-01", "2026-08-31", 3, 6, "2026-02-15", d.id, std::nullopt};
  bad.decision_maker_id = worker_;
  bad.language = "fi";
  auto not_replaceable = create(bad);
  ASSERT_FALSE(not_replaceable);
  EXPECT_EQ(not_replaceable.error().fields.at(0).field, "replacesDecisionId");
}

TEST_P(CaseStoreTest, EveryChangeLandsOnTheTimeline) {
  auto c = open_case();
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.save_referral(u, c.id, 1, {"client_self", "", "", "2026-01-05"}); }));
  ASSERT_TRUE(change([&](work::UnitOfWork& u) { return store_.move_stage(u, c.id, 2, "referral", "assessment"); }));
  auto d = draft(c);
  ASSERT_TRUE(sign(d, d.version));
  cases::Notice n;
  n.case_id = c.id;
  n.kind = "shop_steward";
  n.sent_on = "2026-02-20";
  n.recipient = "Pääluottamusmies";
  ASSERT_TRUE(transactor_.run(work::Actor{worker_, "POST /test", "test"}, [&](work::UnitOfWork& unit) -> Result<long long> {
    auto id = decisions_.insert_notice(unit, n);
    if (id) store_.record_change(unit, c.id, "notice", n.kind);
    return id;
  }));

  auto timeline = store_.timeline(c.id);
  std::vector<std::string> actions;
  for (const auto& t : timeline) actions.push_back(t.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"created", "referral", "transition", "decision_created",
                                               "decision_signed", "notice"}));
  EXPECT_EQ(timeline[2].from_stage, "referral");
  EXPECT_EQ(timeline[2].to_stage, "assessment");
  EXPECT_EQ(timeline[2].user_name, "Käyttäjä leena");
  EXPECT_FALSE(timeline[0].at.empty());
  EXPECT_EQ(count_rows(db(), "case_events"), 6);
  EXPECT_EQ(store_.find(c.id)->version, 6);  // each change after creation bumped it
  EXPECT_EQ(decisions_.notices(c.id).size(), 1U);
  EXPECT_EQ(decisions_.for_case(c.id).size(), 1U);
}

TEST_P(CaseStoreTest, ListFiltersByOrganisationClientStageAndOwnWorker) {
  auto c = open_case();
  auto filter = [](long long org, std::optional<long long> client, std::string stage,
                   std::optional<long long> own_worker) {
    cases::CaseFilter f;
    f.organisation_ids = {org};
    f.client_id = client;
    f.stage = std::move(stage);
    f.own_worker_id = own_worker;
    return f;
  };
  EXPECT_EQ(store_.list(filter(org_, std::nullopt, "", std::nullopt)).size(), 1U);
  EXPECT_EQ(store_.list(filter(org_, client_, "referral", std::nullopt)).size(), 1U);
  EXPECT_TRUE(store_.list(filter(org_, std::nullopt, "plan", std::nullopt)).empty());
  EXPECT_TRUE(store_.list(filter(org_ + 1, std::nullopt, "", std::nullopt)).empty());
  EXPECT_TRUE(store_.list(filter(org_, std::nullopt, "", worker_)).empty());  // not the client's own worker
  EXPECT_EQ(store_.list(filter(org_, std::nullopt, "", std::nullopt))[0].id, c.id);
}

TEST_P(CaseStoreTest, ProcessModelDefaultsUntilSavedThenVersioned) {
  auto created =
      orgs_.create_organisation(storage_test::organisation_input("Alueellinen", {"purchaser"}, {"Pohjoinen"}));
  ASSERT_TRUE(created);
  const long long region = created->regions.at(0).id;
  cases::ProcessModelStore models(db());
  auto m = models.find(region);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->version, 0);
  EXPECT_EQ(m->roles[0], "social_instructor");
  m->instructors_may_decide = true;
  m->roles[0] = "social_worker";
  auto saved = models.save(*m, 0);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->version, 1);
  EXPECT_TRUE(saved->instructors_may_decide);
  EXPECT_EQ(saved->roles[0], "social_worker");
  auto stale = models.save(*m, 0);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(models.save(*saved, 1));
  EXPECT_FALSE(models.find(region + 1000));
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
