// Nothing acknowledged is lost: the real `polku serve` in its own process takes writes from eight connections
// (clients, cases and their referrals, bookings, attendance marks) and is killed with SIGKILL at random moments,
// again and again, and restarted. Afterwards every write answered 2xx is there (a client with its audit entry, a
// referral at its answered version or later), and the audit chain verifies; on SQLite and PostgreSQL.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "api/guidance_helpers.hpp"
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

// What the server answered 2xx to, by kind.
struct Acknowledged {
  std::mutex m;
  std::set<long long> clients, cases, bookings;
  std::map<long long, std::pair<long long, std::string>> referrals;  // case -> the version answered, the text
  std::set<std::string> marks;                                       // the mark ids of attendance marks
  template <class F>
  void add(F f) {
    std::lock_guard lock(m);
    f();
  }
  std::size_t total() {
    std::lock_guard lock(m);
    return clients.size() + cases.size() + bookings.size() + referrals.size() + marks.size();
  }
};

// A social instructor's story, again and again: a client, a case, its referral, a booking of the place.
void instructor_stories(unsigned short port, long long place_id, std::atomic<int>& next, std::atomic<bool>& stop,
                        Acknowledged& ack) {
  std::optional<HttpClient> client;
  const std::string today = today_helsinki();
  while (!stop) {
    try {
      if (!client) {
        HttpClient fresh(port);
        if (fresh.login("instructor", testing::kTestPassword).status != 200) throw std::runtime_error("sign-in");
        client = std::move(fresh);
      }
      const int k = next++;
      auto person = client->post(
          "/api/v1/clients", json::object{{"firstNames", "Kaatuva"},
                                          {"lastName", "Palvelin" + std::to_string(k)},
                                          {"personalIdentityCode",
                                           testing::identity_code(1 + k % 28, 1 + k % 12, 1950 + k % 40, 2 + k % 800)},
                                          {"municipality", "Testilaakso"}});
      if (person.status != 201) continue;
      const long long client_id = int_at(person.json(), "id");
      ack.add([&] { ack.clients.insert(client_id); });
      auto opened = client->post("/api/v1/cases", json::object{{"clientId", client_id}, {"serviceType", "ktt"}});
      if (opened.status != 201) continue;
      const auto c = opened.json();
      const long long case_id = int_at(c, "id");
      ack.add([&] { ack.cases.insert(case_id); });
      const std::string text = "Ohjattu kaatumistestistä " + std::to_string(k);
      auto referred = client->put(
          "/api/v1/cases/" + std::to_string(case_id) + "/referral",
          json::object{
              {"source", "social_services"}, {"orderText", text}, {"date", today}, {"version", int_at(c, "version")}});
      if (referred.status == 200) {
        std::lock_guard lock(ack.m);
        ack.referrals[case_id] = {int_at(referred.json(), "version"), text};
      }
      auto booked = client->post("/api/v1/bookings",
                                 json::object{{"placeId", place_id}, {"clientId", client_id}, {"startDate", today}});
      if (booked.status == 201) ack.add([&] { ack.bookings.insert(int_at(booked.json(), "id")); });
    } catch (const std::exception&) {
      // The server died under the request: not acknowledged, so not promised. Begin again when it is back.
      client.reset();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
}

// The place's supervisor marks each day of a period so far, then corrects the marks round after round with the
// version read and why. Each mark has its own mark id: one sent again after a crash is the same mark, and a
// conflict (a mark made but its answer lost) has the versions read again.
void supervisor_marks(unsigned short port, long long period_id, const std::string& from, std::atomic<bool>& stop,
                      Acknowledged& ack) {
  std::optional<HttpClient> client;
  const std::string path = "/api/v1/periods/" + std::to_string(period_id);
  std::vector<std::string> days;
  std::map<std::string, long long> versions;  // day -> the version of its mark, as last read
  bool reread = true;
  for (int round = 0; !stop; ++round) {
    for (std::size_t i = 0; i < std::max<std::size_t>(days.size(), 1) && !stop; ++i) {
      try {
        if (!client) {
          HttpClient fresh(port);
          if (fresh.login("supervisor", testing::kTestPassword).status != 200) throw std::runtime_error("sign-in");
          client = std::move(fresh);
        }
        if (reread) {
          auto read = client->get(path + "/attendance?from=" + from + "&to=" + today_helsinki());
          if (read.status != 200) throw std::runtime_error("attendance");
          const auto body = read.json();
          days.clear();
          for (const auto& e : body.at("expected").as_array()) days.push_back(text_at(e, "date"));
          versions.clear();
          for (const auto& r : body.at("records").as_array()) versions[text_at(r, "day")] = int_at(r, "version");
          reread = false;
          if (days.empty()) throw std::runtime_error("no days");
        }
        const auto& day = days[i % days.size()];
        const std::string mark = "crash-" + std::to_string(period_id) + "-" + day + "-" + std::to_string(round);
        json::object body{{"status", "present"}, {"minutes", 240}, {"markId", mark}};
        if (auto known = versions.find(day); known != versions.end()) {
          if (round % 2 == 1) body = {{"status", "absent_with_notice"}, {"absenceReason", "illness"}, {"markId", mark}};
          body["version"] = known->second;
          body["why"] = "Korjattu kierroksella " + std::to_string(round);
        }
        auto marked = client->put(path + "/attendance/" + day, body);
        if (marked.status == 200) {
          // The same mark as the record's (one made before a crash, its answer lost) changes nothing: no new entry.
          const long long version = int_at(marked.json(), "version");
          if (!body.contains("version") || body.at("version").as_int64() != version)
            ack.add([&] { ack.marks.insert(mark); });
          versions[day] = version;
        } else if (marked.status == 409) {
          reread = true;
        }
      } catch (const std::exception&) {
        client.reset();
        reread = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
  }
}

TEST_P(CrashDurability, EveryAcknowledgedWriteSurvivesRepeatedKills) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  // A roomy place of the association under an agreement, for a booking in every story; two periods at the
  // sorting place from three weeks ago, their days to mark.
  const long long hall = int_at(w.place(w.association, "Iso sali", {{"capacity", 100}}), "id");
  w.partnership(w.association, {hall});
  const std::string today = today_helsinki();
  const std::string start = add_days(today, 1 - iso_weekday(today) - 21);  // a day list holds 31 days at most
  const auto first = guided(w, reg, start, "Merkitty", "Ensimmäinen"),
             second = guided(w, reg, start, "Merkitty", "Toinen");
  ASSERT_GT(first.period_id, 0);
  ASSERT_GT(second.period_id, 0);
  server.stop();
  const std::string url = server.database().url();
  const auto port = free_port();
  ServerProcess polku(url, port);
  ASSERT_NO_FATAL_FAILURE(polku.start());

  Acknowledged ack;
  std::atomic<int> next{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> writers;
  for (int i = 0; i < 6; ++i) writers.emplace_back([&] { instructor_stories(port, hall, next, stop, ack); });
  for (const auto* g : {&first, &second})
    writers.emplace_back([&, g] { supervisor_marks(port, g->period_id, start, stop, ack); });

  std::mt19937 random(20261203);
  std::uniform_int_distribution<int> pause_ms(150, 600);
  std::size_t before_kill = 0;
  int progressed = 0;
  for (int cycle = 0; cycle < 8; ++cycle) {
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(random)));
    polku.kill_now();
    if (const auto now = ack.total(); now > before_kill) ++progressed, before_kill = now;
    ASSERT_NO_FATAL_FAILURE(polku.start());
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  stop = true;
  for (auto& t : writers) t.join();
  polku.kill_now();
  EXPECT_GE(progressed, 6) << "writes were acknowledged between most of the kills";

  server.database().reopen(1);
  auto& db = server.database().db();
  const auto count = [&](soci::session& sql, const char* query, long long id) {
    int n = 0;
    sql << query, soci::use(id), soci::into(n);
    return n;
  };
  std::size_t clients = 0, audited = 0, cases = 0, bookings = 0, referrals = 0, marks = 0;
  db.read([&](soci::session& sql) {
    for (long long id : ack.clients) {
      clients += count(sql, "SELECT COUNT(*) FROM clients WHERE id = :i", id);
      audited += count(sql, "SELECT COUNT(*) FROM audit_log WHERE client_id = :i AND action = 'create'", id) > 0;
    }
    for (long long id : ack.cases) cases += count(sql, "SELECT COUNT(*) FROM cases WHERE id = :i", id);
    for (long long id : ack.bookings)
      bookings += count(sql, "SELECT COUNT(*) FROM placement_bookings WHERE id = :i", id);
    for (const auto& [id, answered] : ack.referrals) {
      long long version = 0;
      std::string text;
      sql << "SELECT version, referral_order_text FROM cases WHERE id = :i", soci::use(id), soci::into(version),
          soci::into(text);
      referrals += version >= answered.first && text == answered.second;
    }
    for (const auto& mark : ack.marks) {
      int n = 0;
      sql << "SELECT COUNT(*) FROM attendance_changes WHERE mark_id = :m", soci::use(mark), soci::into(n);
      marks += n;
    }
  });
  std::cout << ack.clients.size() << " clients, " << ack.cases.size() << " cases, " << ack.referrals.size()
            << " referrals, " << ack.bookings.size() << " bookings and " << ack.marks.size()
            << " attendance marks acknowledged across 8 kills on " << GetParam() << "\n";
  EXPECT_GT(ack.clients.size(), 30U);
  EXPECT_GT(ack.bookings.size(), 10U);
  EXPECT_GE(ack.marks.size(), 30U);
  EXPECT_EQ(clients, ack.clients.size()) << "every client answered 201 is there";
  EXPECT_EQ(audited, ack.clients.size()) << "each with its audit entry";
  EXPECT_EQ(cases, ack.cases.size()) << "every case answered 201 is there";
  EXPECT_EQ(referrals, ack.referrals.size()) << "every referral answered 200 is there, at its version or later";
  EXPECT_EQ(bookings, ack.bookings.size()) << "every booking answered 201 is there";
  EXPECT_EQ(marks, ack.marks.size()) << "every attendance mark and correction answered 200 is there";
  audit::AuditLog log(db);
  const auto verdict = log.verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at " << verdict.first_broken_id;
}

POLKU_API_TEST_BACKENDS(CrashDurability);

}  // namespace
}  // namespace polku::api_test
