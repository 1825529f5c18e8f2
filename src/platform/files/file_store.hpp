// The one store of bytes: uploads and issued documents, each kept as given with its SHA-256. A file is never
// changed; a module keeps the id of its file and says who may read it. Both databases hold the bytes as binary
// (BLOB, BYTEA) and pass them as hex, which SOCI carries as text on either.
#pragma once
#include <optional>
#include <string>

#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::files {

// Above this, a module refuses the file before it reaches the store (a PDF of a long evaluation is well under).
inline constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;

struct StoredFile {
  long long id = 0;
  std::string sha256;  // lower-case hex
  long long size_bytes = 0;
  std::string content_type;
  std::string created_at;
};

struct FileContent {
  StoredFile file;
  std::string bytes;
};

// Thrown on a read whose bytes no longer match their checksum: the store was changed behind Polku's back.
struct CorruptFile : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string sha256_hex(const std::string& bytes);

class FileStore {
 public:
  explicit FileStore(db::Database& db) : db_(db) {}
  // std::length_error above kMaxFileBytes (the caller's check failed: a bug).
  StoredFile put(work::UnitOfWork& unit, const std::string& content_type, const std::string& bytes);
  std::optional<FileContent> get(long long id);
  std::optional<FileContent> get(work::UnitOfWork& unit, long long id);
  // The file no record names any more, removed with the record's removal.
  static void remove(work::UnitOfWork& unit, long long id);

 private:
  db::Database& db_;
};

}  // namespace polku::files
