// A user's own notifications: listed newest first, marked read one by one or all at once. Nobody reads or
// marks another's (404, and a refused attempt at one about a client is logged); each notification about a
// client that is shown goes to the access log.
#pragma once
#include <vector>

#include "notifications/notification_store.hpp"
#include "platform/core/error.hpp"
#include "platform/work/caller.hpp"

namespace polku::notifications {

struct NotificationList {
  std::vector<Notification> items;
  long long unread = 0;
};

class NotificationService {
 public:
  NotificationService(NotificationStore& store, work::Transactor& transactor)
      : store_(store), transactor_(transactor) {}

  Result<NotificationList> list(const work::Caller& caller, int limit = 100);
  Result<Notification> mark_read(const work::Caller& caller, long long id);
  Result<long long> mark_all_read(const work::Caller& caller);

 private:
  NotificationStore& store_;
  work::Transactor& transactor_;
};

}  // namespace polku::notifications
