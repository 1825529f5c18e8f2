// The archive schedule applied at simulated dates by the real `polku retention`: it lists first and removes only
// when told; a client whose cases closed ten years ago loses every record in every module, a client with an open
// case keeps all, each removal leaves its access log entry, and twelve years on the access log's oldest entries
// go behind an anchor from which the chain still verifies; on SQLite and PostgreSQL.
#include <set>

#include "api/every_record.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/process.hpp"
#include "platform/db/row.hpp"

namespace polku::api_test {
namespace {

class Retention : public BackendTest {};

ProgramRun retention(const std::string& url, const std::string& today, bool remove) {
  std::vector<std::string> argv = {POLKU_BINARY,  "retention", "--database", url,
                                   "--log-level", "error",     "--today",    today};
  if (remove) argv.push_back("--remove");
  return run_program(argv);
}

// The tables with a client_id column, read from the database itself, so that a new one is covered.
std::vector<std::string> client_tables(db::Database& db) {
  return db.read([&](soci::session& sql) {
    std::vector<std::string> out;
    const std::string query =
        db.is_sqlite()
            ? "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND "
              "c.name = 'client_id' ORDER BY m.name"
            : "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t ON "
              "t.table_name = c.table_name AND t.table_schema = c.table_schema WHERE c.column_name = 'client_id' AND "
              "t.table_type = 'BASE TABLE' AND c.table_schema = current_schema() ORDER BY c.table_name";
    soci::rowset<soci::row> rows = sql.prepare << query;
    for (const auto& row : rows) out.push_back(db::text_at(row, 0));
    return out;
  });
}

// Rows of each client by table, the access log left out (it is kept by its own rule).
std::map<std::string, long long> rows_of(db::Database& db, long long client_id) {
  std::map<std::string, long long> out;
  for (const auto& table : client_tables(db)) {
    if (table == "audit_log") continue;
    db.read([&](soci::session& sql) {
      long long n = 0;
      sql << "SELECT COUNT(*) FROM " + table + " WHERE client_id = :c", soci::use(client_id), soci::into(n);
      if (n > 0) out[table] = n;
    });
  }
  long long self = 0;
  db.read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM clients WHERE id = :c", soci::use(client_id), soci::into(self);
  });
  if (self > 0) out["clients"] = self;
  return out;
}

