// What other modules may use of notifications: a notice to a user, written in the caller's unit of work, so
// that it (and its e-mail in the outbox) commits with the change it tells of, or not at all.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "platform/work/unit_of_work.hpp"

namespace polku::notifications {

struct Notice {
  long long user_id = 0;               // the recipient
  std::string kind;                    // absence_without_notice, ... (texts per kind in fi/sv/en, web and e-mail)
  std::optional<long long> client_id;  // whom it is about, for the access log of its reads
  std::string link;                    // a path in Polku, e.g. "/cases/12#attendance"
  boost::json::object params;          // what the texts show: clientName, date, placeName (never an identity code)
  bool email = true;                   // also an e-mail to the recipient's address, through the outbox
  std::string calendar;                // an iCalendar invitation (RFC 5546) the e-mail carries, when not empty
};

// An e-mail to someone without a Polku account (a client, a close person): its texts by `kind` as a notice's,
// with no link into Polku, since they cannot sign in.
struct Email {
  std::string address;
  std::string language;  // fi, sv, en
  std::string kind;
  boost::json::object params;
  std::string calendar;
};

class Port {
 public:
  virtual ~Port() = default;
  virtual void notify(work::UnitOfWork& unit, const Notice& notice) = 0;
  virtual void email(work::UnitOfWork& unit, const Email& email) = 0;
};

}  // namespace polku::notifications
