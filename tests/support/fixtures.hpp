// The data an API test stands on, built by the test itself through the HTTP API as
// the users who would make it (an administrator, a manager, a worker), so that the
// same rules hold as for a user and a change of the demo data cannot break a test.
//
//   auto w = World::build(server);            // organisations and users, nothing else
//   auto instructor = w.sign_in("instructor");
//   const long long client = w.client();      // then only what the test needs
#pragma once
#include <boost/json.hpp>
#include <map>
#include <string>
#include <vector>

#include "support/test_server.hpp"

namespace polku::testing {

inline constexpr const char* kCountyName = "Testilaakson hyvinvointialue";
inline constexpr const char* kAssociationName = "Testikylän yhdistys ry";

// Every fixture user's password.
inline constexpr const char* kTestPassword = "polku-test-2026";

// A valid henkilötunnus for a date and individual number (900-999 are test codes).
std::string identity_code(int day, int month, int year, int individual_number);

struct FixtureUser {
  std::string username;  // the key a test signs in with, e.g. "instructor"
  std::string display_name;
  std::string role;
  long long organisation_id = 0;
  long long id = 0;
};

struct World {
  TestServer* server = nullptr;
  // The purchaser county (also a provider) with two regions, "Itäinen alue" and "Läntinen alue".
  long long county = 0;
  std::vector<long long> county_regions;  // in the order above
  long long association = 0;              // an association that hosts and provides (host type association)
  long long recycling = 0;                // an association that only hosts
  long long company = 0;                  // a company host (host type company: never KTT)
  long long other_purchaser = 0;          // another county, for "another organisation" checks
  std::map<std::string, FixtureUser> users;

  // Users (username: role at organisation):
  //   admin: admin at county; instructor: social_instructor, worker: social_worker, manager: manager at county;
  //   coach: coach, provider_manager: manager at association; supervisor: placement_supervisor,
  //   recycling_manager: manager at recycling; company_manager: manager, company_supervisor:
  //   placement_supervisor at company; other_instructor: social_instructor at other_purchaser.
  static World build(TestServer& server);

  // A client signed in as a fixture user (or any user with kTestPassword).
  HttpClient sign_in(const std::string& username, const std::string& language = "fi") const;
  const FixtureUser& user(const std::string& username) const;
  long long user_id(const std::string& username) const { return user(username).id; }
  const std::string& name(const std::string& username) const { return user(username).display_name; }
  long long organisation_count() const { return 5; }

  // --- Data, each made by the user who would make it; a failure fails the test and returns 0 or {}.
  // A client of the county made by the instructor, with a fresh identity code; `extra` overrides fields.
  long long client(const std::string& first_names = "Testi", const std::string& last_name = "Asiakas",
                   const boost::json::object& extra = {});
  // A place of `host` made by the host's manager; `extra` overrides fields of a complete KTT place.
  boost::json::object place(long long host, const std::string& name, const boost::json::object& extra = {});
  // A KTT service product of the association made by its manager (seed 003 limits).
  boost::json::object product(const std::string& name, bool includes_place, bool includes_support);
  // Agreements of the county made by its manager, valid from `from` to `until` (default: a year around today).
  long long partnership(long long host, const std::vector<long long>& place_ids, const std::string& from = "",
                        const std::string& until = "");
  long long purchase(long long provider, const std::vector<long long>& product_ids, const std::string& from = "",
                     const std::string& until = "");
  // A small registry for tests of places, agreements and bookings, made by the hosts' and the county's
  // managers: KTT places at the association and at the recycling host, a job-coaching place at the company,
  // the association's products, and the county's agreements.
  struct Registry {
    long long yard = 0;               // association, Testikylä, property and yard care, capacity 3
    long long youth = 0;              // association, Testikylä, youth work and office, capacity 2
    long long pets = 0;               // association, Testilaakso, pet care, capacity 2
    long long sorting = 0;            // recycling, Testiranta, recycling and retail, wheelchair accessible, capacity 4
    long long workshop = 0;           // company, job coaching and supported employment only
    std::vector<long long> products;  // the association's: place, support only, place and support (two)
    long long association_partnership = 0;  // the three association places, valid a year more
    long long purchase = 0;                 // the four products, valid a year more
    long long recycling_partnership = 0;    // the sorting place, ends in 45 days
  };
  Registry registry();

  // A client agreement at `place` acknowledged by the client, the purchaser and the host's manager.
  long long acknowledged_client_agreement(long long client_id, long long place_id, const std::string& start = "");

  // A case of `client` walked by the instructor and the worker to `stage` through the API:
  // referral, assessment, plan, start (a draft-free start), implementation (a signed decision in force,
  // the start notices and a client agreement at `place`), end (ended today, no follow-up path).
  struct CaseSpec {
    std::string service_type = "ktt";
    long long place_id = 0;    // needed from implementation on
    std::string decision_end;  // default: six months from the start
    std::string start;         // the decision's, the agreement's and the plan's start; default today
    bool book_place = false;   // also a booking of the place for the case from the start
  };
  boost::json::value case_at(long long client_id, const std::string& stage, const CaseSpec& spec);
  boost::json::value case_at(long long client_id, const std::string& stage) { return case_at(client_id, stage, {}); }

 private:
  int next_individual_ = 900;
};

}  // namespace polku::testing
