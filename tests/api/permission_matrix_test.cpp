// The permission matrix: every route × every role, each as a user of the organisation that takes part in the
// client's service (own) and of one that does not (other), and without a session, asserted against the policy
// table tests/api/permission_policy.txt. A route without a line there fails, and so does a cell that differs.
// Field visibility: what a role may not receive (the referral, the need assessment, the client's identity code or
// name) is planted in the records and looked for in every answer that role gets.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "api/every_record.hpp"
#include "api/forms_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class PermissionMatrixApi : public BackendTest {};

const char* const kPolicyFile = POLKU_SOURCE_DIR "/tests/api/permission_policy.txt";

// A role's column: the own user takes part in the runner's service in that role, the other user has the same
// role in an organisation that does not.
struct Column {
  std::string name, own, other, abbreviation;
};

const std::vector<Column> kColumns = {
    {"social_worker", "worker", "other_worker", "sw"},
    {"social_instructor", "instructor", "other_instructor", "si"},
    {"manager", "manager", "other_manager", "ma"},  // the purchaser's
    {"coach", "coach", "other_coach", "co"},
    {"provider_manager", "provider_manager", "other_provider_manager", "pm"},
    {"placement_supervisor", "supervisor", "company_supervisor", "ps"},
    {"host_manager", "recycling_manager", "company_manager", "hm"},
    {"client", "client_user", "other_client", "cl"},
    {"admin", "admin", "other_admin", "ad"},
};

// One answer as a letter: A 2xx, V refused by the rules (400, 409, 412, 415, 422, 428), F 403, N 404 or a
// record named in the body reported missing (422 reference_missing), U 401, X anything else. A write is sent with
// an empty object, so its allowed cells are A or V, and the two count as one: the request got past the access check.
char letter(const HttpResponse& res) {
  const int status = res.status;
  if (status >= 200 && status < 300) return 'A';
  if (status == 422 && res.body.find("\"reference_missing\"") != std::string::npos) return 'N';
  switch (status) {
    case 400:
    case 409:
    case 412:
    case 413:
    case 415:
    case 422:
    case 428:
      return 'V';
    case 401:
      return 'U';
    case 403:
      return 'F';
    case 404:
      return 'N';
    default:
      return 'X';
  }
}

bool same_cell(char expected, char seen, bool write) {
  if (expected == seen) return true;
  const auto passed = [](char c) { return c == 'A' || c == 'V'; };
  return write && passed(expected) && passed(seen);
}

struct PolicyLine {
  std::string cells;  // two letters a column, then the anonymous one, without spaces
};

std::map<std::string, PolicyLine> read_policy() {
  std::map<std::string, PolicyLine> policy;
  std::ifstream in(kPolicyFile);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string method, pattern, cell, cells;
    words >> method >> pattern;
    while (words >> cell) cells += cell;
    policy[method + " " + pattern] = {cells};
  }
  return policy;
}

std::string header_line() {
  std::string h = "# method path";
  h.resize(64, ' ');
  for (const auto& c : kColumns) h += c.abbreviation + " ";
  return h + "an";
}

std::string policy_line(const std::string& key, const std::string& cells) {
  std::string line = key;
  line.resize(std::max<std::size_t>(line.size() + 1, 64), ' ');
  for (std::size_t i = 0; i + 1 < cells.size(); i += 2) line += cells.substr(i, 2) + " ";
  return line + cells.back();
}

// The users of the matrix beyond the world's own: each role once more in an organisation that takes no part.
void add_users(World& w, long long rival) {
  auto admin = w.sign_in("admin");
  const std::vector<testing::FixtureUser> more = {
      {"other_worker", "Outi Muualta", "social_worker", w.other_purchaser},
      {"other_manager", "Oskari Muualta", "manager", w.other_purchaser},
      {"other_admin", "Onni Muualta", "admin", w.other_purchaser},
      {"other_coach", "Olga Kilpailija", "coach", rival},
      {"other_provider_manager", "Otto Kilpailija", "manager", rival},
      {"client_user", "Kaarina Asiakas", "client", w.county},
      {"other_client", "Kalervo Asiakas", "client", w.other_purchaser},
  };
  for (auto p : more) {
    auto made = json_ok(
        admin.post("/api/v1/users",
                   json::object{
                       {"username", p.username},
                       {"displayName", p.display_name},
                       {"email", p.username + "@example.invalid"},
                       {"password", testing::kTestPassword},
                       {"roles", json::array{json::object{{"organisationId", p.organisation_id}, {"role", p.role}}}}}),
        201);
    p.id = int_at(made, "id");
    w.users[p.username] = p;
  }
}

