#include "platform/work/sweep.hpp"

#include <spdlog/spdlog.h>

#include "platform/core/clock.hpp"

namespace polku::work {

void Sweep::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void Sweep::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Sweep::loop() {
  for (;;) {
    try {
      if (const int n = job_(today_helsinki()); n > 0) spdlog::info("{}: {} sent", name_, n);
    } catch (const std::exception& e) {
      spdlog::warn("{}: {}", name_, e.what());
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, every_, [this] { return stopping_; });
    if (stopping_) break;
  }
}

}  // namespace polku::work
