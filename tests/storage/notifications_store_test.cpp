// A notice and its e-mail commit with the unit that tells of it or not at all; claims of the outbox give
// each message to one sender only, also with two senders at once and after a sender died.
#include <mutex>
#include <set>
#include <thread>

#include "storage/notifications_world.hpp"

namespace polku {
namespace {

using notifications::Delivery;
using notifications::OutboxMessage;
using notifications::Sender;
using storage_test::count_rows;

class NotificationsStoreTest : public storage_test::NotificationsTest {};

TEST_P(NotificationsStoreTest, ANoticeInAUnitThatRollsBackLeavesNeitherTheNotificationNorItsEmail) {
  const long long instructor = user("ohjaaja", "ohjaaja@example.fi");
  auto refused = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<bool> {
    notifier_.notify(unit, absence(instructor));
    return Error::make(ErrorCode::kConflict, "stale_version");  // the attendance was refused
  });
  ASSERT_FALSE(refused.ok());
  EXPECT_THROW(transactor_.run(actor_,
                               [&](work::UnitOfWork& unit) -> Result<bool> {
                                 notifier_.notify(unit, absence(instructor));
                                 throw std::runtime_error("the attendance write failed");
                               }),
               std::runtime_error);
  EXPECT_EQ(count_rows(db(), "notifications"), 0);
  EXPECT_EQ(count_rows(db(), "outbox"), 0);
}

TEST_P(NotificationsStoreTest, ANoticeThatCommitsLeavesTheNotificationAndItsEmailDue) {
  const long long instructor = user("ohjaaja", "ohjaaja@example.fi", "sv");
  notify(absence(instructor));
  ASSERT_EQ(count_rows(db(), "notifications"), 1);
  ASSERT_EQ(count_rows(db(), "outbox"), 1);
  auto list = store_.list(instructor, 10);
  ASSERT_EQ(list.size(), 1U);
  EXPECT_EQ(list[0].kind, "absence_without_notice");
  EXPECT_EQ(list[0].link, "/cases/12#attendance");
  EXPECT_EQ(list[0].params.at("placeName").as_string(), "Testikylän kierrätyskeskus");
  EXPECT_EQ(list[0].read_at, "");
  const long long mail = only_outbox_id();
  EXPECT_EQ(outbox_text("recipient", mail), "ohjaaja@example.fi");
  EXPECT_EQ(outbox_text("language", mail), "sv");
  EXPECT_EQ(outbox_text("status", mail), "pending");
  EXPECT_EQ(outbox_text("subject", mail), "Polku: frånvaro utan anmälan 5.3.2027");
  EXPECT_NE(outbox_text("body", mail).find("https://polku.example.fi/cases/12#attendance"), std::string::npos);
  EXPECT_EQ(outbox_number("attempts", mail), 0);
}

TEST_P(NotificationsStoreTest, AUserWithoutAnAddressOrAskedNotToBeMailedIsToldInTheAppOnly) {
  const long long without = user("osoitteeton", "");
  notify(absence(without));
  auto quiet = absence(user("hiljainen", "hiljainen@example.fi"));
  quiet.email = false;
  notify(quiet);
  EXPECT_EQ(count_rows(db(), "notifications"), 2);
  EXPECT_EQ(count_rows(db(), "outbox"), 0);
}

TEST_P(NotificationsStoreTest, AUserMarksOnlyTheirOwnNotificationsRead) {
  const long long mine = user("ohjaaja", ""), theirs = user("toinen", "");
  notify(absence(mine), 2);
  notify(absence(theirs));
  const long long their_id = store_.list(theirs, 10).at(0).id;
  auto marked = transactor_.run(
      actor_, [&](work::UnitOfWork& unit) -> Result<bool> { return store_.mark_read(unit, their_id, mine); });
  ASSERT_TRUE(marked.ok());
  EXPECT_FALSE(*marked);
  EXPECT_EQ(store_.unread_count(theirs), 1);
  auto all = transactor_.run(
      actor_, [&](work::UnitOfWork& unit) -> Result<long long> { return store_.mark_all_read(unit, mine); });
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(*all, 2);
  EXPECT_EQ(store_.unread_count(mine), 0);
  EXPECT_EQ(store_.unread_count(theirs), 1);
}

// Two nodes: each its own connection pool and its own sender, claiming from one database at once.
TEST_P(NotificationsStoreTest, TwoSendersAtOnceDeliverEachOf200MessagesExactlyOnce) {
  const long long instructor = user("ohjaaja", "ohjaaja@example.fi");
  notify(absence(instructor), 200);
  ASSERT_EQ(count_rows(db(), "outbox", "status = 'pending'"), 200);

  std::mutex mutex;
  std::multiset<long long> delivered;
  std::map<std::string, int> by_node;
  auto deliver_as = [&](const std::string& node) {
    return [&, node](const OutboxMessage& m) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));  // a delivery takes a while: claims interleave
      std::lock_guard lock(mutex);
      delivered.insert(m.id);
      ++by_node[node];
      return Delivery{true, false, ""};
    };
  };
  db::Database other_node(t_.url(), 2);
  audit::AuditLog other_audit(other_node);
  work::Transactor other_transactor(other_node, other_audit);
  Sender a(transactor_, deliver_as("a"), {.node = "a", .batch = 7});
  Sender b(other_transactor, deliver_as("b"), {.node = "b", .batch = 7});
  auto drain = [](Sender& s) {
    while (s.run_once(now_ms()).claimed > 0) {
    }
  };
  std::thread ta([&] { drain(a); }), tb([&] { drain(b); });
  ta.join();
  tb.join();

  EXPECT_EQ(delivered.size(), 200U);
  EXPECT_EQ(std::set<long long>(delivered.begin(), delivered.end()).size(), 200U) << "a message was sent twice";
  EXPECT_GT(by_node["a"], 0);
  EXPECT_GT(by_node["b"], 0);
  EXPECT_EQ(count_rows(db(), "outbox", "status = 'sent' AND attempts = 1 AND claimed_by IS NULL"), 200);
}

TEST_P(NotificationsStoreTest, AClaimOfASenderThatDiedLapsesToAnotherAndTheLateResultIsNotRecorded) {
  notify(absence(user("ohjaaja", "ohjaaja@example.fi")));
  notifications::OutboxStore outbox;
  const long long t0 = now_ms();
  auto claim = [&](const std::string& who, long long at) {
    auto r = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<std::vector<OutboxMessage>> {
      return outbox.claim(unit, who, iso_from_ms(at), iso_from_ms(at + 60'000), 10);
    });
    return r.ok() ? r->size() : 99;
  };
  EXPECT_EQ(claim("dead", t0), 1U);
  EXPECT_EQ(claim("alive", t0 + 30'000), 0U);  // the lease holds
  EXPECT_EQ(claim("alive", t0 + 61'000), 1U);  // lapsed: claimed again, a second attempt
  const long long id = only_outbox_id();
  EXPECT_EQ(outbox_number("attempts", id), 2);
  auto late = transactor_.run(
      actor_, [&](work::UnitOfWork& unit) -> Result<bool> { return outbox.sent(unit, id, "dead", now_iso()); });
  ASSERT_TRUE(late.ok());
  EXPECT_FALSE(*late);
  EXPECT_EQ(outbox_text("status", id), "sending");
  EXPECT_EQ(outbox_text("claimed_by", id), "alive");
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationsStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
