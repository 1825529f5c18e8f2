#include "platform/files/file_store.hpp"

#include <gtest/gtest.h>

#include <boost/beast/core/detail/base64.hpp>

#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/row.hpp"
#include "platform/work/unit_of_work.hpp"
#include "support/test_database.hpp"

namespace polku {
namespace {

// Every byte value, a NUL among them, and the letters a PDF of a Finnish text holds.
std::string awkward_bytes() {
  std::string s;
  for (int i = 0; i < 256; ++i) s.push_back(static_cast<char>(i));
  return s + "äöå €";
}

class FileStoreTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FileStoreTest, KeepsTheBytesAsGivenWithTheirChecksum) {
  testing::TestDatabase t(GetParam());
  audit::AuditLog audit(t.db());
  work::Transactor transactor(t.db(), audit);
  files::FileStore store(t.db());
  const std::string bytes = awkward_bytes();
  auto put = transactor.run(work::Actor{}, [&](work::UnitOfWork& unit) -> Result<files::StoredFile> {
    return store.put(unit, "application/pdf", bytes);
  });
  ASSERT_TRUE(put);
  EXPECT_EQ(put->sha256, files::sha256_hex(bytes));
  EXPECT_EQ(put->sha256.size(), 64u);
  EXPECT_EQ(put->size_bytes, static_cast<long long>(bytes.size()));
  auto got = store.get(put->id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->bytes, bytes);
  EXPECT_EQ(got->file.content_type, "application/pdf");
  EXPECT_FALSE(store.get(put->id + 1000));
}

TEST_P(FileStoreTest, AFileChangedBehindPolkuIsNotServed) {
  testing::TestDatabase t(GetParam());
  audit::AuditLog audit(t.db());
  work::Transactor transactor(t.db(), audit);
  files::FileStore store(t.db());
  auto put = transactor.run(work::Actor{}, [&](work::UnitOfWork& unit) -> Result<files::StoredFile> {
    return store.put(unit, "text/plain", "the original");
  });
  ASSERT_TRUE(put);
  const std::string other = files::sha256_hex("something else");
  t.db().write([&](soci::session& sql) {
    sql << "UPDATE stored_files SET sha256 = :s WHERE id = :i", soci::use(other), soci::use(put->id);
  });
  EXPECT_THROW(store.get(put->id), files::CorruptFile);
}

TEST_P(FileStoreTest, RefusesAFileOverTheLimit) {
  testing::TestDatabase t(GetParam());
  audit::AuditLog audit(t.db());
  work::Transactor transactor(t.db(), audit);
  files::FileStore store(t.db());
  const std::string big(files::kMaxFileBytes + 1, 'x');
  EXPECT_THROW(transactor.run(work::Actor{},
                              [&](work::UnitOfWork& unit) -> Result<files::StoredFile> {
                                return store.put(unit, "text/plain", big);
                              }),
               std::length_error);
}

// Migration 0023 moves the agreements' base64 documents into the store: the same bytes, their checksum, the ids.
TEST_P(FileStoreTest, TheAgreementDocumentsOfBeforeMoveIntoTheStore) {
  testing::TestDatabase t(GetParam(), 4, 22);
  const std::string bytes = awkward_bytes();
  std::string encoded(boost::beast::detail::base64::encoded_size(bytes.size()), '\0');
  encoded.resize(boost::beast::detail::base64::encode(encoded.data(), bytes.data(), bytes.size()));
  const long long size = static_cast<long long>(bytes.size());
  t.db().write([&](soci::session& sql) {
    sql << "INSERT INTO organisations (name, is_purchaser, created_at, updated_at) VALUES ('A', 1, 'x', 'x')";
    sql << "INSERT INTO organisations (name, is_host, created_at, updated_at) VALUES ('B', 1, 'x', 'x')";
    sql << "INSERT INTO agreements (kind, purchaser_organisation_id, partner_organisation_id, title, valid_from, "
           "valid_until, created_at) SELECT 'hosting', MIN(id), MAX(id), 'T', '2026-01-01', '2026-12-31', 'x' "
           "FROM organisations";
    for (int i = 0; i < 2; ++i) {
      sql << "INSERT INTO agreement_documents (agreement_id, file_name, content_type, size_bytes, content_base64, "
             "created_at) SELECT MIN(id), 'sopimus.pdf', 'application/pdf', :s, :c, '2026-05-01T10:00:00Z' "
             "FROM agreements",
          soci::use(size), soci::use(encoded);
    }
  });
  db::migrate(t.db());
  files::FileStore store(t.db());
  std::vector<std::pair<long long, long long>> ids;
  t.db().read([&](soci::session& sql) {
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, file_id FROM agreement_documents ORDER BY id");
    for (const auto& r : rows) ids.emplace_back(db::int_at(r, 0), db::int_at(r, 1));
  });
  ASSERT_EQ(ids.size(), 2u);
  for (const auto& [id, file_id] : ids) {
    EXPECT_EQ(id, file_id);
    auto got = store.get(file_id);  // the checksum of the migration is checked here
    ASSERT_TRUE(got);
    EXPECT_EQ(got->bytes, bytes);
    EXPECT_EQ(got->file.sha256, files::sha256_hex(bytes));
  }
  // A file stored after the move takes the next id (PostgreSQL's identity moved past the copied ones).
  audit::AuditLog audit(t.db());
  work::Transactor transactor(t.db(), audit);
  auto put = transactor.run(work::Actor{}, [&](work::UnitOfWork& unit) -> Result<files::StoredFile> {
    return store.put(unit, "text/plain", "new");
  });
  ASSERT_TRUE(put);
  EXPECT_GT(put->id, ids.back().second);
}

INSTANTIATE_TEST_SUITE_P(Backends, FileStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
