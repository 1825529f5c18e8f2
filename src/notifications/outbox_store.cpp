#include "notifications/outbox_store.hpp"

#include "platform/db/row.hpp"

namespace polku::notifications {
namespace {

long long affected(soci::statement& st) {
  st.execute(true);
  return st.get_affected_rows();
}

}  // namespace

std::vector<OutboxMessage> OutboxStore::claim(work::UnitOfWork& unit, const std::string& claim, const std::string& now,
                                              const std::string& until, int limit) {
  std::string text =
      "UPDATE outbox SET status = 'sending', claimed_by = :c, claimed_until = :u, attempts = attempts + 1 "
      "WHERE id IN (SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= :n) "
      "OR (status = 'sending' AND claimed_until < :m) ORDER BY id LIMIT :l";
  text += unit.is_sqlite() ? ")" : " FOR UPDATE SKIP LOCKED)";
  unit.sql() << text, soci::use(claim, "c"), soci::use(until, "u"), soci::use(now, "n"), soci::use(now, "m"),
      soci::use(limit, "l");
  std::vector<OutboxMessage> out;
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT id, recipient, language, subject, body, attempts, calendar FROM outbox "
                             "WHERE claimed_by = :c AND status = 'sending' ORDER BY id",
       soci::use(claim));
  for (const auto& r : rows) {
    db::Cursor k(r);
    OutboxMessage m;
    m.id = k.id();
    m.recipient = k.text();
    m.language = k.text();
    m.subject = k.text();
    m.body = k.text();
    m.attempts = k.number();
    m.calendar = k.text();
    out.push_back(std::move(m));
  }
  return out;
}

bool OutboxStore::sent(work::UnitOfWork& unit, long long id, const std::string& claim, const std::string& now) {
  soci::statement st = (unit.sql().prepare << "UPDATE outbox SET status = 'sent', sent_at = :t, claimed_by = NULL, "
                                              "claimed_until = NULL, last_error = '' "
                                              "WHERE id = :i AND claimed_by = :c AND status = 'sending'",
                        soci::use(now), soci::use(id), soci::use(claim));
  return affected(st) == 1;
}

bool OutboxStore::retry(work::UnitOfWork& unit, long long id, const std::string& claim, const std::string& at,
                        const std::string& error) {
  soci::statement st =
      (unit.sql().prepare << "UPDATE outbox SET status = 'pending', next_attempt_at = :a, last_error = :e, "
                             "claimed_by = NULL, claimed_until = NULL "
                             "WHERE id = :i AND claimed_by = :c AND status = 'sending'",
       soci::use(at), soci::use(error), soci::use(id), soci::use(claim));
  return affected(st) == 1;
}

bool OutboxStore::failed(work::UnitOfWork& unit, long long id, const std::string& claim, const std::string& error) {
  soci::statement st = (unit.sql().prepare << "UPDATE outbox SET status = 'failed', last_error = :e, "
                                              "claimed_by = NULL, claimed_until = NULL "
                                              "WHERE id = :i AND claimed_by = :c AND status = 'sending'",
                        soci::use(error), soci::use(id), soci::use(claim));
  return affected(st) == 1;
}

}  // namespace polku::notifications
