#include "platform/db/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <boost/url.hpp>
#include <filesystem>
#include <stdexcept>

namespace polku::db {
namespace {

using namespace sqlite_api;

// SQLite lacks what PostgreSQL's decode/encode/sha256 give a migration or a store for bytes; these give it, as
// polku_unhex(text), polku_unbase64(text) -> blob and polku_sha256(blob) -> lower-case hex text.
void unhex(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const int length = sqlite3_value_bytes(argv[0]);
  std::string out(static_cast<std::size_t>(length / 2), '\0');
  std::size_t written = 0;
  if (text && sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text, length, nullptr, &written,
                             nullptr) != 0) {
    sqlite3_result_error(ctx, "polku_unhex: not hex", -1);
    return;
  }
  sqlite3_result_blob(ctx, out.data(), static_cast<int>(written), SQLITE_TRANSIENT);
}

void unbase64(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const int length = sqlite3_value_bytes(argv[0]);
  std::string out(static_cast<std::size_t>(length / 4 * 3 + 3), '\0');
  std::size_t written = 0;
  if (text && sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text, length, nullptr,
                                &written, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    sqlite3_result_error(ctx, "polku_unbase64: not base64", -1);
    return;
  }
  sqlite3_result_blob(ctx, out.data(), static_cast<int>(written), SQLITE_TRANSIENT);
}

void sha256(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* bytes = static_cast<const unsigned char*>(sqlite3_value_blob(argv[0]));
  const int length = sqlite3_value_bytes(argv[0]);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, bytes, static_cast<unsigned long long>(length));
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  sqlite3_result_text(ctx, hex, -1, SQLITE_TRANSIENT);
}

void register_byte_functions(soci::session& sql) {
  auto* conn = static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  sqlite3_create_function(conn, "polku_unhex", 1, flags, nullptr, unhex, nullptr, nullptr);
  sqlite3_create_function(conn, "polku_unbase64", 1, flags, nullptr, unbase64, nullptr, nullptr);
  sqlite3_create_function(conn, "polku_sha256", 1, flags, nullptr, sha256, nullptr, nullptr);
}

}  // namespace

Lease::~Lease() {
  if (!db_) return;
  // A SQLite statement that is not reset keeps its read transaction (and an old
  // snapshot) open: the connection's next BEGIN IMMEDIATE would fail with BUSY.
  if (db_->is_sqlite()) {
    for (auto* c : used_) {
      if (!c->statement) continue;
      auto* backend = static_cast<soci::sqlite3_statement_backend*>(c->statement->get_backend());
      if (backend->stmt_) {
        sqlite_api::sqlite3_reset(backend->stmt_);
        backend->databaseReady_ = false;  // as SOCI's own reset does
      }
    }
  }
  db_->give_back(index_);
}

CachedStatement& Lease::cached(const std::string& key,
                               const std::function<void(soci::session&, CachedStatement&)>& prepare) {
  auto& cache = db_->statement_caches_[index_];
  auto it = cache.find(key);
  if (it == cache.end()) {
    auto entry = std::make_unique<CachedStatement>();
    prepare(*sql_, *entry);
    it = cache.emplace(key, std::move(entry)).first;
  }
  used_.push_back(it->second.get());
  return *it->second;
}

Transaction::Transaction(soci::session& sql, Dialect dialect) : sql_(sql) {
  sql_ << (dialect == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      sql_ << "ROLLBACK";
    } catch (const std::exception& e) {
      spdlog::warn("rollback failed: {}", e.what());
    }
  }
}

void Transaction::commit() {
  sql_ << "COMMIT";
  done_ = true;
}

std::string postgres_conninfo(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) throw std::invalid_argument("not a valid postgresql:// URL");
  const auto& u = *parsed;
  // libpq keyword=value form, values quoted so that spaces and quotes survive.
  auto quote = [](std::string v) {
    std::string out = "'";
    for (char c : v) {
      if (c == '\\' || c == '\'') out += '\\';
      out += c;
    }
    return out + "'";
  };
  std::string info;
  auto add = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    if (!info.empty()) info += ' ';
    info += std::string(key) + "=" + quote(value);
  };
  add("host", u.host_address());
  add("port", u.port());
  add("user", u.user());
  add("password", u.password());
  std::string path = u.path();
  add("dbname", path.size() > 1 ? path.substr(1) : "");
  for (auto param : u.params()) add(std::string(param.key).c_str(), param.has_value ? std::string(param.value) : "");
  return info;
}