TEST_P(Retention, TheScheduleRemovesAClientsRecordsTenYearsAfterTheLastCaseClosedAndTheOldAccessLogBehindAnAnchor) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto r = every_record(w, w.registry());
  // The runner's case ends today: all the runner's records (a period, attendance, guidance, forms, goals,
  // meetings, benefits, a certificate and its file) fall due in ten years. "Kirjattu" keeps a case open.
  auto instructor = w.sign_in("instructor");
  const std::string today = today_helsinki();
  const std::string case_path = id_path("/api/v1/cases/", r.running_case_id);
  auto c = json_ok(instructor.get(case_path));
  c = json_ok(
      instructor.put(case_path + "/end",
                     json::object{{"reason", "period_ended"}, {"date", today}, {"version", int_at(c, "version")}}));
  json_ok(instructor.post(case_path + "/transitions", json::object{{"to", "end"}, {"version", int_at(c, "version")}}));
  server.stop();
  const std::string url = server.database().url();
  server.database().reopen(1);
  auto& db = server.database().db();

  const auto runner_before = rows_of(db, r.runner_id), kept_before = rows_of(db, r.client_id);
  for (const char* table : {"periods", "attendance", "guidance_sessions", "form_entries", "case_goals", "meetings",
                            "client_benefits", "placement_bookings", "cases", "notifications", "clients"})
    EXPECT_GT(runner_before.count(table), 0U) << "the runner has no " << table << " to remove";
  long long files_before = 0, audit_before = 0;
  db.read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM stored_files", soci::into(files_before);
    sql << "SELECT COUNT(*) FROM audit_log", soci::into(audit_before);
  });

  // The day before ten years: listed as not yet due, nothing removed.
  const std::string ten_years = add_months(today, 120);
  auto early = retention(url, add_days(ten_years, -1), true);
  ASSERT_EQ(early.exit_code, 0) << early.output;
  EXPECT_NE(early.output.find("0 clients due"), std::string::npos) << early.output;
  EXPECT_EQ(rows_of(db, r.runner_id), runner_before);

  // On the day: listed with the closing day and the due day; a listing removes nothing.
  auto listed = retention(url, ten_years, false);
  ASSERT_EQ(listed.exit_code, 0) << listed.output;
  EXPECT_NE(listed.output.find("client " + std::to_string(r.runner_id) + ": closed " + today + ", due " + ten_years),
            std::string::npos)
      << listed.output;
  EXPECT_EQ(listed.output.find("client " + std::to_string(r.client_id) + ":"), std::string::npos) << listed.output;
  EXPECT_EQ(rows_of(db, r.runner_id), runner_before);

  auto removed = retention(url, ten_years, true);
  ASSERT_EQ(removed.exit_code, 0) << removed.output;
  EXPECT_NE(removed.output.find("removed the records of"), std::string::npos) << removed.output;
  EXPECT_TRUE(rows_of(db, r.runner_id).empty()) << "left of the runner: " << [&] {
    std::string left;
    for (const auto& [table, n] : rows_of(db, r.runner_id)) left += " " + table + "=" + std::to_string(n);
    return left;
  }();
  EXPECT_EQ(rows_of(db, r.client_id), kept_before) << "a client with an open case keeps every record";
  long long files_after = 0, orphans = 0, erase_entries = 0, ended_case = 0;
  db.read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM stored_files", soci::into(files_after);
    sql << "SELECT COUNT(*) FROM cases WHERE id = :i", soci::use(r.ended_case_id), soci::into(ended_case);
    sql << "SELECT COUNT(*) FROM audit_log WHERE client_id = :c AND action = 'erase' AND endpoint = 'polku retention'",
        soci::use(r.runner_id), soci::into(erase_entries);
    // Rows of tables without a client column hang on their parents: none is left pointing at a removed one.
    if (db.is_sqlite()) {
      soci::rowset<soci::row> broken = sql.prepare << "PRAGMA foreign_key_check";
      for (const auto& row : broken) {
        (void)row;
        ++orphans;
      }
    }
  });
  EXPECT_LT(files_after, files_before) << "the certificate's file goes with its document";
  EXPECT_EQ(erase_entries, 1) << "the removal leaves its own access log entry";
  EXPECT_EQ(orphans, 0);
  EXPECT_EQ(ended_case, 0) << "the client whose case ended with no period is removed too";
  audit::AuditLog log(db);
  auto verdict = log.verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at " << verdict.first_broken_id;

  // Twelve years on, the access log's entries of before then go; the chain verifies from the anchor.
  const std::string twelve_years = add_days(add_months(today, 144), 1);
  auto pruned = retention(url, twelve_years, true);
  ASSERT_EQ(pruned.exit_code, 0) << pruned.output;
  long long left = 0, prune_entries = 0, anchor = 0;
  db.read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM audit_log", soci::into(left);
    sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'prune'", soci::into(prune_entries);
    sql << "SELECT pruned_through_id FROM audit_anchor WHERE id = 1", soci::into(anchor);
  });
  EXPECT_GT(audit_before, 100);
  EXPECT_LT(left, 5) << "the entries of before the cutoff are gone";
  EXPECT_EQ(prune_entries, 1) << "the pruning leaves its own entry, after the anchor";
  EXPECT_GT(anchor, audit_before);
  verdict = log.verify();
  EXPECT_TRUE(verdict.ok) << verdict.reason << " at " << verdict.first_broken_id;

  // Removing a record of the chain behind the anchor's back still shows.
  db.write([&](soci::session& sql) { sql << "DELETE FROM audit_log WHERE action = 'prune'"; });
  verdict = log.verify();
  EXPECT_FALSE(verdict.ok);
}

POLKU_API_TEST_BACKENDS(Retention);

}  // namespace
}  // namespace polku::api_test
