// Storage of notifications and of the e-mails that tell of them (the outbox). Writes take the caller's
// unit of work, so that a notice commits with the change it tells of, or not at all.
#pragma once
#include <optional>
#include <vector>

#include "notifications/notification.hpp"
#include "notifications/notification_rules.hpp"
#include "notifications/port.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"

namespace polku::notifications {

// Where and how a user is told by e-mail (organisations' users_view).
struct Recipient {
  std::string email;
  std::string language;
  bool active = false;
};

class NotificationStore {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit NotificationStore(db::Database& db) : db_(db) {}

  long long insert(work::UnitOfWork& unit, const Notice& notice);
  std::optional<Recipient> recipient(work::UnitOfWork& unit, long long user_id);
  // An e-mail of a notification, or of none (to someone without an account); `calendar` may be empty.
  long long insert_email(work::UnitOfWork& unit, std::optional<long long> notification_id, const Recipient& to,
                         const EmailText& text, const std::string& calendar);

  std::optional<Notification> find(long long id);
  // The user's, newest first.
  std::vector<Notification> list(long long user_id, int limit);
  long long unread_count(long long user_id);
  // Marks the user's notification read (kept as it was when already read); false when it is not theirs.
  bool mark_read(work::UnitOfWork& unit, long long id, long long user_id);
  // Marks every unread notification of the user read; how many.
  long long mark_all_read(work::UnitOfWork& unit, long long user_id);

 private:
  db::Database& db_;
};

}  // namespace polku::notifications
