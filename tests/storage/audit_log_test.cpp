#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <set>
#include <thread>

#include "platform/audit/audit_log.hpp"
#include "platform/db/row.hpp"
#include "storage/store_fixtures.hpp"

namespace polku {
namespace {

using storage_test::count_rows;

audit::AuditEvent event(long long user_id, long long client_id, const std::string& request_id,
                        const std::string& action = "read") {
  return audit::AuditEvent{user_id, client_id, action, "GET /api/v1/clients/{id}", request_id, "detail " + request_id};
}

std::vector<long long> stored_ids(db::Database& db) {
  std::vector<long long> ids;
  db.read([&](soci::session& sql) {
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id FROM audit_log ORDER BY id");
    for (const auto& r : rows) ids.push_back(db::int_at(r, 0));
  });
  return ids;
}

std::vector<long long> one_to(long long n) {
  std::vector<long long> out;
  for (long long i = 1; i <= n; ++i) out.push_back(i);
  return out;
}

class AuditLogTest : public storage_test::StoreTest {};

TEST_P(AuditLogTest, EventsRecordedFromEightThreadsAllLandWithContiguousIdsAndAValidChain) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 50;
  audit::AuditLog log(db());
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&log, t] {
        for (int i = 0; i < kPerThread; ++i) log.record(event(t + 1, 100 + t, std::to_string(t) + "-" + std::to_string(i)));
      });
    }
  }
  constexpr long long kTotal = kThreads * kPerThread;
  EXPECT_EQ(stored_ids(db()), one_to(kTotal));
  for (int t = 0; t < kThreads; ++t) {
    auto entries = log.for_client(100 + t);
    ASSERT_EQ(entries.size(), static_cast<std::size_t>(kPerThread));
    // One thread's calls return in order, so its newest record is its last call.
    EXPECT_EQ(entries.front().record.request_id, std::to_string(t) + "-" + std::to_string(kPerThread - 1));
  }
  auto verdict = log.verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at " << verdict.first_broken_id;
}

TEST_P(AuditLogTest, GroupCommitAndInTransactionAppendsFromManyThreadsShareOneChain) {
  audit::AuditLog log(db());
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < 6; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 20; ++i) {
          auto e = event(1, t, std::to_string(t) + "-" + std::to_string(i), "update");
          if (t % 2 == 0) {
            log.record(std::vector<audit::AuditEvent>{e, e});
          } else {
            db().write([&](soci::session& sql) { log.append_in_transaction(sql, {e, e}); });
          }
        }
      });
    }
  }
  EXPECT_EQ(stored_ids(db()), one_to(6 * 20 * 2));
  EXPECT_TRUE(log.verify().ok);
}

TEST_P(AuditLogTest, ForClientReturnsTheNewestFirstWithTheUsersDisplayNames) {
  storage_test::Organisations orgs(db());
  const long long org = storage_test::make_organisation(orgs, "A");
  const long long sanna = storage_test::make_user(orgs, "sanna", {{org, "social_worker"}});
  const long long leena = storage_test::make_user(orgs, "leena", {{org, "manager"}});
  audit::AuditLog log(db());
  log.record(event(sanna, 7, "r1", "create"));
  log.record(event(leena, 8, "r2"));
  log.record({event(leena, 7, "r3"), event(sanna, 7, "r4", "update")});
  log.record(event(0, 7, "r5", "list"));  // no such user: a system action

  auto entries = log.for_client(7);
  struct Expected {
    std::string request_id;
    std::string action;
    long long user_id;
    std::string user_name;
  };
  const std::vector<Expected> expected = {
      {"r5", "list", 0, ""},
      {"r4", "update", sanna, "Käyttäjä sanna"},
      {"r3", "read", leena, "Käyttäjä leena"},
      {"r1", "create", sanna, "Käyttäjä sanna"},
  };
  ASSERT_EQ(entries.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].request_id);
    EXPECT_EQ(entries[i].record.request_id, expected[i].request_id);
    EXPECT_EQ(entries[i].record.action, expected[i].action);
    EXPECT_EQ(entries[i].record.user_id, expected[i].user_id);
    EXPECT_EQ(entries[i].user_name, expected[i].user_name);
    EXPECT_EQ(entries[i].record.client_id, 7);
    EXPECT_EQ(entries[i].record.detail, "detail " + expected[i].request_id);
    EXPECT_FALSE(entries[i].record.at.empty());
  }
  auto limited = log.for_client(7, 2);
  ASSERT_EQ(limited.size(), 2U);
  EXPECT_EQ(limited[1].record.request_id, "r4");
  EXPECT_TRUE(log.for_client(9).empty());
}

