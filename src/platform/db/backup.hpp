// A whole database copied to one file and back, while Polku serves: SQLite through its online backup API (one
// consistent snapshot), PostgreSQL through pg_dump's custom format and pg_restore. A restore goes only into an
// empty database, and the copy is proved whole by its tables' row counts and the audit chain.
#pragma once
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace polku::db {

struct TableRows {
  std::string table;
  long long rows = 0;
  bool operator==(const TableRows&) const = default;
};

// Every table of the schema with its rows, by name.
std::vector<TableRows> table_rows(Database& db);

// Throws std::runtime_error with what went wrong (the tool's own words for PostgreSQL).
void backup(const std::string& url, const std::string& file);
// Into the empty database at `url` (a SQLite file that does not exist yet or has no tables; a PostgreSQL database
// without tables); a backup of the other kind of database is refused.
void restore(const std::string& file, const std::string& url);

}  // namespace polku::db
