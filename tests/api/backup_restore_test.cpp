// `polku backup` and `polku restore` on both databases: a copy made while clients are written holds every write
// answered before it began, with the audit chain unbroken; a copy of a quiet database restores row for row; the
// server serves from a restored database; a restore refuses a database that is not empty.
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "api/api_test_helpers.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/backup.hpp"

namespace polku::api_test {
namespace {

namespace fs = std::filesystem;

class BackupRestore : public BackendTest {};

long long count_where(db::Database& db, const std::string& table, const std::string& where) {
  long long n = 0;
  db.read([&](soci::session& sql) { sql << "SELECT COUNT(*) FROM " + table + " WHERE " + where, soci::into(n); });
  return n;
}

TEST_P(BackupRestore, ACopyMadeWhileServingRestoresWholeIntoAnEmptyDatabase) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto first = w.client("Varmuus", "Kopio");
  auto instructor = w.sign_in("instructor");
  json_ok(instructor.get("/api/v1/clients/" + std::to_string(first)));
  const fs::path dir = fs::temp_directory_path() / ("polku-backup-" + std::to_string(::getpid()) + GetParam());
  fs::create_directories(dir);
  const std::string file = (dir / "polku.backup").string();

  // Clients are written from another connection while the copy is made.
  std::mutex m;
  std::vector<long long> acknowledged;
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    auto worker = w.sign_in("instructor");
    for (int n = 0; !stop && n < 4000; ++n) {
      auto res = worker.post(
          "/api/v1/clients",
          json::object{
              {"firstNames", "Kesken"},
              {"lastName", "Kopio" + std::to_string(n)},
              {"personalIdentityCode", testing::identity_code(1 + n % 28, 1 + n % 12, 1950 + n % 40, 500 + n % 300)},
              {"municipality", "Testilaakso"}});
      if (res.status == 201) {
        std::lock_guard lock(m);
        acknowledged.push_back(int_at(res.json(), "id"));
      }
    }
  });
  while (true) {
    std::lock_guard lock(m);
    if (acknowledged.size() >= 5) break;
  }
  std::vector<long long> before;
  {
    std::lock_guard lock(m);
    before = acknowledged;
  }
  db::backup(server.database().url(), file);
  stop = true;
  writer.join();

  testing::TestDatabase online(GetParam(), 1, testing::kUnmigrated);
  db::restore(file, online.url());
  for (long long id : before) {
    EXPECT_EQ(count_where(online.db(), "clients", "id = " + std::to_string(id)), 1) << "client " << id;
  }
  audit::AuditLog restored_log(online.db());
  EXPECT_TRUE(restored_log.verify().ok);
  EXPECT_GT(count_where(online.db(), "audit_log", "1 = 1"), 0);

  // Quiet now: a second copy restores row for row.
  server.database().reopen(1);
  const auto source = db::table_rows(server.database().db());
  db::backup(server.database().url(), file);
  testing::TestDatabase quiet(GetParam(), 1, testing::kUnmigrated);
  db::restore(file, quiet.url());
  EXPECT_EQ(db::table_rows(quiet.db()), source);
  EXPECT_GT(source.size(), 40U);
  audit::AuditLog quiet_log(quiet.db());
  EXPECT_TRUE(quiet_log.verify().ok);
  EXPECT_THROW(db::restore(file, server.database().url()), std::runtime_error) << "not into a database in use";
  server.database().close();

  // The server serves from the restored copy: the same user signs in and reads the same client.
  quiet.close();
  config::Config c;
  c.database_url = quiet.url();
  c.listen_port = 0;
  c.web_root = "does-not-exist";
  c.io_threads = 1;
  c.worker_threads = 2;
  app::App restored(c);
  const auto port = restored.listen();
  std::thread serving([&] { restored.run(false); });
  HttpClient again(port);
  ASSERT_EQ(again.login("instructor", testing::kTestPassword).status, 200);
  auto read = json_ok(again.get("/api/v1/clients/" + std::to_string(first)));
  EXPECT_EQ(text_at(read, "lastName"), "Kopio");
  restored.stop();
  serving.join();
  fs::remove_all(dir);
}

POLKU_API_TEST_BACKENDS(BackupRestore);

}  // namespace
}  // namespace polku::api_test
