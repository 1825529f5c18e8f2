// The outbox sender: a background thread of `polku serve` that claims due e-mails for this node, delivers
// each and marks it sent, due again after the backoff, or failed. Several nodes may run one each: a claim
// is a lease, so a message is sent once, and a node that dies leaves its claims to the others when the
// lease lapses.
#pragma once
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "notifications/outbox_store.hpp"
#include "notifications/smtp_mailer.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::notifications {

using Deliver = std::function<Delivery(const OutboxMessage&)>;

struct SenderOptions {
  std::string node;                     // this node's name in claims; default: host name, process id, a random part
  int batch = 10;                       // messages claimed at once
  long long lease_ms = 15 * 60 * 1000;  // longer than a batch's deliveries can take (10 x 60 s timeout)
  long long idle_wait_ms = 5000;        // between looks at the outbox when nothing was due
};

struct SendReport {
  int claimed = 0, sent = 0, retried = 0, failed = 0;
};

class Sender {
 public:
  Sender(work::Transactor& transactor, Deliver deliver, SenderOptions options = {});
  ~Sender() { stop(); }
  Sender(const Sender&) = delete;
  Sender& operator=(const Sender&) = delete;

  // One claim and its deliveries, as at `now_ms` (tests move the clock on).
  SendReport run_once(long long now_ms);
  // The background thread: runs until stop(), which waits for a delivery in progress.
  void start();
  void stop();

 private:
  void loop();

  work::Transactor& transactor_;
  Deliver deliver_;
  SenderOptions options_;
  OutboxStore outbox_;
  long long claims_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace polku::notifications
