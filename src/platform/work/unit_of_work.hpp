// One unit of work: a write transaction that carries the acting user and collects
// the audit entries of the client data it changes. The change and its entries
// commit together or not at all, and so do the notifications written in it (with their e-mails).
#pragma once
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/db/database.hpp"

namespace polku::work {

// Who makes a change, and through which request; the audit entry names them.
struct Actor {
  long long user_id = 0;
  std::string endpoint;  // "POST /api/v1/bookings", or the command ("polku seed-demo")
  std::string request_id;
};

class UnitOfWork {
 public:
  UnitOfWork(soci::session& sql, db::Dialect dialect, Actor actor)
      : sql_(sql), dialect_(dialect), actor_(std::move(actor)) {}
  UnitOfWork(const UnitOfWork&) = delete;
  UnitOfWork& operator=(const UnitOfWork&) = delete;

  soci::session& sql() { return sql_; }
  const Actor& actor() const { return actor_; }
  bool is_sqlite() const { return dialect_ == db::Dialect::kSqlite; }
  // " FOR UPDATE" on PostgreSQL; SQLite's write lock is already exclusive.
  const char* for_update() const { return is_sqlite() ? "" : " FOR UPDATE"; }

  // The access log entry of a change of this client's data, committed with the change.
  void audit(long long client_id, std::string action, std::string detail);
  // A store marks the client whose data it wrote: a unit that wrote client data
  // without an audit entry for that client does not commit (a bug, never a user's error).
  void wrote_client_data(long long client_id) { written_.insert(client_id); }

  const std::vector<audit::AuditEvent>& audit_events() const { return events_; }
  // The clients written without an entry; empty when the unit may commit.
  std::vector<long long> unaudited_clients() const;

 private:
  soci::session& sql_;
  db::Dialect dialect_;
  Actor actor_;
  std::vector<audit::AuditEvent> events_;
  std::set<long long> written_;
};

// Thrown when a unit wrote client data without its audit entry.
struct UnauditedWrite : std::logic_error {
  using std::logic_error::logic_error;
};

// Runs units of work: fn(UnitOfWork&) returns a Result; the transaction commits
// with the unit's audit entries only when it holds a value, and rolls back on an
// error or an exception (a database error becomes the translated Error).
class Transactor {
 public:
  Transactor(db::Database& db, audit::AuditLog& audit) : db_(db), audit_(audit) {}

  template <typename F>
  auto run(const Actor& actor, F&& fn) -> decltype(fn(std::declval<UnitOfWork&>())) {
    using R = decltype(fn(std::declval<UnitOfWork&>()));
    auto lease = db_.lease();
    try {
      db::Transaction tx(lease.sql(), db_.dialect());
      UnitOfWork unit(lease.sql(), db_.dialect(), actor);
      R result = fn(unit);
      if (!result.ok()) return result;  // the transaction rolls back
      finish(unit);
      tx.commit();
      return result;
    } catch (const soci::soci_error& e) {
      return R(db::translate_db_error(e));
    } catch (const db::StorageError& e) {  // a read of the platform's inside the unit
      return R(e.error);
    }
  }

  db::Database& database() { return db_; }

 private:
  void finish(UnitOfWork& unit);  // checks and appends the audit entries

  db::Database& db_;
  audit::AuditLog& audit_;
};

}  // namespace polku::work
