#include "notifications/notification_store.hpp"

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::notifications {
namespace {

constexpr const char* kSelect =
    "SELECT id, user_id, kind, client_id, link, params, created_at, read_at FROM notifications";

Notification notification_from(const soci::row& r) {
  db::Cursor k(r);
  Notification n;
  n.id = k.id();
  n.user_id = k.id();
  n.kind = k.text();
  n.client_id = k.opt_id();
  n.link = k.text();
  boost::system::error_code ec;
  auto params = boost::json::parse(k.text(), ec);
  if (!ec && params.is_object()) n.params = std::move(params.as_object());
  n.created_at = k.text();
  n.read_at = k.text();
  return n;
}

}  // namespace

long long NotificationStore::insert(work::UnitOfWork& unit, const Notice& notice) {
  const std::string params = boost::json::serialize(notice.params), now = now_iso();
  long long client = notice.client_id.value_or(0), id = 0;
  soci::indicator client_ind = notice.client_id ? soci::i_ok : soci::i_null;
  unit.sql() << "INSERT INTO notifications (user_id, kind, client_id, link, params, created_at) "
                "VALUES (:u, :k, :c, :l, :p, :t) RETURNING id",
      soci::use(notice.user_id), soci::use(notice.kind), soci::use(client, client_ind), soci::use(notice.link),
      soci::use(params), soci::use(now), soci::into(id);
  return id;
}

std::optional<Recipient> NotificationStore::recipient(work::UnitOfWork& unit, long long user_id) {
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT email, language, active FROM users_view WHERE id = :i", soci::use(user_id));
  for (const auto& r : rows) return Recipient{db::text_at(r, 0), db::text_at(r, 1), db::bool_at(r, 2)};
  return std::nullopt;
}

long long NotificationStore::insert_email(work::UnitOfWork& unit, std::optional<long long> notification_id,
                                          const Recipient& to, const EmailText& text, const std::string& calendar) {
  const std::string now = now_iso();
  long long id = 0, notification = notification_id.value_or(0);
  soci::indicator notification_ind = notification_id ? soci::i_ok : soci::i_null;
  soci::indicator calendar_ind = calendar.empty() ? soci::i_null : soci::i_ok;
  unit.sql() << "INSERT INTO outbox (notification_id, recipient, language, subject, body, calendar, next_attempt_at, "
                "created_at) VALUES (:n, :r, :l, :s, :b, :k, :a, :c) RETURNING id",
      soci::use(notification, notification_ind), soci::use(to.email), soci::use(to.language), soci::use(text.subject),
      soci::use(text.body), soci::use(calendar, calendar_ind), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

std::optional<Notification> NotificationStore::find(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<Notification> {
    std::string text = kSelect;
    text += " WHERE id = :i";
    soci::rowset<soci::row> rows = (sql.prepare << text, soci::use(id));
    for (const auto& r : rows) return notification_from(r);
    return std::nullopt;
  });
}

std::vector<Notification> NotificationStore::list(long long user_id, int limit) {
  return db_.read([&](soci::session& sql) {
    std::string text = kSelect;
    text += " WHERE user_id = :u ORDER BY id DESC LIMIT :l";
    std::vector<Notification> out;
    soci::rowset<soci::row> rows = (sql.prepare << text, soci::use(user_id), soci::use(limit));
    for (const auto& r : rows) out.push_back(notification_from(r));
    return out;
  });
}

long long NotificationStore::unread_count(long long user_id) {
  return db_.read([&](soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM notifications WHERE user_id = :u AND read_at IS NULL", soci::use(user_id),
        soci::into(n);
    return n;
  });
}

bool NotificationStore::mark_read(work::UnitOfWork& unit, long long id, long long user_id) {
  long long owner = 0;
  soci::indicator ind = soci::i_null;
  std::string text = "SELECT user_id FROM notifications WHERE id = :i";
  text += unit.for_update();
  unit.sql() << text, soci::use(id), soci::into(owner, ind);
  if (ind != soci::i_ok || owner != user_id) return false;
  const std::string now = now_iso();
  unit.sql() << "UPDATE notifications SET read_at = :t WHERE id = :i AND read_at IS NULL", soci::use(now),
      soci::use(id);
  return true;
}

long long NotificationStore::mark_all_read(work::UnitOfWork& unit, long long user_id) {
  const std::string now = now_iso();
  soci::statement st = (unit.sql().prepare << "UPDATE notifications SET read_at = :t "
                                              "WHERE user_id = :u AND read_at IS NULL",
                        soci::use(now), soci::use(user_id));
  st.execute(true);
  return st.get_affected_rows();
}

void NotificationStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(
      unit, client_id,
      {"DELETE FROM outbox WHERE notification_id IN (SELECT id FROM notifications WHERE client_id = :c)",
       "DELETE FROM notifications WHERE client_id = :c"});
}

}  // namespace polku::notifications
