// Nothing acknowledged is lost: the real `polku serve` in its own process takes client writes from eight
// connections and is killed with SIGKILL at random moments, again and again, and restarted. Afterwards every
// client answered 201 is there with its audit entry, and the audit chain verifies; on SQLite and PostgreSQL.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <iostream>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "api/api_test_helpers.hpp"
#include "platform/audit/audit_log.hpp"

extern char** environ;

namespace polku::api_test {
namespace {

class CrashDurability : public BackendTest {};

unsigned short free_port() {
  boost::asio::io_context ioc;
  boost::asio::ip::tcp::acceptor a(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0});
  return a.local_endpoint().port();
}

// `polku serve` on the database, as an operator starts it.
class ServerProcess {
 public:
  ServerProcess(std::string url, unsigned short port) : url_(std::move(url)), port_(port) {}
  ~ServerProcess() { kill_now(); }

  void start() {
    const std::vector<std::string> argv = {
        POLKU_BINARY, "serve",          "--database",  url_,   "--listen", "127.0.0.1:" + std::to_string(port_),
        "--web-root", "does-not-exist", "--log-level", "error"};
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    ASSERT_EQ(posix_spawn(&pid_, POLKU_BINARY, &actions, nullptr, args.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    for (int i = 0; i < 200; ++i) {
      try {
        if (HttpClient(port_).get("/healthz").status == 200) return;
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL() << "polku serve did not start";
  }

  void kill_now() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = 0;
  }

 private:
  std::string url_;
  unsigned short port_;
  pid_t pid_ = 0;
};

TEST_P(CrashDurability, EveryAcknowledgedWriteSurvivesRepeatedKills) {
  TestServer server(GetParam());
  World::build(server);
  server.stop();
  const std::string url = server.database().url();
  const auto port = free_port();
  ServerProcess polku(url, port);
  ASSERT_NO_FATAL_FAILURE(polku.start());

  std::mutex m;
  std::set<long long> acknowledged;
  std::atomic<int> next{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> writers;
  for (int w = 0; w < 8; ++w) {
    writers.emplace_back([&] {
      std::optional<HttpClient> client;
      while (!stop) {
        try {
          if (!client) {
            HttpClient fresh(port);
            if (fresh.login("instructor", testing::kTestPassword).status != 200) throw std::runtime_error("sign-in");
            client = std::move(fresh);
          }
          const int k = next++;
          auto res = client->post(
              "/api/v1/clients",
              json::object{
                  {"firstNames", "Kaatuva"},
                  {"lastName", "Palvelin" + std::to_string(k)},
                  {"personalIdentityCode", testing::identity_code(1 + k % 28, 1 + k % 12, 1950 + k % 40, 2 + k % 800)},
                  {"municipality", "Testilaakso"}});
          if (res.status == 201) {
            std::lock_guard lock(m);
            acknowledged.insert(int_at(res.json(), "id"));
          }
        } catch (const std::exception&) {
          // The server died under the request: not acknowledged, so not promised. Try again when it is back.
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
      }
    });
  }

  std::mt19937 random(20261203);
  std::uniform_int_distribution<int> pause_ms(150, 600);
  std::size_t before_kill = 0;
  int progressed = 0;
  for (int cycle = 0; cycle < 8; ++cycle) {
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(random)));
    polku.kill_now();
    {
      std::lock_guard lock(m);
      if (acknowledged.size() > before_kill) ++progressed;
      before_kill = acknowledged.size();
    }
    ASSERT_NO_FATAL_FAILURE(polku.start());
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  stop = true;
  for (auto& t : writers) t.join();
  polku.kill_now();
  EXPECT_GE(progressed, 6) << "writes were acknowledged between most of the kills";

  server.database().reopen(1);
  auto& db = server.database().db();
  std::size_t found = 0, audited = 0;
  db.read([&](soci::session& sql) {
    for (long long id : acknowledged) {
      int n = 0, a = 0;
      sql << "SELECT COUNT(*) FROM clients WHERE id = :i", soci::use(id), soci::into(n);
      sql << "SELECT COUNT(*) FROM audit_log WHERE client_id = :i AND action = 'create'", soci::use(id), soci::into(a);
      found += n;
      audited += a > 0 ? 1 : 0;
    }
  });
  std::cout << acknowledged.size() << " writes acknowledged across 8 kills on " << GetParam() << "\n";
  EXPECT_GT(acknowledged.size(), 50U);
  EXPECT_EQ(found, acknowledged.size()) << "every client answered 201 is there";
  EXPECT_EQ(audited, acknowledged.size()) << "each with its audit entry";
  audit::AuditLog log(db);
  const auto verdict = log.verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at " << verdict.first_broken_id;
}

POLKU_API_TEST_BACKENDS(CrashDurability);

}  // namespace
}  // namespace polku::api_test
