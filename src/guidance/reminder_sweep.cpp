#include "guidance/reminder_sweep.hpp"

#include <spdlog/spdlog.h>

#include "platform/core/clock.hpp"

namespace polku::guidance {

void ReminderSweep::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void ReminderSweep::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ReminderSweep::loop() {
  for (;;) {
    try {
      if (const int n = reminders_.remind(today_helsinki()); n > 0) spdlog::info("guidance reminders: {} sent", n);
    } catch (const std::exception& e) {
      spdlog::warn("guidance reminders: {}", e.what());
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, every_, [this] { return stopping_; });
    if (stopping_) break;
  }
}

}  // namespace polku::guidance
