// The composition root: configuration -> database -> modules -> routes -> server.
#pragma once
#include <memory>

#include "platform/config/config.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/server.hpp"
#include "retention/retention_service.hpp"

namespace polku::app {

class App {
 public:
  explicit App(config::Config config);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Binds the listening socket; returns the port.
  unsigned short listen();
  // Serves until stop() or SIGTERM; finishes requests in flight.
  void run(bool handle_signals = true);
  void stop();
  const http::Router& router() const;
  // The middleware chain and the routes without a socket, for answering a request in the same process (the fuzz
  // targets of fuzz/).
  http::Dispatcher& dispatcher();
  // One round of the due dates' reminders as the sweep runs it on `today` (a Helsinki date).
  int remind_due(const std::string& today);
  // The archive schedule's job: what is due on a day, and its removal.
  retention::RetentionService& retention();

 private:
  struct Parts;
  std::unique_ptr<Parts> parts_;
};

}  // namespace polku::app
