#include <gtest/gtest.h>

#include "platform/db/database.hpp"
#include "platform/db/row.hpp"
#include "support/test_database.hpp"

namespace polku {
namespace {

class StatementCache : public ::testing::TestWithParam<std::string> {};

long long cached_count(db::Lease& lease) {
  auto& q = lease.cached("test.count", [](soci::session& sql, db::CachedStatement& c) {
    c.statement.emplace((sql.prepare << "SELECT COUNT(*) FROM organisations WHERE id > :min", soci::use(c.ints[0]),
                         soci::into(c.row)));
  });
  q.ints[0] = 0;
  q.statement->execute(true);
  return db::int_at(q.row, 0);
}

void insert_organisation(soci::session& sql, const std::string& name) {
  sql << "INSERT INTO organisations (name, created_at, updated_at) VALUES (:n, 'x', 'x')", soci::use(name);
}

TEST_P(StatementCache, ReusedStatementSeesNewRowsAndLeavesNoReadTransactionOpen) {
  testing::TestDatabase t(GetParam(), 2);
  auto& db = t.db();
  {
    auto first = db.lease();
    EXPECT_EQ(cached_count(first), 0);
    // Another connection writes while the first is still leased.
    auto second = db.lease();
    db::Transaction tx(second.sql(), db.dialect());
    insert_organisation(second.sql(), "Toinen");
    tx.commit();
  }
  // The first connection writes next: a read snapshot left open by its cached
  // statement would make BEGIN IMMEDIATE fail at once with "database is locked".
  auto first = db.lease();
  EXPECT_NO_THROW({
    db::Transaction tx(first.sql(), db.dialect());
    insert_organisation(first.sql(), "Kolmas");
    tx.commit();
  });
  EXPECT_EQ(cached_count(first), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, StatementCache, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
