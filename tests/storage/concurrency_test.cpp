#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <latch>
#include <mutex>
#include <thread>

#include "app/demo_data.hpp"
#include "clients/client_store.hpp"
#include "storage/store_fixtures.hpp"

namespace polku {
namespace {

using storage_test::client_input;
using storage_test::count_rows;

class ConcurrencyTest : public storage_test::StoreTest {
 protected:
  storage_test::Organisations orgs_{db()};
  audit::AuditLog audit_{db()};
    long long org_ = storage_test::make_organisation(orgs_, "Hyvinvointialue");
  storage_test::ClientRegistrar clients_{db(), audit_};
};

TEST_P(ConcurrencyTest, OfTwoWritersWithTheSameVersionExactlyOneWinsAndTheOtherGetsAConflict) {
  auto created = clients_.create(org_, client_input("Matti", "Kilpa", app::demo_identity_code(1, 1, 1980, 900)));
  ASSERT_TRUE(created);
  const long long id = created->id;
  constexpr int kRounds = 10;
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const long long version = clients_.store.find(id)->version;
    std::latch start(2);
    std::vector<std::optional<Error>> outcome(2);
    {
      std::vector<std::jthread> writers;
      for (int w = 0; w < 2; ++w) {
        writers.emplace_back([&, w] {
          clients::ClientInput in = created->data;
          in.phone = "040 000 " + std::to_string(1000 + round * 2 + w);
          in.version = version;
          start.arrive_and_wait();
          auto r = clients_.update(id, in, "w" + std::to_string(w));
          if (!r) outcome[w] = r.error();
        });
      }
    }
    const int failures = (outcome[0] ? 1 : 0) + (outcome[1] ? 1 : 0);
    ASSERT_EQ(failures, 1);
    const Error& lost = outcome[0] ? *outcome[0] : *outcome[1];
    EXPECT_EQ(lost.code, ErrorCode::kConflict) << lost.message_key << " " << lost.log_detail;
    EXPECT_EQ(lost.message_key, "stale_version");
    EXPECT_EQ(clients_.store.find(id)->version, version + 1);
  }
  // One audit record for the create and one per winning update.
  EXPECT_EQ(count_rows(db(), "audit_log"), 1 + kRounds);
  EXPECT_TRUE(audit_.verify().ok);
}

TEST_P(ConcurrencyTest, ConcurrentCreatesOfTheSameCodeLeaveOneClient) {
  const std::string code = app::demo_identity_code(2, 2, 1982, 902);
  constexpr int kWriters = 6;
  std::latch start(kWriters);
  std::atomic<int> created{0};
  std::atomic<int> duplicates{0};
  clients_.works_for(org_);  // before the threads, which then only read the caller's roles (ASan saw the race)
  {
    std::vector<std::jthread> writers;
    for (int w = 0; w < kWriters; ++w) {
      writers.emplace_back([&, w] {
        start.arrive_and_wait();
        auto r = clients_.create(org_, client_input("Sama", "Koodi " + std::to_string(w), code));
        if (r) {
          ++created;
        } else if (r.error().fields.size() == 1 && r.error().fields[0].code == "duplicate") {
          ++duplicates;
        }
      });
    }
  }
  EXPECT_EQ(created.load(), 1);
  EXPECT_EQ(duplicates.load(), kWriters - 1);
  EXPECT_EQ(count_rows(db(), "clients"), 1);
  EXPECT_EQ(count_rows(db(), "audit_log"), 1);
  EXPECT_TRUE(audit_.verify().ok);
}

// BEGIN IMMEDIATE and the busy timeout make SQLite writers queue instead of
// failing with "database is locked"; on PostgreSQL FOR UPDATE does the same.
TEST_P(ConcurrencyTest, ManyParallelWriteTransactionsOnAPoolOfFourNeitherFailNorLoseUpdates) {
  testing::TestDatabase small(GetParam(), 4);
  db::Database& pool = small.db();
  pool.write([](soci::session& sql) {
    sql << "INSERT INTO organisations (name, created_at, updated_at) VALUES ('Laskuri', 'x', 'x')";
  });
  constexpr int kThreads = 8;
  constexpr int kWritesPerThread = 40;
  std::atomic<int> failures{0};
  std::mutex first_error_mutex;
  std::string first_error;
  std::atomic<bool> writing{true};
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < kWritesPerThread; ++i) {
          try {
            pool.write([&](soci::session& sql) {
              // Read, then write what was read: a lost update would show in the final count.
              long long v = 0;
              sql << std::string("SELECT version FROM organisations WHERE name = 'Laskuri'") + pool.for_update(),
                  soci::into(v);
              const long long next = v + 1;
              sql << "UPDATE organisations SET version = :v WHERE name = 'Laskuri'", soci::use(next);
              const std::string region = std::to_string(t) + "-" + std::to_string(i);
              sql << "INSERT INTO regions (organisation_id, name) SELECT id, :n FROM organisations "
                     "WHERE name = 'Laskuri'",
                  soci::use(region);
            });
          } catch (const std::exception& e) {
            ++failures;
            std::lock_guard lock(first_error_mutex);
            if (first_error.empty()) first_error = e.what();
          }
        }
      });
    }
    // Readers alongside the writers (WAL lets them read while one writes).
    for (int r = 0; r < 2; ++r) {
      threads.emplace_back([&] {
        while (writing) {
          try {
            long long n = 0;
            pool.read([&](soci::session& sql) { sql << "SELECT COUNT(*) FROM regions", soci::into(n); });
          } catch (const std::exception& e) {
            ++failures;
            std::lock_guard lock(first_error_mutex);
            if (first_error.empty()) first_error = e.what();
          }
        }
      });
    }
    for (int t = 0; t < kThreads; ++t) threads[static_cast<std::size_t>(t)].join();
    writing = false;
  }
  EXPECT_EQ(failures.load(), 0) << first_error;
  long long version = 0;
  pool.read([&](soci::session& sql) {
    sql << "SELECT version FROM organisations WHERE name = 'Laskuri'", soci::into(version);
  });
  EXPECT_EQ(version, 1 + kThreads * kWritesPerThread);
  EXPECT_EQ(count_rows(pool, "regions"), kThreads * kWritesPerThread);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConcurrencyTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
