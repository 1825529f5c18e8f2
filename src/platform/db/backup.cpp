#include "platform/db/backup.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "platform/core/process.hpp"
#include "platform/db/row.hpp"

namespace polku::db {

namespace {

bool is_sqlite_url(const std::string& url) { return url.rfind("sqlite://", 0) == 0; }

// Copies the whole of `from` into `to` in one step: the source is read in one transaction, a consistent snapshot
// even while others write (they wait or go on in the WAL).
void sqlite_copy(const std::string& from, const std::string& to) {
  sqlite3* src = nullptr;
  sqlite3* dst = nullptr;
  const auto close_both = [&] {
    sqlite3_close(src);
    sqlite3_close(dst);
  };
  const auto open = [&](const std::string& path, sqlite3** db, int flags) {
    if (sqlite3_open_v2(path.c_str(), db, flags, nullptr) == SQLITE_OK) return;
    const std::string why = sqlite3_errmsg(*db);
    close_both();
    throw std::runtime_error("cannot open " + path + ": " + why);
  };
  open(from, &src, SQLITE_OPEN_READONLY);
  open(to, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3_busy_timeout(src, 10'000);
  sqlite3_backup* copy = sqlite3_backup_init(dst, "main", src, "main");
  if (!copy) {
    const std::string why = sqlite3_errmsg(dst);
    close_both();
    throw std::runtime_error("cannot start the copy: " + why);
  }
  int rc = SQLITE_OK;
  for (int tries = 0; tries < 100; ++tries) {
    rc = sqlite3_backup_step(copy, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    sqlite3_sleep(100);
  }
  sqlite3_backup_finish(copy);
  const std::string why = sqlite3_errmsg(dst);
  close_both();
  if (rc != SQLITE_DONE) throw std::runtime_error("the copy did not finish: " + why);
}

std::string first_bytes(const std::string& file, std::size_t n) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file);
  std::string head(n, '\0');
  in.read(head.data(), static_cast<std::streamsize>(n));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

void run_or_throw(const std::vector<std::string>& argv) {
  const auto run = run_program(argv);
  if (run.exit_code != 0) throw std::runtime_error(argv[0] + " failed: " + run.output);
}

}  // namespace

std::vector<TableRows> table_rows(Database& db) {
  return db.read([&](soci::session& sql) {
    std::vector<std::string> names;
    soci::rowset<soci::row> rows =
        db.is_sqlite()
            ? (sql.prepare << "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY name")
            : (sql.prepare << "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
    for (const auto& r : rows) names.push_back(text_at(r, 0));
    std::vector<TableRows> out;
    for (const auto& name : names) {
      long long n = 0;
      sql << "SELECT COUNT(*) FROM \"" + name + "\"", soci::into(n);
      out.push_back({name, n});
    }
    return out;
  });
}

void backup(const std::string& url, const std::string& file) {
  if (is_sqlite_url(url)) {
    const auto path = sqlite_path_from_url(url);
    if (!std::filesystem::exists(path)) throw std::runtime_error("no database at " + path);
    std::filesystem::remove(file);
    sqlite_copy(path, file);
    return;
  }
  run_or_throw({"pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + file, "--dbname=" + url});
}

void restore(const std::string& file, const std::string& url) {
  const auto head = first_bytes(file, 16);
  const bool sqlite_file = head.rfind("SQLite format 3", 0) == 0;
  const bool pg_dump_file = head.rfind("PGDMP", 0) == 0;
  if (!sqlite_file && !pg_dump_file) throw std::runtime_error(file + " is no Polku backup");
  if (sqlite_file != is_sqlite_url(url)) {
    throw std::runtime_error("a backup of " + std::string(sqlite_file ? "SQLite" : "PostgreSQL") +
                             " restores only into the same kind of database");
  }
  {
    Database target(url, 1);
    if (!table_rows(target).empty()) throw std::runtime_error("the database to restore into is not empty");
  }
  if (sqlite_file) {
    sqlite_copy(file, sqlite_path_from_url(url));
    return;
  }
  run_or_throw({"pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                "--dbname=" + url, file});
}

}  // namespace polku::db
