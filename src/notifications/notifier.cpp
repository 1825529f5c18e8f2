#include "notifications/notifier.hpp"

namespace polku::notifications {

void Notifier::notify(work::UnitOfWork& unit, const Notice& notice) {
  const long long id = store_.insert(unit, notice);
  if (!notice.email) return;
  // No address or no longer active: the in-app notification is enough.
  auto to = store_.recipient(unit, notice.user_id);
  if (!to || to->email.empty() || !to->active) return;
  store_.insert_email(unit, id, *to, email_text(notice.kind, notice.params, to->language, public_url_ + notice.link),
                      notice.calendar);
}

void Notifier::email(work::UnitOfWork& unit, const Email& email) {
  if (email.address.empty()) return;
  store_.insert_email(unit, std::nullopt, {email.address, email.language, true},
                      email_text(email.kind, email.params, email.language, ""), email.calendar);
}

}  // namespace polku::notifications
