#include "support/test_server.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <mutex>
#include <stdexcept>

#include "forms/shipped_forms.hpp"

namespace polku::testing {
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = boost::asio::ip::tcp;

namespace {
std::mutex journal_mutex;
std::vector<Exchange>* journal = nullptr;
}  // namespace

RequestJournal::RequestJournal() {
  std::lock_guard lock(journal_mutex);
  if (journal) throw std::logic_error("one request journal at a time");
  journal = new std::vector<Exchange>();
}

RequestJournal::~RequestJournal() {
  std::lock_guard lock(journal_mutex);
  delete journal;
  journal = nullptr;
}

std::vector<Exchange> RequestJournal::exchanges() const {
  std::lock_guard lock(journal_mutex);
  return *journal;
}

TestServer::TestServer(const std::string& backend, const std::function<void(db::Database&)>& prepare,
                       const std::function<void(config::Config&)>& configure)
    : database_(std::make_unique<TestDatabase>(backend)) {
  // As `polku migrate` leaves every database: migrated, with the shipped forms.
  forms::install_shipped_forms(database_->db());
  if (prepare) prepare(database_->db());
  database_->close();
  config::Config c;
  c.database_url = database_->url();
  c.database_pool_size = 4;
  c.listen_host = "127.0.0.1";
  c.listen_port = 0;
  c.web_root = "does-not-exist";
  c.io_threads = 1;
  c.worker_threads = 4;
  if (configure) configure(c);
  app_ = std::make_unique<app::App>(c);
  port_ = app_->listen();
  thread_ = std::thread([this] { app_->run(false); });
}

void TestServer::stop() {
  if (!app_) return;
  app_->stop();
  thread_.join();
  app_.reset();
}

TestServer::~TestServer() { stop(); }

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
                                 const std::map<std::string, std::string>& headers) {
  boost::asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port_));
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  req.set(bhttp::field::accept_language, language);
  if (!cookie.empty()) req.set(bhttp::field::cookie, "polku_session=" + cookie);
  if (send_csrf && !csrf_token.empty() && method != "GET") req.set("X-CSRF-Token", csrf_token);
  if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
  if (!forwarded_for.empty()) req.set("X-Forwarded-For", forwarded_for);
  for (const auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  // A server may answer (e.g. 413) and close before the whole body is sent: read its answer anyway.
  beast::error_code write_error;
  bhttp::write(stream, req, write_error);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  bhttp::read(stream, buffer, parser);
  auto res = parser.release();
  HttpResponse out;
  out.status = res.result_int();
  out.body = res.body();
  for (const auto& field : res) {
    std::string name(field.name_string());
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out.headers[name] = std::string(field.value());
  }
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  {
    std::lock_guard lock(journal_mutex);
    if (journal) journal->push_back({method, target, out.status, out.header("x-request-id")});
  }
  return out;
}

HttpResponse HttpClient::login(const std::string& username, const std::string& password) {
  auto res = post("/api/v1/auth/login", {{"username", username}, {"password", password}});
  if (res.status == 200) {
    const auto set_cookie = res.header("set-cookie");
    const std::string prefix = "polku_session=";
    auto start = set_cookie.find(prefix);
    if (start != std::string::npos) {
      start += prefix.size();
      cookie = set_cookie.substr(start, set_cookie.find(';', start) - start);
    }
    csrf_token = std::string(res.json().at("csrfToken").as_string());
  }
  return res;
}

}  // namespace polku::testing
