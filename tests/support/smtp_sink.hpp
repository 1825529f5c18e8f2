// A real SMTP server for tests: tests/support/smtp_sink.py (aiosmtpd) on a free loopback port, which saves
// the messages it accepts and may refuse the first ones with a 451. Stopped on destruction.
#pragma once
#include <boost/json.hpp>
#include <chrono>
#include <string>
#include <vector>

namespace polku::testing {

class SmtpSink {
 public:
  explicit SmtpSink(int refuse_first = 0);
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  unsigned short port() const { return port_; }
  // The accepted messages in order: mailFrom, rcptTos, raw, from, to, subject, date, messageId, contentType,
  // charset, body (decoded).
  std::vector<boost::json::object> messages() const;

 private:
  std::string folder_;
  int pid_ = 0;
  unsigned short port_ = 0;
};

}  // namespace polku::testing