std::string sqlite_path_from_url(const std::string& url) { return url.substr(std::string("sqlite://").size()); }

Database::Database(const std::string& url, int pool_size) {
  if (url.rfind("sqlite://", 0) == 0) {
    dialect_ = Dialect::kSqlite;
    auto path = sqlite_path_from_url(url);
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    connect_string_ = "db=" + path + " timeout=10";
  } else {
    dialect_ = Dialect::kPostgres;
    connect_string_ = postgres_conninfo(url);
  }
  for (int i = 0; i < pool_size; ++i) {
    auto sql = std::make_unique<soci::session>();
    if (dialect_ == Dialect::kSqlite) {
      sql->open(soci::sqlite3, connect_string_);
    } else {
      sql->open(soci::postgresql, connect_string_);
    }
    prepare_session(*sql);
    sessions_.push_back(std::move(sql));
    free_.push_back(true);
    statement_caches_.emplace_back();
  }
}

Database::~Database() = default;

void Database::prepare_session(soci::session& sql) {
  if (dialect_ == Dialect::kSqlite) {
    // WAL with full sync: nothing acknowledged is lost; readers do not block the writer.
    sql << "PRAGMA journal_mode=WAL";
    sql << "PRAGMA synchronous=FULL";
    sql << "PRAGMA foreign_keys=ON";
    sql << "PRAGMA busy_timeout=10000";
    register_byte_functions(sql);
  } else {
    sql << "SET TIME ZONE 'UTC'";
  }
}

Lease Database::lease(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  std::size_t index = 0;
  auto found = [&] {
    for (std::size_t i = 0; i < free_.size(); ++i) {
      if (free_[i]) {
        index = i;
        return true;
      }
    }
    return false;
  };
  if (!cv_.wait_for(lock, timeout, found)) throw std::runtime_error("no database connection free");
  free_[index] = false;
  lock.unlock();
  auto& sql = *sessions_[index];
  if (dialect_ == Dialect::kPostgres && !sql.is_connected()) {
    try {
      statement_caches_[index].clear();  // prepared statements died with the connection
      sql.reconnect();
      prepare_session(sql);
    } catch (...) {
      give_back(index);
      throw;
    }
  }
  return Lease(this, index, &sql);
}

void Database::give_back(std::size_t index) {
  {
    std::lock_guard lock(mutex_);
    free_[index] = true;
  }
  cv_.notify_one();
}

bool Database::ping() {
  try {
    auto l = lease(std::chrono::seconds(2));
    int one = 0;
    l.sql() << "SELECT 1", soci::into(one);
    return one == 1;
  } catch (const std::exception& e) {
    spdlog::warn("database ping failed: {}", e.what());
    return false;
  }
}

bool is_unique_violation(const soci::soci_error& e) {
  if (auto pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) return pg->sqlstate() == "23505";
  if (dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    return std::string_view(e.what()).find("UNIQUE constraint failed") != std::string_view::npos;
  }
  return false;
}

Error translate_db_error(const soci::soci_error& e) {
  if (is_unique_violation(e)) return Error::make(ErrorCode::kConflict, "duplicate", e.what());  // is_duplicate
  if (auto pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    const auto state = pg->sqlstate();
    if (state == "23503") return Error::make(ErrorCode::kInvalidInput, "reference_missing", e.what());
    if (state.rfind("08", 0) == 0) return Error::make(ErrorCode::kUnavailable, "database_unavailable", e.what());
    if (state == "40001" || state == "40P01") return Error::make(ErrorCode::kConflict, "try_again", e.what());
  }
  if (auto lite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    const int rc = lite->result() & 0xff;
    if (rc == 5 || rc == 6) return Error::make(ErrorCode::kUnavailable, "database_busy", e.what());  // BUSY, LOCKED
    if (std::string_view(e.what()).find("FOREIGN KEY") != std::string_view::npos) {
      return Error::make(ErrorCode::kInvalidInput, "reference_missing", e.what());
    }
  }
  return Error::make(ErrorCode::kInternal, "internal", e.what());
}

}  // namespace polku::db
