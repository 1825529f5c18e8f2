// Pure rules of notifications: what an e-mail says of a notice (in the recipient's language, naming the
// client only as far as an e-mail may) and when a failed delivery is tried again.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "platform/core/dates.hpp"

namespace polku::notifications {

struct EmailText {
  std::string subject;
  std::string body;
};

// The client as what leaves Polku names them (an e-mail, a calendar feed): the first name and the initial of the last
// name ("Maija M."). An e-mail leaves Polku (outside mail servers, phones, forwarding), so it never carries the full
// name, the identity code or anything of health; the instructor knows their own client from this, and the link leads
// into Polku for the rest.
std::string name_outside_polku(const std::string& full_name);

// The e-mail of a notice of `kind` in `language` (fi, sv, en; else fi). Only the params a kind names are
// shown, so nothing else a caller passes (an identity code, a reason) can reach an e-mail. A kind may have
// variants: guidance_falling_behind says whether hours, social guidance or both are missing.
EmailText email_text(const std::string& kind, const boost::json::object& params, const std::string& language,
                     const std::string& url);

// After a failed attempt (attempts made so far, this one included): the seconds until the next try, or
// nothing when the message is given up (a permanent refusal, or kMaxAttempts reached).
inline constexpr int kMaxAttempts = 5;
std::optional<long long> retry_delay_seconds(int attempts_made, bool permanent);

// A refusal that another try will not change: an SMTP 5xx reply (no such mailbox, policy).
inline bool is_permanent_refusal(long smtp_code) { return smtp_code >= 500 && smtp_code < 600; }

}  // namespace polku::notifications
