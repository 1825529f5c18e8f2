// The reminders' sweep: a background thread of `polku serve` that runs Reminders::remind for the Helsinki day
// when it starts and then every interval, so a node that was down catches up when it comes back.
#pragma once
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "guidance/reminders.hpp"

namespace polku::guidance {

class ReminderSweep {
 public:
  explicit ReminderSweep(Reminders& reminders, std::chrono::milliseconds every = std::chrono::hours(1))
      : reminders_(reminders), every_(every) {}
  ~ReminderSweep() { stop(); }
  ReminderSweep(const ReminderSweep&) = delete;
  ReminderSweep& operator=(const ReminderSweep&) = delete;

  void start();
  // Waits for a sweep in progress.
  void stop();

 private:
  void loop();

  Reminders& reminders_;
  std::chrono::milliseconds every_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace polku::guidance
