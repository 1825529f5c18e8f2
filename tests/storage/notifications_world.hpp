// What the notifications' storage tests share: users with and without an address, the module's store and
// port over the test database, and a notice of an absence as the attendance service would send it.
#pragma once
#include "notifications/notifier.hpp"
#include "notifications/sender.hpp"
#include "platform/core/clock.hpp"
#include "storage/store_fixtures.hpp"

namespace polku::storage_test {

class NotificationsTest : public StoreTest {
 protected:
  Organisations orgs_{db()};
  audit::AuditLog audit_{db()};
  work::Transactor transactor_{db(), audit_};
  notifications::NotificationStore store_{db()};
  notifications::Notifier notifier_{store_, "https://polku.example.fi"};
  long long org_ = make_organisation(orgs_, "Testilaakson hyvinvointialue");
  const work::Actor actor_{0, "POST /test", "req-1"};

  long long user(const std::string& username, const std::string& email, const std::string& language = "fi") {
    auto in = user_input(username, {{org_, "social_instructor"}});
    in.email = email;
    in.language = language;
    auto created = orgs_.create_user(in);
    if (!created) throw std::runtime_error("could not create user " + username);
    return created->id;
  }

  // The params carry more than an e-mail may show: none of it may reach one.
  static notifications::Notice absence(long long user_id) {
    notifications::Notice n;
    n.user_id = user_id;
    n.kind = "absence_without_notice";
    n.link = "/cases/12#attendance";
    n.params = {{"clientName", "Maija Meikäläinen"},
                {"date", "2027-03-05"},
                {"placeName", "Testikylän kierrätyskeskus"},
                {"personalIdentityCode", "131085-901U"},
                {"reason", "sairaalahoito"}};
    return n;
  }

  void notify(const notifications::Notice& n, int times = 1) {
    auto done = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<bool> {
      for (int i = 0; i < times; ++i) notifier_.notify(unit, n);
      return true;
    });
    ASSERT_TRUE(done.ok());
  }

  std::string outbox_text(const std::string& column, long long id) {
    std::string v;
    soci::indicator ind = soci::i_ok;
    db().read([&](soci::session& sql) {
      sql << "SELECT " + column + " FROM outbox WHERE id = :i", soci::use(id), soci::into(v, ind);
    });
    return ind == soci::i_ok ? v : "";
  }
  long long outbox_number(const std::string& column, long long id) {
    long long v = -1;
    db().read([&](soci::session& sql) {
      sql << "SELECT " + column + " FROM outbox WHERE id = :i", soci::use(id), soci::into(v);
    });
    return v;
  }
  long long only_outbox_id() {
    long long id = 0;
    db().read([&](soci::session& sql) { sql << "SELECT MAX(id) FROM outbox", soci::into(id); });
    return id;
  }
};

}  // namespace polku::storage_test
