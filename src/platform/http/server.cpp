#include "platform/http/server.hpp"

#include <spdlog/spdlog.h>

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace polku::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

namespace {

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket&& socket, Server& server) : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    const auto peer = stream_.socket().remote_endpoint(ec);
    if (!ec) peer_ = peer.address().to_string();
  }

  void start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
  }

 private:
  void read() {
    // A fresh parser per message, with explicit limits.
    parser_.emplace();
    // Beast checks Content-Length against the limit while parsing the header.
    parser_->body_limit(server_.dispatcher().largest_body_limit(server_.options().body_limit));
    parser_->header_limit(16 * 1024);
    stream_.expires_after(std::chrono::seconds(server_.options().read_timeout_seconds));
    // The header first: an upload route may allow a larger body than the default.
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    if (ec) return on_read(ec);
    const auto& header = parser_->get();
    match_ = server_.dispatcher().match(header.method_string(), header.target());
    const auto limit = Dispatcher::body_limit_for(match_, server_.options().body_limit);
    if (auto length = parser_->content_length(); length && *length > limit) return on_read(bhttp::error::body_limit);
    parser_->body_limit(limit);  // enforced from here on for chunked bodies
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream) return close();
    if (ec == bhttp::error::body_limit) {
      server_.in_flight()++;
      return write(
          server_.dispatcher().refuse(parser_->get(), Error::make(ErrorCode::kPayloadTooLarge, "payload_too_large")));
    }
    // A request that cannot be read is answered (and the connection closed) when the client is still there to
    // read it; a timeout or a reset only ends the connection.
    if (ec == bhttp::error::header_limit) {
      server_.in_flight()++;
      return write(
          server_.dispatcher().refuse(parser_->get(), Error::make(ErrorCode::kBadRequest, "header_too_large")));
    }
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category()) {
      server_.in_flight()++;
      return write(server_.dispatcher().refuse(parser_->get(), Error::make(ErrorCode::kBadRequest, "bad_request")));
    }
    if (ec) return;
    server_.in_flight()++;
    auto raw = parser_->release();
    auto match = std::move(match_);
    if (Dispatcher::is_inline(match)) {
      return write(server_.dispatcher().handle(std::move(raw), std::move(match), peer_));
    }
    asio::post(
        server_.workers(), [self = shared_from_this(), raw = std::move(raw), match = std::move(match)]() mutable {
          self->server_.dispatcher().handle_async(std::move(raw), std::move(match), self->peer_, [self](Response res) {
            asio::post(self->stream_.get_executor(),
                       [self, res = std::move(res)]() mutable { self->write(std::move(res)); });
          });
        });
  }

  void write(Response&& res) {
    if (server_.draining()) res.keep_alive(false);
    response_ = std::make_shared<Response>(std::move(res));
    stream_.expires_after(std::chrono::seconds(30));
    bhttp::async_write(stream_, *response_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->server_.in_flight()--;
      if (ec || !self->response_->keep_alive()) return self->close();
      self->response_.reset();
      self->read();
    });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  beast::tcp_stream stream_;
  Server& server_;
  std::string peer_;  // the address the connection comes from
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  RouteMatch match_;  // of the request being read
  std::shared_ptr<Response> response_;
};

}  // namespace

Server::Server(ServerOptions options, Dispatcher& dispatcher)
    : options_(std::move(options)),
      dispatcher_(dispatcher),
      ioc_(options_.io_threads),
      workers_(static_cast<std::size_t>(options_.worker_threads)),
      acceptor_(asio::make_strand(ioc_)) {}

Server::~Server() { workers_.join(); }

unsigned short Server::listen() {
  auto address = asio::ip::make_address(options_.host == "localhost" ? "127.0.0.1" : options_.host);
  tcp::endpoint endpoint(address, options_.port);
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(asio::socket_base::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(asio::socket_base::max_listen_connections);
  return acceptor_.local_endpoint().port();
}

void Server::accept() {
  acceptor_.async_accept(asio::make_strand(ioc_), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (ec == asio::error::operation_aborted || !acceptor_.is_open()) return;
      spdlog::warn("accept failed: {}", ec.message());
    } else {
      std::make_shared<Connection>(std::move(socket), *this)->start();
    }
    if (acceptor_.is_open()) accept();
  });
}

void Server::stop() {
  asio::post(acceptor_.get_executor(), [this] { begin_drain(); });
}

void Server::begin_drain() {
  if (draining_.exchange(true)) return;
  spdlog::info("shutting down: no new connections, finishing {} request(s) in flight", in_flight_.load());
  beast::error_code ec;
  acceptor_.close(ec);
  auto timer = std::make_shared<asio::steady_timer>(ioc_);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options_.drain_seconds);
  // The poll holds itself only through its pending wait: once it stops the server, nothing holds it (no cycle).
  auto poll = std::make_shared<std::function<void()>>();
  *poll = [this, timer, deadline, weak = std::weak_ptr<std::function<void()>>(poll)] {
    if (in_flight_.load() == 0 || std::chrono::steady_clock::now() > deadline) {
      ioc_.stop();
      return;
    }
    timer->expires_after(std::chrono::milliseconds(20));
    timer->async_wait([self = weak.lock()](beast::error_code) { (*self)(); });
  };
  (*poll)();
}

void Server::run(bool handle_signals) {
  asio::signal_set signals(ioc_);
  if (handle_signals) {
    signals.add(SIGINT);
    signals.add(SIGTERM);
    signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) stop();
    });
  }
  accept();
  std::vector<std::thread> threads;
  for (int i = 1; i < options_.io_threads; ++i) threads.emplace_back([this] { ioc_.run(); });
  ioc_.run();
  for (auto& t : threads) t.join();
  workers_.join();
  spdlog::info("stopped");
}

}  // namespace polku::http