// The values of a route's parameters: the runner's records, the organisations of the runner's service.
struct Targets {
  std::map<std::string, std::string> by_segment;  // "clients" -> "12": the id after that segment
  std::map<std::string, std::string> named;       // "breakId" -> "3"
  std::map<std::string, std::string> queries;     // "GET /api/v1/attendance" -> "?from=...&to=..."
  std::map<std::string, json::object> bodies;     // a write's body naming what it is about; else {}
};

std::string resolve(const Targets& t, const std::string& pattern) {
  std::string out, previous;
  std::istringstream parts(pattern.substr(1));
  std::string part;
  while (std::getline(parts, part, '/')) {
    if (part.size() > 2 && part.front() == '{') {
      const auto name = part.substr(1, part.size() - 2);
      auto named = t.named.find(name);
      auto by_segment = t.by_segment.find(previous);
      part = name == "id" && by_segment != t.by_segment.end() ? by_segment->second
             : named != t.named.end()                         ? named->second
                                                              : "999999";
    }
    out += "/" + part;
    previous = part;
  }
  return out;
}

// The session-ending writes go last, so that the rest run signed in.
int order_of(const std::string& key) {
  if (key == "POST /api/v1/auth/logout") return 3;
  if (key == "POST /api/v1/auth/sessions/end-all") return 4;
  return key.rfind("GET ", 0) == 0 ? 0 : 1;
}

