#include "notifications/notification_service.hpp"

#include <set>

namespace polku::notifications {
namespace {

std::string detail_of(long long id) { return "notification " + std::to_string(id); }

}  // namespace

Result<NotificationList> NotificationService::list(const work::Caller& caller, int limit) {
  NotificationList out{store_.list(caller.user.user_id, limit), store_.unread_count(caller.user.user_id)};
  std::set<long long> logged;  // one access record per client shown
  for (const auto& n : out.items) {
    if (n.client_id && logged.insert(*n.client_id).second) caller.accessed(*n.client_id, "list", "notifications");
  }
  return out;
}

Result<Notification> NotificationService::mark_read(const work::Caller& caller, long long id) {
  auto found = store_.find(id);
  if (!found) return Error::not_found();
  if (found->user_id != caller.user.user_id) {
    if (found->client_id) caller.refused(*found->client_id, detail_of(id));
    return Error::not_found();
  }
  auto marked = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<bool> {
    if (!store_.mark_read(unit, id, caller.user.user_id)) return Error::not_found();
    return true;
  });
  if (!marked) return marked.error();
  auto read = store_.find(id);
  if (!read) return Error::not_found();
  if (read->client_id) caller.accessed(*read->client_id, "read", detail_of(id));
  return std::move(*read);
}

Result<long long> NotificationService::mark_all_read(const work::Caller& caller) {
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    return store_.mark_all_read(unit, caller.user.user_id);
  });
}

}  // namespace polku::notifications
