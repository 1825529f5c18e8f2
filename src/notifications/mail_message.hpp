// An e-mail as RFC 5322 text (pure): UTF-8 headers as RFC 2047 encoded-words, the body quoted-printable, so
// that the message is 7-bit clean for any SMTP server.
#pragma once
#include <string>

namespace polku::notifications {

struct MailMessage {
  std::string from;        // an address
  std::string from_name;   // shown name, e.g. "Polku"
  std::string to;          // an address
  std::string subject;     // UTF-8
  std::string body;        // UTF-8, lines separated by \n
  long long date_ms = 0;   // the Date header (UTC)
  std::string message_id;  // without the angle brackets
  std::string calendar;    // an iCalendar object: then multipart/mixed, the text and a text/calendar part
};

// "=?UTF-8?B?...?=" words (folded) when the text is not plain ASCII, else the text.
std::string encoded_header_text(const std::string& utf8);
// Quoted-printable with CRLF lines of at most 76 characters.
std::string quoted_printable(const std::string& utf8);
// "Thu, 03 Dec 2026 05:41:43 +0000"
std::string rfc5322_date(long long ms);
// The whole message, headers and body, with CRLF line ends.
std::string rfc5322_text(const MailMessage& m);

}  // namespace polku::notifications
