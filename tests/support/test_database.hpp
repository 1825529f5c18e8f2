// Fresh databases for tests: a temporary SQLite file, or a new database on the
// PostgreSQL server that `make test` starts (POLKU_TEST_POSTGRES_URL).
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace polku::testing {

// The backends every storage and API test runs on.
std::vector<std::string> test_backends();  // {"sqlite", "postgresql"}

// Migrated to no version: a database without tables (what a restore goes into).
inline constexpr int kUnmigrated = -1;

// A new, empty, migrated database; dropped on destruction.
class TestDatabase {
 public:
  // migrated_to: 0 for the latest version, else the version to stop at (a migration's own test), or kUnmigrated.
  explicit TestDatabase(const std::string& backend, int pool_size = 4, int migrated_to = 0);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }
  db::Database& db() { return *db_; }
  // Closes the pool (e.g. before an App opens the same database).
  void close() { db_.reset(); }
  void reopen(int pool_size = 4);

 private:
  std::string backend_;
  std::string url_;
  std::string name_;  // PostgreSQL database name or SQLite folder
  std::unique_ptr<db::Database> db_;
};

// Readable names for parameterised tests: "sqlite", "postgresql".
struct BackendName {
  template <class ParamType>
  std::string operator()(const ::testing::TestParamInfo<ParamType>& info) const {
    return info.param;
  }
};

}  // namespace polku::testing