TEST_P(AuditLogTest, TamperingWithStoredRowsIsFoundAtTheFirstBrokenRecord) {
  struct Case {
    std::string what;
    std::string sql;
    long long first_broken_id;
  };
  // Five records, ids 1..5.
  const std::vector<Case> cases = {
      {"detail edited", "UPDATE audit_log SET detail = 'nothing to see' WHERE id = 3", 3},
      {"user changed", "UPDATE audit_log SET user_id = 99 WHERE id = 1", 1},
      {"middle row deleted", "DELETE FROM audit_log WHERE id = 3", 4},
      {"first row deleted", "DELETE FROM audit_log WHERE id = 1", 1},
      {"last row deleted", "DELETE FROM audit_log WHERE id = 5", 5},
      {"head hash changed", "UPDATE audit_head SET last_hash = 'feed' WHERE id = 1", 6},
      {"head id moved back", "UPDATE audit_head SET last_id = 4 WHERE id = 1", 6},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    testing::TestDatabase fresh(GetParam());
    audit::AuditLog log(fresh.db());
    for (int i = 1; i <= 5; ++i) log.record(event(1, 1, "r" + std::to_string(i)));
    ASSERT_TRUE(log.verify().ok);
    fresh.db().write([&](soci::session& sql) { sql << c.sql; });
    auto verdict = log.verify();
    EXPECT_FALSE(verdict.ok);
    EXPECT_EQ(verdict.first_broken_id, c.first_broken_id) << verdict.reason;
    EXPECT_FALSE(verdict.reason.empty());
  }
}

TEST_P(AuditLogTest, AnAppendInARolledBackTransactionLeavesNoRecord) {
  audit::AuditLog log(db());
  log.record({event(1, 1, "r1"), event(1, 1, "r2")});
  EXPECT_THROW(db().write([&](soci::session& sql) {
    log.append_in_transaction(sql, {event(1, 1, "lost-1"), event(1, 1, "lost-2")});
    throw std::runtime_error("the change failed after its audit record");
  }),
               std::runtime_error);
  EXPECT_EQ(count_rows(db(), "audit_log"), 2);
  EXPECT_TRUE(log.verify().ok);

  db().write([&](soci::session& sql) { log.append_in_transaction(sql, {event(1, 1, "r3")}); });
  log.record(event(1, 1, "r4"));
  EXPECT_EQ(stored_ids(db()), one_to(4));
  auto verdict = log.verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at " << verdict.first_broken_id;
  EXPECT_EQ(log.for_client(1).front().record.request_id, "r4");
}

// The server's connections wait in these callbacks: stop() runs every one of them
// before it returns, and a record after stop() is refused at once, never left waiting.
TEST_P(AuditLogTest, StopCommitsWhatIsQueuedAndRefusesWhatComesAfter) {
  audit::AuditLog log(db());
  std::atomic<int> committed{0};
  for (int i = 0; i < 20; ++i) {
    log.record_async({event(1, 7, "q" + std::to_string(i))}, [&committed](bool ok) { committed += ok ? 1 : 0; });
  }
  log.stop();
  EXPECT_EQ(committed.load(), 20);
  EXPECT_EQ(count_rows(db(), "audit_log"), 20);
  std::optional<bool> late;
  log.record_async({event(1, 7, "late")}, [&late](bool ok) { late = ok; });
  ASSERT_TRUE(late.has_value());
  EXPECT_FALSE(*late);
  EXPECT_THROW(log.record(event(1, 7, "late-sync")), std::runtime_error);
  EXPECT_EQ(count_rows(db(), "audit_log"), 20);
  log.stop();  // a second stop (the destructor's) is harmless
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditLogTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
