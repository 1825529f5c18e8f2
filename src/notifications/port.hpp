// What other modules may use of notifications: a notice to a user, written in the caller's unit of work, so
// that it (and its e-mail in the outbox) commits with the change it tells of, or not at all.
#pragma once
#include <optional>
#include <string>

#include <boost/json.hpp>

#include "platform/work/unit_of_work.hpp"

namespace polku::notifications {

struct Notice {
  long long user_id = 0;           // the recipient
  std::string kind;                // absence_without_notice, ... (texts per kind in fi/sv/en, web and e-mail)
  std::optional<long long> client_id;  // whom it is about, for the access log of its reads
  std::string link;                // a path in Polku, e.g. "/cases/12#attendance"
  boost::json::object params;      // what the texts show: clientName, date, placeName (never an identity code)
  bool email = true;               // also an e-mail to the recipient's address, through the outbox
};

class Port {
 public:
  virtual ~Port() = default;
  virtual void notify(work::UnitOfWork& unit, const Notice& notice) = 0;
};

}  // namespace polku::notifications
