// The HTTP server on Boost.Beast: I/O threads read and write, a worker pool runs
// handlers (SQL never blocks an I/O thread), SIGTERM drains requests in flight.
#pragma once
#include <atomic>
#include <boost/asio.hpp>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "platform/http/dispatcher.hpp"

namespace polku::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 2;
  int worker_threads = 8;
  std::size_t body_limit = 1024 * 1024;
  int read_timeout_seconds = 30;
  int drain_seconds = 20;
};

class Server {
 public:
  Server(ServerOptions options, Dispatcher& dispatcher);
  ~Server();
  // Binds; returns the bound port (useful with port 0).
  unsigned short listen();
  // Runs until stop() or SIGTERM/SIGINT (when handle_signals), then drains.
  void run(bool handle_signals = true);
  // Asks a running server to drain and stop; safe from any thread.
  void stop();

  // Internal, used by connections.
  Dispatcher& dispatcher() { return dispatcher_; }
  const ServerOptions& options() const { return options_; }
  boost::asio::thread_pool& workers() { return workers_; }
  std::atomic<int>& in_flight() { return in_flight_; }
  bool draining() const { return draining_.load(); }

 private:
  void accept();
  void begin_drain();

  ServerOptions options_;
  Dispatcher& dispatcher_;
  boost::asio::io_context ioc_;
  boost::asio::thread_pool workers_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::atomic<int> in_flight_{0};
  std::atomic<bool> draining_{false};
};

}  // namespace polku::http
