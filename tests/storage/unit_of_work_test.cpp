// The unit of work: a change and its audit entries commit together or not at
// all; a unit that wrote client data without an entry never commits.
#include <gtest/gtest.h>

#include "storage/store_fixtures.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku {
namespace {

using storage_test::count_rows;

class UnitOfWorkTest : public storage_test::StoreTest {
 protected:
  storage_test::Organisations orgs_{db()};
  audit::AuditLog audit_{db()};
  work::Transactor transactor_{db(), audit_};
  long long org_ = storage_test::make_organisation(orgs_, "Hyvinvointialue");
  const work::Actor actor_{0, "POST /test", "req-1"};

  // A client row written as a store would, marked as client data.
  long long insert_client(work::UnitOfWork& unit, const std::string& code) {
    long long id = 0;
    unit.sql() << "INSERT INTO clients (organisation_id, first_names, last_name, personal_identity_code, "
                  "date_of_birth, preferred_language, search_text, created_at, updated_at) VALUES (:o, 'A', 'B', "
                  ":c, '1985-10-13', 'fi', '', 'x', 'x') RETURNING id",
        soci::use(org_), soci::use(code), soci::into(id);
    unit.wrote_client_data(id);
    return id;
  }
};

TEST_P(UnitOfWorkTest, TheChangeAndItsAuditEntryCommitTogether) {
  auto id = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long id = insert_client(unit, "131085-901U");
    unit.audit(id, "create", "test");
    return id;
  });
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(count_rows(db(), "clients"), 1);
  auto entries = audit_.for_client(*id);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].record.action, "create");
  EXPECT_EQ(entries[0].record.endpoint, "POST /test");
  EXPECT_EQ(entries[0].record.request_id, "req-1");
  EXPECT_TRUE(audit_.verify().ok);
}

TEST_P(UnitOfWorkTest, ClientDataWrittenWithoutAnAuditEntryIsRefusedAndRolledBack) {
  EXPECT_THROW(transactor_.run(actor_,
                               [&](work::UnitOfWork& unit) -> Result<long long> {
                                 return insert_client(unit, "131085-901U");
                               }),
               work::UnauditedWrite);
  EXPECT_EQ(count_rows(db(), "clients"), 0);
  EXPECT_EQ(count_rows(db(), "audit_log"), 0);
}

TEST_P(UnitOfWorkTest, AnEntryForAnotherClientDoesNotCoverTheClientWritten) {
  EXPECT_THROW(transactor_.run(actor_,
                               [&](work::UnitOfWork& unit) -> Result<long long> {
                                 const long long id = insert_client(unit, "131085-901U");
                                 unit.audit(id + 1, "update", "someone else");
                                 return id;
                               }),
               work::UnauditedWrite);
  EXPECT_EQ(count_rows(db(), "clients"), 0);
}

TEST_P(UnitOfWorkTest, AnErrorResultRollsBackTheChangeAndItsEntries) {
  auto refused = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long id = insert_client(unit, "131085-901U");
    unit.audit(id, "create", "test");
    return Error::make(ErrorCode::kConflict, "stale_version");
  });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message_key, "stale_version");
  EXPECT_EQ(count_rows(db(), "clients"), 0);
  EXPECT_EQ(count_rows(db(), "audit_log"), 0);
}

TEST_P(UnitOfWorkTest, ADatabaseErrorIsTranslatedOnceAndRollsBack) {
  auto first = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long id = insert_client(unit, "131085-901U");
    unit.audit(id, "create", "test");
    return id;
  });
  ASSERT_TRUE(first.ok());
  auto second = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long id = insert_client(unit, "131085-901U");  // the same code in the same organisation
    unit.audit(id, "create", "test");
    return id;
  });
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kConflict);
  EXPECT_EQ(second.error().message_key, "duplicate");
  EXPECT_EQ(count_rows(db(), "clients"), 1);
  EXPECT_EQ(count_rows(db(), "audit_log"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, UnitOfWorkTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
