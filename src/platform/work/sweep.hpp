// A sweep: a background thread of `polku serve` that runs a job for the Helsinki day when it starts and then every
// interval, so a node that was down catches up when it comes back (the guidance reminders, the due dates' reminders).
// A job that fails is logged and tried again at the next round.
#pragma once
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace polku::work {

class Sweep {
 public:
  // `job` gets the Helsinki day and answers how many it did (logged when more than none).
  Sweep(std::string name, std::function<int(const std::string& today)> job,
        std::chrono::milliseconds every = std::chrono::hours(1))
      : name_(std::move(name)), job_(std::move(job)), every_(every) {}
  ~Sweep() { stop(); }
  Sweep(const Sweep&) = delete;
  Sweep& operator=(const Sweep&) = delete;

  void start();
  // Waits for a round in progress.
  void stop();

 private:
  void loop();

  std::string name_;
  std::function<int(const std::string&)> job_;
  std::chrono::milliseconds every_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace polku::work
