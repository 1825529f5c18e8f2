// The access log of client data: append-only, hash-chained, group-committed
// (one writer thread commits every queued record in one transaction).
#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "platform/audit/hash_chain.hpp"
#include "platform/db/database.hpp"

namespace polku::audit {

struct AuditEvent {
  long long user_id = 0;
  long long client_id = 0;
  std::string action;    // read, list, create, update
  std::string endpoint;  // "GET /api/v1/clients/{id}"
  std::string request_id;
  std::string detail;
};

struct AccessEntry {
  AuditRecord record;
  std::string user_name;
};

class AuditLog {
 public:
  explicit AuditLog(db::Database& db);
  ~AuditLog();  // stop()
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Returns once the events are durably committed; throws if they could not be.
  void record(std::vector<AuditEvent> events);
  void record(AuditEvent event);
  // Queues the events; `done(ok)` runs on the writer thread once they are committed (or failed).
  void record_async(std::vector<AuditEvent> events, std::function<void(bool ok)> done);

  // Appends inside the caller's open write transaction, so that a change to client
  // data and its audit record commit together.
  void append_in_transaction(soci::session& sql, const std::vector<AuditEvent>& events);

  // Commits what is queued, runs its callbacks and ends the writer thread. The
  // callbacks hold the server's connections: the server must outlive this call.
  void stop();

  std::vector<AccessEntry> for_client(long long client_id, int limit = 500);
  // From the anchor on: the entries kept after the oldest were removed.
  ChainVerdict verify();

  // The entries made before `before` (YYYY-MM-DD), as the retention job lists them.
  long long count_before(const std::string& before);
  // Removes them inside the caller's open write transaction, keeping the last removed entry's id and hash as the
  // anchor the chain is verified from; returns how many. Only a prefix of the chain goes.
  long long prune_before(soci::session& sql, const std::string& before, const std::string& now);

 private:
  struct Pending {
    std::vector<AuditEvent> events;
    std::function<void(std::exception_ptr)> done;
  };
  void run();
  void commit_batch(std::vector<std::shared_ptr<Pending>>& batch);
  void append(soci::session& sql, const std::vector<const AuditEvent*>& events);

  db::Database& db_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::shared_ptr<Pending>> queue_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace polku::audit
