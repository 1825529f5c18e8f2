// Numbered SQL migrations (migrations/NNNN_name.sql, with optional
// NNNN_name.sqlite.sql / NNNN_name.postgresql.sql overrides), recorded in schema_migrations.
#pragma once
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace polku::db {

struct EmbeddedFile {
  const char* name;
  const char* text;
};
const std::vector<EmbeddedFile>& embedded_migration_files();

struct Migration {
  int version = 0;
  std::string name;
  std::string sql;  // already chosen and expanded for the dialect
};

// Picks, per version, the dialect's override or the shared file; expands {{id}}. Pure.
std::vector<Migration> plan_migrations(const std::vector<EmbeddedFile>& files, Dialect dialect);
std::vector<std::string> split_statements(const std::string& sql);

// Applies the pending ones (up to `up_to` when given: a test of a migration's data step); returns those applied.
std::vector<int> migrate(Database& db, int up_to = 0);
int schema_version(Database& db);
bool is_fully_migrated(Database& db);

}  // namespace polku::db
