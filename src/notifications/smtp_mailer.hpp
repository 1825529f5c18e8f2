// Delivers an outbox e-mail over SMTP with libcurl (STARTTLS when configured), as an RFC 5322 message.
#pragma once
#include <string>

#include "notifications/notification.hpp"
#include "platform/config/config.hpp"

namespace polku::notifications {

struct Delivery {
  bool ok = false;
  bool permanent = false;  // a refusal another try will not change
  std::string error;       // for the outbox row and the log; never the message itself
};

class SmtpMailer {
 public:
  explicit SmtpMailer(config::SmtpSettings settings);
  Delivery operator()(const OutboxMessage& message) const;

 private:
  config::SmtpSettings settings_;
};

}  // namespace polku::notifications
