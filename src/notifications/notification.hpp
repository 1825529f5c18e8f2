// A user's notification as stored and shown, and an e-mail of the outbox as the sender sees it.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>

namespace polku::notifications {

struct Notification {
  long long id = 0;
  long long user_id = 0;
  std::string kind;
  std::optional<long long> client_id;
  std::string link;
  boost::json::object params;
  std::string created_at;
  std::string read_at;  // "" while unread
};

struct OutboxMessage {
  long long id = 0;
  std::string recipient;  // an e-mail address
  std::string language;
  std::string subject;
  std::string body;
  std::string calendar;  // an iCalendar invitation sent with the text, or ""
  int attempts = 0;      // this one included
};

}  // namespace polku::notifications
