// Every route that changes a client's data leaves an entry of that very request in
// the access log, and every write route is known to be client data or not: a new
// write route fails here until it is classified, and, when it writes client data,
// exercised below and audited.
#include <set>

#include "api/every_record.hpp"
#include "platform/db/row.hpp"

namespace polku::api_test {
namespace {

class ClientDataWritesApi : public BackendTest {};

const std::set<std::string> kClientDataWrites = {
    "POST /api/v1/clients",
    "PUT /api/v1/clients/{id}",
    "PUT /api/v1/clients/{id}/own-worker",
    "POST /api/v1/cases",
    "PUT /api/v1/cases/{id}/referral",
    "PUT /api/v1/cases/{id}/assessment",
    "PUT /api/v1/cases/{id}/plan",
    "PUT /api/v1/cases/{id}/end",
    "PUT /api/v1/cases/{id}/follow-up",
    "POST /api/v1/cases/{id}/transitions",
    "POST /api/v1/cases/{id}/interrupt",
    "POST /api/v1/cases/{id}/resume",
    "POST /api/v1/cases/{id}/decisions",
    "PUT /api/v1/decisions/{id}",
    "POST /api/v1/decisions/{id}/sign",
    "POST /api/v1/cases/{id}/notices",
    "POST /api/v1/bookings",
    "PUT /api/v1/bookings/{id}/end",
    "POST /api/v1/introductory-visits",
    "PUT /api/v1/introductory-visits/{id}/outcome",
    "POST /api/v1/client-agreements",
    "POST /api/v1/client-agreements/{id}/acknowledgements",
    "POST /api/v1/client-agreements/{id}/continuations",
    "POST /api/v1/service-orders",
    "PUT /api/v1/service-orders/{id}/response",
    "POST /api/v1/cases/{id}/periods",
    "POST /api/v1/periods/{id}/steps",
    "POST /api/v1/periods/{id}/day-moves",
    "POST /api/v1/periods/{id}/breaks",
    "POST /api/v1/periods/{id}/breaks/{breakId}/end",
    "PUT /api/v1/periods/{id}/attendance/{day}",
    "POST /api/v1/absence-alerts/{id}/handled",
    "POST /api/v1/periods/{id}/observations",
    "POST /api/v1/periods/{id}/guidance",
    "POST /api/v1/periods/{id}/certificates",
    "POST /api/v1/cases/{id}/forms",
    "PUT /api/v1/form-entries/{id}",
    "POST /api/v1/form-entries/{id}/completion",
    "POST /api/v1/form-entries/{id}/corrections",
    "POST /api/v1/form-entries/{id}/acknowledgement",
    "POST /api/v1/cases/{id}/goals",
    "POST /api/v1/goals/{id}/revisions",
    "PUT /api/v1/goals/{id}/ratings/{entryId}",
    "PUT /api/v1/periods/{id}/orientation",
    "POST /api/v1/groups/{id}/members",
    "POST /api/v1/periods/{id}/calendar-feed",
    "DELETE /api/v1/periods/{id}/calendar-feed",
    "DELETE /api/v1/groups/{id}/members/{periodId}",
    "POST /api/v1/clients/{id}/benefits",
    "POST /api/v1/clients/{id}/benefits/{benefitId}/end",
    "POST /api/v1/clients/{id}/travel-fares",
    "POST /api/v1/clients/{id}/travel-claims",
    "POST /api/v1/clients/{id}/compensation-adjustments",
    "POST /api/v1/organisations/{id}/compensation/batches/{month}/approval",
    "POST /api/v1/periods/{id}/absence-notices/{windowFrom}/sending",
    "POST /api/v1/cases/{id}/meetings",
    "PUT /api/v1/meetings/{id}",
    "POST /api/v1/meetings/{id}/cancellation",
    "PUT /api/v1/meetings/{id}/record",
};

// Writes of organisations, users, the registry, agreements between organisations,
// sessions and a user's notifications read; a place search sends its criteria in a body but changes nothing.
const std::set<std::string> kOtherWrites = {
    "POST /api/v1/auth/login",
    "POST /api/v1/auth/logout",
    "POST /api/v1/auth/sessions/end-all",
    "POST /api/v1/auth/password",
    "POST /api/v1/organisations",
    "PUT /api/v1/organisations/{id}",
    "PUT /api/v1/organisations/{id}/logo",  // an organisation's logo, not a client's data
    "DELETE /api/v1/organisations/{id}/logo",
    "PUT /api/v1/hosts/{id}",
    "POST /api/v1/users",
    "PUT /api/v1/users/{id}",
    "PUT /api/v1/regions/{id}/process-model",
    "POST /api/v1/places",
    "PUT /api/v1/places/{id}",
    "POST /api/v1/places/match",
    "POST /api/v1/cases/{id}/periods/preview",
    "POST /api/v1/calendar-feed",
    "PUT /api/v1/places/{id}/closed-days",
    "POST /api/v1/places/{id}/groups",
    "DELETE /api/v1/calendar-feed",
    "POST /api/v1/service-products",
    "PUT /api/v1/service-products/{id}",
    "POST /api/v1/agreements",
    "PUT /api/v1/agreements/{id}",
    "POST /api/v1/agreements/{id}/documents",
    "POST /api/v1/notifications/{id}/read",  // the user's own notification, not the client's record
    "POST /api/v1/notifications/read-all",
    "POST /api/v1/compensation/rates",  // the rates are law and a purchaser's prices, not a client's data
    "POST /api/v1/organisations/{id}/compensation/rates",
    "POST /api/v1/organisations/{id}/forms",  // a form's definition, not a filled form
};

std::string listed(const std::set<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += "\n  " + k;
  return out;
}

TEST_P(ClientDataWritesApi, EveryWriteRouteIsEitherClientDataOrNamedAsSomethingElse) {
  TestServer server(GetParam());
  std::set<std::string> unclassified, both;
  for (const auto& r : server.router().routes()) {
    if (r.method == "GET") continue;
    const auto key = r.method + " " + r.pattern;
    const bool client_data = kClientDataWrites.count(key) > 0, other = kOtherWrites.count(key) > 0;
    if (!client_data && !other) unclassified.insert(key);
    if (client_data && other) both.insert(key);
  }
  EXPECT_TRUE(unclassified.empty()) << "classify these write routes in this test:" << listed(unclassified);
  EXPECT_TRUE(both.empty()) << "classified twice:" << listed(both);
}

TEST_P(ClientDataWritesApi, EveryWriteOfClientDataLeavesAnEntryOfItsOwnRequest) {
  TestServer server(GetParam());
  testing::RequestJournal journal;
  auto w = World::build(server);
  every_record(w, w.registry());

  // Each successful client data write, by the route it took.
  struct Write {
    std::string route, request_id;
  };
  std::vector<Write> writes;
  std::set<std::string> exercised;
  for (const auto& e : journal.exchanges()) {
    if (e.method == "GET" || e.status < 200 || e.status >= 300) continue;
    const auto match = server.router().match(e.method, e.target.substr(0, e.target.find('?')));
    ASSERT_NE(match.route, nullptr) << e.method << " " << e.target;
    const auto key = e.method + " " + match.route->pattern;
    if (kClientDataWrites.count(key) == 0) continue;
    ASSERT_FALSE(e.request_id.empty()) << key;
    exercised.insert(key);
    writes.push_back({key, e.request_id});
  }
  std::set<std::string> missing;
  for (const auto& k : kClientDataWrites)
    if (exercised.count(k) == 0) missing.insert(k);
  EXPECT_TRUE(missing.empty()) << "exercise these client data writes in this test:" << listed(missing);

  // The access log straight from the database: an entry of each write's own request.
  server.database().reopen(1);
  server.database().db().read([&](soci::session& sql) {
    for (const auto& write : writes) {
      int entries = 0;
      sql << "SELECT COUNT(*) FROM audit_log WHERE request_id = :r AND client_id > 0 AND action NOT IN ('read', "
             "'list', 'refused')",
          soci::use(write.request_id), soci::into(entries);
      EXPECT_GE(entries, 1) << write.route << " (request " << write.request_id << ") left no access log entry";
    }
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientDataWritesApi, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku::api_test