TEST_P(PermissionMatrixApi, EveryRouteAnswersEveryRoleAsThePolicySays) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  auto admin = w.sign_in("admin");
  const long long rival =
      int_at(json_ok(admin.post("/api/v1/organisations", json::object{{"name", "Kilpaileva palvelu ry"},
                                                                      {"kinds", json::array{"provider", "host"}},
                                                                      {"regions", json::array{}}}),
                     201),
             "id");
  add_users(w, rival);
  const auto r = every_record(w, reg);
  auto instructor = w.sign_in("instructor");

  // The coach takes part in the runner's service: an accepted order names her.
  const long long order = accepted_order(w, reg, r.runner_id, r.running_case_id, reg.sorting, today_helsinki(), 3);
  const auto first_id = [](const HttpResponse& res) {
    auto items = items_ok(res);
    return items.empty() ? std::string("999999") : std::to_string(int_at(items[0], "id"));
  };
  const std::string runner = std::to_string(r.runner_id), running = std::to_string(r.running_case_id);
  const std::string booking = first_id(instructor.get("/api/v1/bookings?clientId=" + runner));
  const std::string decision = first_id(instructor.get("/api/v1/cases/" + running + "/decisions"));
  const std::string notice = first_id(instructor.get("/api/v1/cases/" + running + "/notices"));
  const std::string document = first_id(instructor.get("/api/v1/cases/" + running + "/documents"));
  const std::string form_version =
      first_id(instructor.get("/api/v1/organisations/" + std::to_string(w.county) + "/forms"));
  auto feed = json_ok(instructor.post(id_path("/api/v1/periods/", r.period_id, "/calendar-feed"), json::object{}), 201);
  const std::string token = text_at(feed, "path").substr(std::string("/api/v1/calendar/").size());
  // A member to remove.
  json_ok(w.sign_in("supervisor")
              .post(id_path("/api/v1/groups/", r.group_id, "/members"), json::object{{"periodId", r.period_id}}));
  auto person = json_ok(instructor.get("/api/v1/clients/" + runner));
  const std::string identity_code = text_at(person, "personalIdentityCode");
  ASSERT_FALSE(identity_code.empty()) << json::serialize(person);

  Targets t;
  t.by_segment = {{"clients", runner},
                  {"cases", running},
                  {"decisions", decision},
                  {"notices", notice},
                  {"documents", document},
                  {"periods", std::to_string(r.period_id)},
                  {"bookings", booking},
                  {"introductory-visits", std::to_string(r.visit_id)},
                  {"client-agreements", std::to_string(r.client_agreement_id)},
                  {"service-orders", std::to_string(order)},
                  {"absence-alerts", std::to_string(r.alert_id)},
                  {"form-entries", std::to_string(r.evaluation_entry_id)},
                  {"form-versions", form_version},
                  {"goals", std::to_string(r.goal_id)},
                  {"meetings", std::to_string(r.held_meeting_id)},
                  {"groups", std::to_string(r.group_id)},
                  {"organisations", std::to_string(w.county)},
                  {"hosts", std::to_string(w.recycling)},
                  {"places", std::to_string(reg.sorting)},
                  {"regions", std::to_string(w.county_regions.at(0))},
                  {"service-products", std::to_string(reg.products.at(1))},
                  {"agreements", std::to_string(reg.purchase)},
                  {"users", std::to_string(w.user_id("instructor"))},
                  {"notifications", "999999"}};
  t.named = {{"breakId", std::to_string(r.break_id)},
             {"day", r.marked_day},
             {"windowFrom", r.monday},
             {"month", r.last_month},
             {"benefitId", std::to_string(r.benefit_id)},
             {"entryId", std::to_string(r.evaluation_entry_id)},
             {"periodId", std::to_string(r.period_id)},
             {"kind", "intermediate_evaluation"},
             {"token", token},
             {"documentId", "999999"}};
  const std::string week = "?from=" + r.monday + "&to=" + add_days(r.monday, 6);
  t.queries = {{"GET /api/v1/attendance", week},
               {"GET /api/v1/places/{id}/closed-days", week},
               {"GET /api/v1/public-holidays", "?year=2026"},
               {"GET /api/v1/bookings", "?clientId=" + runner},
               {"GET /api/v1/client-agreements", "?clientId=" + runner},
               {"GET /api/v1/introductory-visits", "?clientId=" + std::to_string(r.client_id)},
               {"GET /api/v1/organisations/{id}/compensation/batches/{month}/export", "?format=csv"}};
  const json::object at_the_place{{"clientId", r.runner_id}, {"placeId", reg.sorting}};
  t.bodies = {
      {"POST /api/v1/bookings", at_the_place},
      {"POST /api/v1/introductory-visits", at_the_place},
      {"POST /api/v1/client-agreements", at_the_place},
      {"POST /api/v1/cases", {{"clientId", r.runner_id}, {"serviceType", "ktt"}}},
      {"POST /api/v1/service-orders",
       {{"clientId", r.runner_id}, {"caseId", r.running_case_id}, {"productId", reg.products.at(1)}}},
      {"POST /api/v1/agreements", {{"purchaserOrganisationId", w.county}, {"partnerOrganisationId", w.association}}},
      {"POST /api/v1/places", {{"hostOrganisationId", w.recycling}}},
      {"POST /api/v1/groups/{id}/members", {{"periodId", r.period_id}}},
      {"POST /api/v1/service-products", {{"providerOrganisationId", w.association}}}};

  // The canaries: what each kind of user may not receive, with who may.
  struct Canary {
    std::string what, text;
    std::set<std::string> may;  // usernames
  };
  const std::vector<Canary> canaries = {
      {"the referral", "Asiakas hakeutui itse", {"worker", "instructor", "manager"}},
      {"the need assessment", "Pitkäaikaistyöttömyys", {"worker", "instructor", "manager"}},
      {"the identity code", identity_code, {"worker", "instructor", "manager"}},
      {"the client's name",
       "Jaksolla",
       {"worker", "instructor", "manager", "coach", "provider_manager", "supervisor", "recycling_manager"}},
  };

  struct Actor {
    std::string username;
    HttpClient client;
  };
  std::vector<Actor> actors;
  for (const auto& c : kColumns)
    for (const auto& u : {c.own, c.other}) actors.push_back({u, w.sign_in(u)});
  actors.push_back({"", HttpClient(server.port())});

  std::vector<std::pair<std::string, const http::Route*>> routes;
  for (const auto& route : server.router().routes()) routes.emplace_back(route.method + " " + route.pattern, &route);
  std::stable_sort(routes.begin(), routes.end(),
                   [](const auto& a, const auto& b) { return order_of(a.first) < order_of(b.first); });

  auto policy = read_policy();
  std::map<std::string, std::string> seen;  // key -> cells
  std::vector<std::string> leaks;
  for (const auto& [key, route] : routes) {
    const bool write = route->method != "GET";
    const auto query = t.queries.find(key);
    const std::string target = resolve(t, route->pattern) + (query != t.queries.end() ? query->second : "");
    const auto body = t.bodies.find(key);
    const std::string sent = !write || route->method == "DELETE" ? ""
                             : body != t.bodies.end()            ? json::serialize(body->second)
                                                                 : "{}";
    std::string cells;
    for (auto& actor : actors) {
      // A session-ending write ends the session of the one before: each has a new one.
      if (order_of(key) > 1 && !actor.username.empty()) actor.client = w.sign_in(actor.username);
      auto res = actor.client.request(route->method, target, sent);
      cells += letter(res);
      for (const auto& canary : canaries) {
        if (actor.username.empty() || canary.may.count(actor.username) > 0) continue;
        if (res.body.find(canary.text) != std::string::npos)
          leaks.push_back(actor.username + " received " + canary.what + " from " + route->method + " " + target);
      }
    }
    seen[key] = cells;
  }

  if (std::getenv("POLKU_WRITE_PERMISSION_POLICY") != nullptr) {
    std::ifstream in(kPolicyFile);
    std::string preamble, line;
    while (std::getline(in, line) && line.rfind("# method path", 0) != 0) preamble += line + "\n";
    std::ofstream out(kPolicyFile);
    out << preamble << header_line() << "\n";
    for (const auto& [key, cells] : seen) out << policy_line(key, cells) << "\n";
    out.close();
    // The table now says what was seen; the rules below it and the leaks are still checked.
    std::cout << "wrote " << kPolicyFile << ": review its diff\n";
    policy = read_policy();
  }

  // Whatever the table says: only the purchaser's workers reach the referral, the assessment, the decisions and
  // notices, the benefits and fares, and who has read the client's data.
  const std::vector<std::string> purchaser_only = {"/referral",   "/assessment", "/decisions", "/notices",
                                                   "/access-log", "/benefits",   "/travel-"};
  std::string reached;
  for (const auto& entry : seen) {
    const auto& key = entry.first;  // not a structured binding: the lambda below captures it (clang 14)
    const auto& cells = entry.second;
    if (std::none_of(purchaser_only.begin(), purchaser_only.end(),
                     [&](const std::string& part) { return key.find(part) != std::string::npos; }))
      continue;
    for (std::size_t column = 3; column < kColumns.size(); ++column)
      for (std::size_t i = 0; i < 2; ++i)
        if (const char c = cells[column * 2 + i]; c == 'A' || c == 'V')
          reached += "\n" + key + " by " + (i == 0 ? kColumns[column].own : kColumns[column].other);
  }
  EXPECT_TRUE(reached.empty()) << "reached the purchaser's own records:" << reached;

  std::string missing, differing, stale;
  for (const auto& [key, cells] : seen) {
    auto expected = policy.find(key);
    if (expected == policy.end()) {
      missing += "\n" + policy_line(key, cells);
      continue;
    }
    const bool write = key.rfind("GET ", 0) != 0;
    bool same = expected->second.cells.size() == cells.size();
    for (std::size_t i = 0; same && i < cells.size(); ++i) same = same_cell(expected->second.cells[i], cells[i], write);
    if (!same)
      differing += "\n  policy " + policy_line(key, expected->second.cells) + "\n  seen   " + policy_line(key, cells);
  }
  for (const auto& [key, line] : policy)
    if (seen.count(key) == 0) stale += "\n" + key;
  EXPECT_TRUE(missing.empty()) << "routes without a line in the policy (" << kPolicyFile << "); as answered now:\n"
                               << header_line() << missing;
  EXPECT_TRUE(differing.empty()) << "cells that differ from the policy:\n  " << header_line() << differing;
  EXPECT_TRUE(stale.empty()) << "policy lines of no route:" << stale;
  std::string leaked;
  for (const auto& l : leaks) leaked += "\n" + l;
  EXPECT_TRUE(leaks.empty()) << leaks.size() << " answers carried what their receiver may not see:" << leaked;
}

INSTANTIATE_TEST_SUITE_P(Backends, PermissionMatrixApi, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku::api_test
