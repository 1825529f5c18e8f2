#include "notifications/mail_message.hpp"

#include <cctype>
#include <ctime>

namespace polku::notifications {
namespace {

std::string base64(const std::string& in) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                       static_cast<unsigned char>(in[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < in.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

bool plain_ascii(const std::string& s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A header line's value: no CR or LF can end the header early (header injection).
std::string one_line(std::string s) {
  for (auto& c : s) {
    if (c == '\r' || c == '\n') c = ' ';
  }
  return s;
}

// Base64 in CRLF lines of 76 characters (RFC 2045).
std::string base64_lines(const std::string& in) {
  const std::string all = base64(in);
  std::string out;
  for (std::size_t at = 0; at < all.size(); at += 76) out += all.substr(at, 76) + "\r\n";
  return out;
}

// The iCalendar object's METHOD (REQUEST, CANCEL), which its Content-Type repeats (RFC 6047).
std::string calendar_method(const std::string& calendar) {
  const auto at = calendar.find("\nMETHOD:");
  if (at == std::string::npos) return "PUBLISH";
  const auto end = calendar.find_first_of("\r\n", at + 8);
  return calendar.substr(at + 8, end == std::string::npos ? std::string::npos : end - at - 8);
}

}  // namespace

std::string encoded_header_text(const std::string& raw) {
  const std::string utf8 = one_line(raw);
  if (plain_ascii(utf8) && utf8.size() <= 70) return utf8;
  // 45 bytes make 60 base64 characters: each word stays within 75 characters, split between characters.
  std::string out;
  for (std::size_t at = 0; at < utf8.size();) {
    std::size_t end = std::min(at + 45, utf8.size());
    while (end < utf8.size() && end > at && continuation(utf8[end])) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(utf8.substr(at, end - at)) + "?=";
    at = end;
  }
  return out;
}

std::string quoted_printable(const std::string& utf8) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out, line;
  auto put = [&](const std::string& piece) {
    if (line.size() + piece.size() > 75) {
      out += line + "=\r\n";
      line.clear();
    }
    line += piece;
  };
  auto end_line = [&] {
    // A space or tab at a line's end would be lost in transport: encode it.
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
      const char last = line.back();
      line.pop_back();
      put(last == ' ' ? "=20" : "=09");
    }
    out += line + "\r\n";
    line.clear();
  };
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c == '\r') continue;
    if (c == '\n') {
      end_line();
    } else if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t') {
      put(std::string(1, static_cast<char>(c)));
    } else {
      put(std::string{'=', kHex[c >> 4], kHex[c & 15]});
    }
  }
  if (!line.empty()) end_line();
  return out;
}

std::string rfc5322_date(long long ms) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm t{};
  gmtime_r(&seconds, &t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[t.tm_wday], t.tm_mday,
                kMonths[t.tm_mon], t.tm_year + 1900, t.tm_hour, t.tm_min, t.tm_sec);
  return buf;
}

std::string rfc5322_text(const MailMessage& m) {
  std::string out;
  auto header = [&out](const char* name, const std::string& value) {
    out += std::string(name) + ": " + value + "\r\n";
  };
  header("From", (m.from_name.empty() ? "" : encoded_header_text(m.from_name) + " ") + "<" + one_line(m.from) + ">");
  header("To", "<" + one_line(m.to) + ">");
  header("Subject", encoded_header_text(m.subject));
  header("Date", rfc5322_date(m.date_ms));
  header("Message-ID", "<" + one_line(m.message_id) + ">");
  header("MIME-Version", "1.0");
  header("Auto-Submitted", "auto-generated");  // RFC 3834: no auto-replies to it
  if (m.calendar.empty()) {
    header("Content-Type", "text/plain; charset=utf-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    out += "\r\n";
    out += quoted_printable(m.body);
    return out;
  }
  // The text and the invitation as alternatives: a calendar client shows the invitation, any other the text.
  std::string boundary = "=_polku_";  // "=_" never appears in quoted-printable or base64 text
  for (char c : m.message_id) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.') boundary += c;
  }
  header("Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
  out += "\r\n--" + boundary + "\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
  out += quoted_printable(m.body);
  out += "\r\n--" + boundary + "\r\n";
  out += "Content-Type: text/calendar; charset=utf-8; method=" + calendar_method(m.calendar) + "\r\n";
  out += "Content-Transfer-Encoding: base64\r\n\r\n";
  out += base64_lines(m.calendar);
  out += "\r\n--" + boundary + "--\r\n";
  return out;
}

}  // namespace polku::notifications
