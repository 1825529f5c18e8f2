#include "notifications/sender.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include "notifications/notification_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::notifications {
namespace {

std::string default_node() {
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  return std::string(host) + "/" + std::to_string(getpid()) + "/" + std::to_string(randombytes_random());
}

const work::Actor kActor{0, "outbox sender", "outbox"};

}  // namespace

Sender::Sender(work::Transactor& transactor, Deliver deliver, SenderOptions options)
    : transactor_(transactor), deliver_(std::move(deliver)), options_(std::move(options)) {
  if (options_.node.empty()) options_.node = default_node();
}

SendReport Sender::run_once(long long now) {
  SendReport report;
  const std::string claim = options_.node + "#" + std::to_string(++claims_);
  auto claimed = transactor_.run(kActor, [&](work::UnitOfWork& unit) -> Result<std::vector<OutboxMessage>> {
    return outbox_.claim(unit, claim, iso_from_ms(now), iso_from_ms(now + options_.lease_ms), options_.batch);
  });
  if (!claimed) throw std::runtime_error("outbox claim: " + claimed.error().log_detail);
  report.claimed = static_cast<int>(claimed->size());
  for (const auto& m : *claimed) {
    const Delivery d = deliver_(m);
    const auto delay = d.ok ? std::nullopt : retry_delay_seconds(m.attempts, d.permanent);
    auto marked = transactor_.run(kActor, [&](work::UnitOfWork& unit) -> Result<bool> {
      if (d.ok) return outbox_.sent(unit, m.id, claim, now_iso());
      if (delay) return outbox_.retry(unit, m.id, claim, iso_from_ms(now + *delay * 1000), d.error);
      return outbox_.failed(unit, m.id, claim, d.error);
    });
    if (!marked || !*marked) spdlog::warn("outbox {}: the claim lapsed before the result was recorded", m.id);
    if (d.ok) {
      ++report.sent;
    } else if (delay) {
      ++report.retried;
      spdlog::warn("outbox {}: attempt {} failed, next in {} s: {}", m.id, m.attempts, *delay, d.error);
    } else {
      ++report.failed;
      spdlog::error("outbox {}: given up after {} attempts: {}", m.id, m.attempts, d.error);
    }
  }
  return report;
}

void Sender::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void Sender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Sender::loop() {
  spdlog::info("outbox sender started as {}", options_.node);
  for (;;) {
    bool busy = false;
    try {
      busy = run_once(now_ms()).claimed == options_.batch;  // a full batch: more may be due at once
    } catch (const std::exception& e) {
      spdlog::warn("outbox sender: {}", e.what());
    }
    std::unique_lock lock(mutex_);
    if (!busy) wake_.wait_for(lock, std::chrono::milliseconds(options_.idle_wait_ms), [this] { return stopping_; });
    if (stopping_) break;
  }
  spdlog::info("outbox sender stopped");
}

}  // namespace polku::notifications
