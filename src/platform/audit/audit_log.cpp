#include "platform/audit/audit_log.hpp"

#include <spdlog/spdlog.h>

#include <stdexcept>

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::audit {

AuditLog::AuditLog(db::Database& db) : db_(db), writer_([this] { run(); }) {}

AuditLog::~AuditLog() { stop(); }

void AuditLog::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (writer_.joinable()) writer_.join();
}

void AuditLog::record(AuditEvent event) {
  std::vector<AuditEvent> events;
  events.push_back(std::move(event));
  record(std::move(events));
}

void AuditLog::record(std::vector<AuditEvent> events) {
  if (events.empty()) return;
  std::promise<void> committed;
  auto future = committed.get_future();
  auto pending = std::make_shared<Pending>();
  pending->events = std::move(events);
  pending->done = [&committed](std::exception_ptr error) {
    if (error) {
      committed.set_exception(error);
    } else {
      committed.set_value();
    }
  };
  {
    std::lock_guard lock(mutex_);
    if (stopping_) throw std::runtime_error("the access log is stopped");
    queue_.push_back(std::move(pending));
  }
  cv_.notify_one();
  future.get();
}

void AuditLog::record_async(std::vector<AuditEvent> events, std::function<void(bool ok)> done) {
  if (events.empty()) return done(true);
  auto pending = std::make_shared<Pending>();
  pending->events = std::move(events);
  pending->done = [done = std::move(done)](std::exception_ptr error) { done(error == nullptr); };
  {
    std::lock_guard lock(mutex_);
    if (!stopping_) {
      queue_.push_back(std::move(pending));
      pending = nullptr;
    }
  }
  if (pending) return pending->done(std::make_exception_ptr(std::runtime_error("the access log is stopped")));
  cv_.notify_one();
}

void AuditLog::run() {
  for (;;) {
    std::vector<std::shared_ptr<Pending>> batch;
    {
      std::unique_lock lock(mutex_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty() && stopping_) return;
      batch.assign(queue_.begin(), queue_.end());
      queue_.clear();
    }
    try {
      commit_batch(batch);
    } catch (const std::exception& e) {
      spdlog::error("audit batch of {} request(s) failed: {}", batch.size(), e.what());
      for (auto& p : batch) p->done(std::current_exception());
      continue;
    }
    for (auto& p : batch) p->done(nullptr);
  }
}

void AuditLog::commit_batch(std::vector<std::shared_ptr<Pending>>& batch) {
  std::vector<const AuditEvent*> events;
  for (auto& pending : batch)
    for (auto& e : pending->events) events.push_back(&e);
  db_.write([&](soci::session& sql) { append(sql, events); });
}

void AuditLog::append_in_transaction(soci::session& sql, const std::vector<AuditEvent>& events) {
  std::vector<const AuditEvent*> pointers;
  for (const auto& e : events) pointers.push_back(&e);
  append(sql, pointers);
}

void AuditLog::append(soci::session& sql, const std::vector<const AuditEvent*>& events) {
  long long last_id = 0;
  std::string last_hash;
  // The head row serialises writers across nodes (FOR UPDATE on PostgreSQL).
  sql << std::string("SELECT last_id, last_hash FROM audit_head WHERE id = 1") + db_.for_update(), soci::into(last_id),
      soci::into(last_hash);
  const std::string at = now_iso();
  AuditRecord r;
  soci::statement insert =
      (sql.prepare << "INSERT INTO audit_log (id, at, user_id, client_id, action, endpoint, request_id, detail, "
                      "prev_hash, hash) VALUES (:id, :at, :u, :c, :a, :e, :rq, :d, :p, :h)",
       soci::use(r.id), soci::use(r.at), soci::use(r.user_id), soci::use(r.client_id), soci::use(r.action),
       soci::use(r.endpoint), soci::use(r.request_id), soci::use(r.detail), soci::use(r.prev_hash), soci::use(r.hash));
  for (const AuditEvent* e : events) {
    r.id = ++last_id;
    r.at = at;
    r.user_id = e->user_id;
    r.client_id = e->client_id;
    r.action = e->action;
    r.endpoint = e->endpoint;
    r.request_id = e->request_id;
    r.detail = e->detail;
    r.prev_hash = last_hash;
    r.hash = compute_hash(r);
    insert.execute(true);
    last_hash = r.hash;
  }
  sql << "UPDATE audit_head SET last_id = :i, last_hash = :h WHERE id = 1", soci::use(last_id), soci::use(last_hash);
}

