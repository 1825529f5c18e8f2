#include "support/test_database.hpp"

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>

#include "platform/auth/password.hpp"
#include "platform/db/migrations.hpp"

namespace polku::testing {
namespace {

std::string unique_suffix() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return std::to_string(::getpid()) + "_" + std::to_string(rd() % 1000000) + "_" + std::to_string(++counter);
}

std::string postgres_admin_url() {
  const char* url = std::getenv("POLKU_TEST_POSTGRES_URL");
  if (!url || !*url) {
    throw std::runtime_error(
        "POLKU_TEST_POSTGRES_URL is not set: run the tests with `make test`, which starts a PostgreSQL server");
  }
  return url;
}

// Replaces the database name at the end of a postgresql:// URL.
std::string with_database(const std::string& url, const std::string& name) {
  auto slash = url.rfind('/');
  auto query = url.find('?', slash);
  return url.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

std::vector<std::string> test_backends() { return {"sqlite", "postgresql"}; }

TestDatabase::TestDatabase(const std::string& backend, int pool_size, int migrated_to) : backend_(backend) {
  // Minimal argon2 cost: tests create many users.
  auth::set_password_hash_cost_for_tests(true);
  if (backend == "sqlite") {
    name_ = (std::filesystem::temp_directory_path() / ("polku_test_" + unique_suffix())).string();
    std::filesystem::create_directories(name_);
    url_ = "sqlite://" + name_ + "/polku.db";
  } else if (backend == "postgresql") {
    const auto admin = postgres_admin_url();
    name_ = "polku_test_" + unique_suffix();
    soci::session sql(soci::postgresql, db::postgres_conninfo(admin));
    sql << "CREATE DATABASE " + name_;
    url_ = with_database(admin, name_);
  } else {
    throw std::invalid_argument("unknown backend " + backend);
  }
  reopen(pool_size);
  if (migrated_to != kUnmigrated) db::migrate(*db_, migrated_to);
}

void TestDatabase::reopen(int pool_size) { db_ = std::make_unique<db::Database>(url_, pool_size); }

TestDatabase::~TestDatabase() {
  db_.reset();
  try {
    if (backend_ == "sqlite") {
      std::filesystem::remove_all(name_);
    } else {
      soci::session sql(soci::postgresql, db::postgres_conninfo(postgres_admin_url()));
      sql << "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)";
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "could not drop test database %s: %s\n", name_.c_str(), e.what());
  }
}

}  // namespace polku::testing
