#include <gtest/gtest.h>

#include "platform/db/migrations.hpp"
#include "platform/db/row.hpp"
#include "support/test_database.hpp"

namespace polku {
namespace {

class Migrations : public ::testing::TestWithParam<std::string> {};

TEST_P(Migrations, BringsAnEmptyDatabaseToTheLatestVersionAndRecordsEachStep) {
  testing::TestDatabase t(GetParam());
  auto plan = db::plan_migrations(db::embedded_migration_files(), t.db().dialect());
  ASSERT_FALSE(plan.empty());
  EXPECT_EQ(db::schema_version(t.db()), plan.back().version);
  EXPECT_TRUE(db::is_fully_migrated(t.db()));
  int recorded = 0;
  t.db().read([&](soci::session& sql) { sql << "SELECT COUNT(*) FROM schema_migrations", soci::into(recorded); });
  EXPECT_EQ(recorded, static_cast<int>(plan.size()));
}

TEST_P(Migrations, RunningAgainAppliesNothing) {
  testing::TestDatabase t(GetParam());
  EXPECT_TRUE(db::migrate(t.db()).empty());
}

TEST_P(Migrations, ForeignKeysAreEnforced) {
  testing::TestDatabase t(GetParam());
  try {
    t.db().write([](soci::session& sql) { sql << "INSERT INTO regions (organisation_id, name) VALUES (999, 'nowhere')"; });
    FAIL() << "a region of no organisation was stored";
  } catch (const db::StorageError& e) {
    EXPECT_EQ(e.error.code, ErrorCode::kInvalidInput);
    EXPECT_EQ(e.error.message_key, "reference_missing");
  }
}

TEST_P(Migrations, UniqueViolationIsRecognised) {
  testing::TestDatabase t(GetParam());
  auto insert = [&] {
    t.db().write([](soci::session& sql) {
      sql << "INSERT INTO organisations (name, created_at, updated_at) VALUES ('Sama', 'x', 'x')";
    });
  };
  insert();
  try {
    insert();
    FAIL() << "second insert of the same name succeeded";
  } catch (const db::StorageError& e) {  // translated where it was caught, in the database layer
    EXPECT_EQ(e.error.code, ErrorCode::kConflict) << e.what();
    EXPECT_EQ(e.error.message_key, "duplicate");
  }
}

TEST_P(Migrations, AFailedTransactionLeavesNothingBehind) {
  testing::TestDatabase t(GetParam());
  EXPECT_THROW(t.db().write([](soci::session& sql) {
    sql << "INSERT INTO organisations (name, created_at, updated_at) VALUES ('Kesken', 'x', 'x')";
    throw std::runtime_error("interrupted");
  }),
               std::runtime_error);
  int n = -1;
  t.db().read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM organisations WHERE name = 'Kesken'", soci::into(n);
  });
  EXPECT_EQ(n, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, Migrations, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