std::vector<AccessEntry> AuditLog::for_client(long long client_id, int limit) {
  return db_.read([&](soci::session& sql) {
    std::vector<AccessEntry> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT a.id, a.at, a.user_id, a.client_id, a.action, a.endpoint, a.request_id, a.detail, "
                        "COALESCE(u.display_name, '') FROM audit_log a LEFT JOIN users_view u ON u.id = a.user_id "
                        "WHERE a.client_id = :c ORDER BY a.id DESC LIMIT :l",
         soci::use(client_id), soci::use(limit));
    for (const auto& row : rows) {
      AccessEntry e;
      e.record.id = db::int_at(row, 0);
      e.record.at = db::text_at(row, 1);
      e.record.user_id = db::int_at(row, 2);
      e.record.client_id = db::int_at(row, 3);
      e.record.action = db::text_at(row, 4);
      e.record.endpoint = db::text_at(row, 5);
      e.record.request_id = db::text_at(row, 6);
      e.record.detail = db::text_at(row, 7);
      e.user_name = db::text_at(row, 8);
      out.push_back(std::move(e));
    }
    return out;
  });
}

ChainVerdict AuditLog::verify() {
  return db_.read([&](soci::session& sql) {
    std::string expected_prev;
    long long after = 0;
    sql << "SELECT pruned_through_id, pruned_through_hash FROM audit_anchor WHERE id = 1", soci::into(after),
        soci::into(expected_prev);
    const int chunk = 5000;
    for (;;) {
      std::vector<AuditRecord> records;
      soci::rowset<soci::row> rows =
          (sql.prepare << "SELECT id, at, user_id, client_id, action, endpoint, request_id, detail, prev_hash, hash "
                          "FROM audit_log WHERE id > :after ORDER BY id LIMIT :n",
           soci::use(after), soci::use(chunk));
      for (const auto& row : rows) {
        AuditRecord r;
        r.id = db::int_at(row, 0);
        r.at = db::text_at(row, 1);
        r.user_id = db::int_at(row, 2);
        r.client_id = db::int_at(row, 3);
        r.action = db::text_at(row, 4);
        r.endpoint = db::text_at(row, 5);
        r.request_id = db::text_at(row, 6);
        r.detail = db::text_at(row, 7);
        r.prev_hash = db::text_at(row, 8);
        r.hash = db::text_at(row, 9);
        records.push_back(std::move(r));
      }
      if (records.empty()) break;
      if (records.front().id != after + 1) {
        return ChainVerdict{false, after + 1, "record missing"};
      }
      auto verdict = verify_chain(records, expected_prev);
      if (!verdict.ok) return verdict;
      expected_prev = records.back().hash;
      after = records.back().id;
    }
    long long head_id = 0;
    std::string head_hash;
    sql << "SELECT last_id, last_hash FROM audit_head WHERE id = 1", soci::into(head_id), soci::into(head_hash);
    if (head_id != after || head_hash != expected_prev) {
      return ChainVerdict{false, after + 1, "records after the last one are missing"};
    }
    return ChainVerdict{true, 0, ""};
  });
}

long long AuditLog::count_before(const std::string& before) {
  return db_.read([&](soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM audit_log WHERE at < :b", soci::use(before), soci::into(n);
    return n;
  });
}

long long AuditLog::prune_before(soci::session& sql, const std::string& before, const std::string& now) {
  long long through = 0, removed = 0;
  soci::indicator none = soci::i_ok;
  sql << "SELECT MAX(id) FROM audit_log WHERE at < :b", soci::use(before), soci::into(through, none);
  if (none == soci::i_null || through == 0) return 0;
  std::string hash;
  sql << "SELECT hash FROM audit_log WHERE id = :i", soci::use(through), soci::into(hash);
  sql << "SELECT COUNT(*) FROM audit_log WHERE id <= :i", soci::use(through), soci::into(removed);
  sql << "DELETE FROM audit_log WHERE id <= :i", soci::use(through);
  sql << "UPDATE audit_anchor SET pruned_through_id = :i, pruned_through_hash = :h, pruned_before = :b, "
         "pruned_at = :n WHERE id = 1",
      soci::use(through), soci::use(hash), soci::use(before), soci::use(now);
  return removed;
}

}  // namespace polku::audit
