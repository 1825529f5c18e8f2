// The notifications port: a notice is written in the caller's unit, with its e-mail in the outbox when
// the recipient has an address (rendered now, in their language, with the link into Polku).
#pragma once
#include <string>

#include "notifications/notification_store.hpp"
#include "notifications/port.hpp"

namespace polku::notifications {

class Notifier final : public Port {
 public:
  Notifier(NotificationStore& store, std::string public_url) : store_(store), public_url_(std::move(public_url)) {}
  void notify(work::UnitOfWork& unit, const Notice& notice) override;
  void email(work::UnitOfWork& unit, const Email& email) override;

 private:
  NotificationStore& store_;
  std::string public_url_;
};

}  // namespace polku::notifications
