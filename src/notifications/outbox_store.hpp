// The sender's side of the outbox: due e-mails claimed by one node for a lease, then marked sent, due again
// later or failed. A claim is one statement in its own unit: on PostgreSQL `FOR UPDATE SKIP LOCKED`, so
// that nodes claiming at once take different rows; SQLite's single writer serialises the claims anyway.
#pragma once
#include <string>
#include <vector>

#include "notifications/notification.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::notifications {

class OutboxStore {
 public:
  // Claims up to `limit` due messages (pending and due at `now`, or sending with a lapsed lease: a node
  // that died) for `claim` until `until`; counts the attempt. Instants are UTC ISO text.
  std::vector<OutboxMessage> claim(work::UnitOfWork& unit, const std::string& claim, const std::string& now,
                                   const std::string& until, int limit);
  // Each only while the message is still this claim's; false when it no longer is.
  bool sent(work::UnitOfWork& unit, long long id, const std::string& claim, const std::string& now);
  bool retry(work::UnitOfWork& unit, long long id, const std::string& claim, const std::string& at,
             const std::string& error);
  bool failed(work::UnitOfWork& unit, long long id, const std::string& claim, const std::string& error);
};

}  // namespace polku::notifications
