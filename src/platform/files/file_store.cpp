#include "platform/files/file_store.hpp"

#include <sodium.h>

#include <stdexcept>

#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::files {
namespace {

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

std::string from_hex(const std::string& hex) {
  std::string out(hex.size() / 2, '\0');
  std::size_t written = 0;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr,
                     &written, nullptr) != 0) {
    throw CorruptFile("a stored file's bytes are not hex");
  }
  out.resize(written);
  return out;
}

const char* select_sql(bool sqlite) {
  return sqlite ? "SELECT id, sha256, size_bytes, content_type, created_at, hex(content) FROM stored_files "
                  "WHERE id = :id"
                : "SELECT id, sha256, size_bytes, content_type, created_at, encode(content, 'hex') FROM stored_files "
                  "WHERE id = :id";
}

std::optional<FileContent> read(soci::session& sql, bool sqlite, long long id) {
  soci::rowset<soci::row> rows = (sql.prepare << select_sql(sqlite), soci::use(id));
  for (const auto& r : rows) {
    FileContent out{{db::int_at(r, 0), db::text_at(r, 1), db::int_at(r, 2), db::text_at(r, 3), db::text_at(r, 4)},
                    from_hex(db::text_at(r, 5))};
    if (sha256_hex(out.bytes) != out.file.sha256 || static_cast<long long>(out.bytes.size()) != out.file.size_bytes) {
      throw CorruptFile("stored file " + std::to_string(id) + " does not match its checksum");
    }
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return to_hex(digest, sizeof digest);
}

StoredFile FileStore::put(work::UnitOfWork& unit, const std::string& content_type, const std::string& bytes) {
  if (bytes.size() > kMaxFileBytes) throw std::length_error("a file over the store's limit");
  StoredFile f{0, sha256_hex(bytes), static_cast<long long>(bytes.size()), content_type, now_iso()};
  const std::string hex = to_hex(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  const std::string insert =
      std::string(
          "INSERT INTO stored_files (sha256, size_bytes, content_type, content, created_at) VALUES "
          "(:s, :z, :t, ") +
      (unit.is_sqlite() ? "polku_unhex(:c)" : "decode(:c, 'hex')") + ", :n) RETURNING id";
  unit.sql() << insert, soci::use(f.sha256), soci::use(f.size_bytes), soci::use(f.content_type), soci::use(hex),
      soci::use(f.created_at), soci::into(f.id);
  return f;
}

std::optional<FileContent> FileStore::get(long long id) {
  return db_.read([&](soci::session& sql) { return read(sql, db_.is_sqlite(), id); });
}

std::optional<FileContent> FileStore::get(work::UnitOfWork& unit, long long id) {
  return read(unit.sql(), unit.is_sqlite(), id);
}

void FileStore::remove(work::UnitOfWork& unit, long long id) {
  unit.sql() << "DELETE FROM stored_files WHERE id = :i", soci::use(id);
}

}  // namespace polku::files
