// The database: a pool of SOCI sessions over SQLite or PostgreSQL, and transactions.
#pragma once
#include <array>
#include <chrono>
#include <functional>
#include <optional>
#include <unordered_map>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <soci/soci.h>
#include <stdexcept>
#include <string>
#include <vector>

#include "platform/core/error.hpp"

namespace polku::db {

enum class Dialect { kSqlite, kPostgres };

class Database;

// A database error as the application names it (translate_db_error), thrown from a
// read or write: the dispatcher answers it without knowing the driver.
struct StorageError : std::runtime_error {
  explicit StorageError(Error e) : std::runtime_error(e.log_detail), error(std::move(e)) {}
  Error error;
};

Error translate_db_error(const soci::soci_error& e);

// A statement prepared once per pooled session and executed again with new
// parameters: the hot reads skip SQL parsing. Bind parameters to ints/texts and
// results to row when preparing.
struct CachedStatement {
  std::array<long long, 4> ints{};
  std::array<std::string, 4> texts{};
  soci::row row;
  std::optional<soci::statement> statement;
};

// A leased session; goes back to the pool on destruction.
class Lease {
 public:
  Lease(Database* db, std::size_t index, soci::session* sql) : db_(db), index_(index), sql_(sql) {}
  Lease(Lease&& o) noexcept : db_(o.db_), index_(o.index_), sql_(o.sql_), used_(std::move(o.used_)) {
    o.db_ = nullptr;
  }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  Lease& operator=(Lease&&) = delete;
  ~Lease();
  soci::session& sql() { return *sql_; }
  // The session's statement for `key`, made by `prepare` on first use.
  CachedStatement& cached(const std::string& key,
                          const std::function<void(soci::session&, CachedStatement&)>& prepare);

 private:
  Database* db_;
  std::size_t index_;
  soci::session* sql_;
  std::vector<CachedStatement*> used_;  // reset on return, see ~Lease
};

// A write transaction: BEGIN IMMEDIATE on SQLite so that writers queue up front.
class Transaction {
 public:
  Transaction(soci::session& sql, Dialect dialect);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  soci::session& sql_;
  bool done_ = false;
};

class Database {
 public:
  // url: sqlite://PATH (sqlite:///abs/path) or postgresql://...
  Database(const std::string& url, int pool_size);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return dialect_; }
  bool is_sqlite() const { return dialect_ == Dialect::kSqlite; }
  // Throws std::runtime_error when no session frees up in time.
  Lease lease(std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // Runs fn(session) inside a transaction and commits; rolls back on exception. A
  // database error leaves as a StorageError.
  template <typename F>
  auto write(F&& fn) {
    try {
      auto lease_ = lease();
      Transaction tx(lease_.sql(), dialect_);
      if constexpr (std::is_void_v<decltype(fn(lease_.sql()))>) {
        fn(lease_.sql());
        tx.commit();
      } else {
        auto result = fn(lease_.sql());
        tx.commit();
        return result;
      }
    } catch (const soci::soci_error& e) {
      throw StorageError(translate_db_error(e));
    }
  }
  template <typename F>
  auto read(F&& fn) {
    try {
      auto lease_ = lease();
      return fn(lease_.sql());
    } catch (const soci::soci_error& e) {
      throw StorageError(translate_db_error(e));
    }
  }
  // " FOR UPDATE" on PostgreSQL, "" on SQLite (whose write lock is already exclusive).
  const char* for_update() const { return dialect_ == Dialect::kPostgres ? " FOR UPDATE" : ""; }
  bool ping();

 private:
  friend class Lease;
  void give_back(std::size_t index);
  void prepare_session(soci::session& sql);

  Dialect dialect_;
  std::string connect_string_;
  std::vector<std::unique_ptr<soci::session>> sessions_;
  std::vector<bool> free_;
  std::vector<std::unordered_map<std::string, std::unique_ptr<CachedStatement>>> statement_caches_;
  std::mutex mutex_;
  std::condition_variable cv_;
};

// Translates a database error into the application's codes (unique -> conflict,
// busy -> unavailable, ...): the one place where driver errors get their meaning.
bool is_unique_violation(const soci::soci_error& e);
// A unique index refused a write (two at once got past the explicit check): a service
// may name the field it guards.
inline bool is_duplicate(const Error& e) { return e.code == ErrorCode::kConflict && e.message_key == "duplicate"; }

std::string sqlite_path_from_url(const std::string& url);
// postgresql://user:pass@host:port/db?sslmode=... as libpq keyword=value pairs.
std::string postgres_conninfo(const std::string& url);

}  // namespace polku::db
