#include "support/fixtures.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "organisations/organisation_service.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::testing {
namespace json = boost::json;

std::string identity_code(int day, int month, int year, int individual_number) {
  const char sign = year < 1900 ? '+' : (year < 2000 ? '-' : 'A');
  const long long number = (day * 10000LL + month * 100 + year % 100) * 1000 + individual_number;
  static constexpr const char* kCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  return fmt::format("{:02d}{:02d}{:02d}{}{:03d}{}", day, month, year % 100, sign, individual_number,
                     kCheck[number % 31]);
}

namespace {

long long id_of(const json::value& v) {
  if (!v.is_object()) return 0;
  const auto* id = v.as_object().if_contains("id");
  return id != nullptr && id->is_int64() ? id->as_int64() : 0;
}

// The answer's JSON when it has the expected status; a failure naming what was being made otherwise.
json::value made(const HttpResponse& res, const std::string& what, int status = 201) {
  if (res.status != status) {
    ADD_FAILURE() << "fixture: could not make " << what << ": " << res.status << " " << res.body.substr(0, 400);
    return {};
  }
  return res.json();
}

json::object with(json::object body, const json::object& extra) {
  for (const auto& [k, v] : extra) body[k] = v;
  return body;
}

}  // namespace

World World::build(TestServer& server) {
  World w;
  w.server = &server;
  // The first administrator, as `polku user add` makes one: through the service as the command, before anyone can sign
  // in.
  {
    server.database().reopen(1);
    {  // the service and its audit log go before the database closes
      auto& db = server.database().db();
      organisations::OrganisationStore store(db);
      audit::AuditLog audit(db);
      work::Transactor transactor(db, audit);
      files::FileStore files(db);
      organisations::OrganisationService service(store, transactor, files);
      auth::AuthContext administrator;
      administrator.username = "polku user add";
      administrator.roles = {{0, "admin"}};
      const work::Caller as_admin{administrator, {0, "polku user add", "fixture"}};
      auto county = service.create_organisation(
          as_admin, {kCountyName, {"purchaser", "provider"}, {"Itäinen alue", "Läntinen alue"}, std::nullopt});
      if (!county) throw std::runtime_error("fixture: county: " + county.error().message_key);
      w.county = county->id;
      for (const auto& name : {"Itäinen alue", "Läntinen alue"})
        for (const auto& r : county->regions)
          if (r.name == name) w.county_regions.push_back(r.id);
      organisations::UserInput admin;
      admin.username = "admin";
      admin.display_name = "Aatu Ylläpitäjä";
      admin.email = "admin@example.invalid";
      admin.roles = {{w.county, "admin"}};
      admin.password = kTestPassword;
      auto created = service.create_user(as_admin, admin);
      if (!created) throw std::runtime_error("fixture: admin: " + created.error().message_key);
      w.users["admin"] = {"admin", admin.display_name, "admin", w.county, created->id};
    }
    server.database().close();
  }
  auto admin = w.sign_in("admin");
  const auto organisation = [&](const std::string& name, json::array kinds) {
    return id_of(made(admin.post("/api/v1/organisations",
                                 json::object{{"name", name}, {"kinds", std::move(kinds)}, {"regions", json::array{}}}),
                      name));
  };
  w.association = organisation(kAssociationName, {"provider", "host"});
  w.recycling = organisation("Testirannan kierrätys ry", {"host"});
  w.company = organisation("Testipaja Oy", {"host"});
  w.other_purchaser = organisation("Muualan hyvinvointialue", {"purchaser"});
  for (const auto& [host, type] : {std::pair{w.association, "association"}, std::pair{w.recycling, "association"},
                                   std::pair{w.company, "company"}}) {
    made(admin.put("/api/v1/hosts/" + std::to_string(host), json::object{{"hostType", type}}), "host type", 200);
  }
  const std::vector<FixtureUser> people = {
      {"instructor", "Iida Ohjaaja", "social_instructor", w.county},
      {"worker", "Veera Sosiaalityöntekijä", "social_worker", w.county},
      {"manager", "Maija Esihenkilö", "manager", w.county},
      {"coach", "Kaisa Valmentaja", "coach", w.association},
      {"provider_manager", "Pirjo Toiminnanjohtaja", "manager", w.association},
      {"supervisor", "Sami Työpaikkaohjaaja", "placement_supervisor", w.recycling},
      {"recycling_manager", "Riikka Kierrättäjä", "manager", w.recycling},
      {"company_manager", "Yrjö Yrittäjä", "manager", w.company},
      {"company_supervisor", "Paavo Pajaohjaaja", "placement_supervisor", w.company},
      {"other_instructor", "Olli Muualta", "social_instructor", w.other_purchaser},
  };
  for (auto p : people) {
    p.id = id_of(made(admin.post("/api/v1/users",
                                 json::object{{"username", p.username},
                                              {"displayName", p.display_name},
                                              {"email", p.username + "@example.invalid"},
                                              {"password", kTestPassword},
                                              {"roles", json::array{json::object{{"organisationId", p.organisation_id},
                                                                                 {"role", p.role}}}}}),
                      p.username));
    w.users[p.username] = p;
  }
  return w;
}

HttpClient World::sign_in(const std::string& username, const std::string& language) const {
  HttpClient client(server->port());
  client.language = language;
  auto res = client.login(username, kTestPassword);
  EXPECT_EQ(res.status, 200) << "sign-in as " << username << ": " << res.body;
  return client;
}

const FixtureUser& World::user(const std::string& username) const {
  auto found = users.find(username);
  if (found == users.end()) throw std::invalid_argument("fixture: no user " + username);
  return found->second;
}

long long World::client(const std::string& first_names, const std::string& last_name, const json::object& extra) {
  auto instructor = sign_in("instructor");
  const int n = next_individual_++;
  json::object body{{"firstNames", first_names},
                    {"lastName", last_name},
                    {"personalIdentityCode", identity_code(1 + n % 28, 1 + n % 12, 1980 + n % 20, n)},
                    {"municipality", "Testilaakso"}};
  return id_of(made(instructor.post("/api/v1/clients", with(std::move(body), extra)), "client " + last_name));
}

json::object World::place(long long host, const std::string& name, const json::object& extra) {
  std::string manager = "provider_manager";
  if (host == recycling) manager = "recycling_manager";
  if (host == company) manager = "company_manager";
  json::object body{{"hostOrganisationId", host},
                    {"name", name},
                    {"workTasks", "Testitehtävät"},
                    {"fields", json::array{"office"}},
                    {"municipality", "Testilaakso"},
                    {"streetAddress", "Testitie 1"},
                    {"capacity", 2},
                    {"weekdays", json::array{"mon", "tue", "wed", "thu", "fri"}},
                    {"startTime", "08:00"},
                    {"endTime", "15:00"},
                    {"supervisorName", "Testi Ohjaaja"},
                    {"supervisorPhone", "044 000 0000"},
                    {"orientationChecklist", json::array{"Työturvallisuus"}},
                    {"noDisplacementConfirmed", true},
                    {"serviceTypes", json::array{"ktt", "work_activity"}}};
  auto res = made(sign_in(manager).post("/api/v1/places", with(std::move(body), extra)), "place " + name);
  return res.is_object() ? res.as_object() : json::object{};
}

json::object World::product(const std::string& name, bool includes_place, bool includes_support) {
  json::object body{{"providerOrganisationId", association},
                    {"name", name},
                    {"serviceType", "ktt"},
                    {"includesPlace", includes_place},
                    {"includesSupport", includes_support},
                    {"includesSocialGuidance", includes_support},
                    {"periodMonthsMin", 3},
                    {"periodMonthsMax", 24},
                    {"daysMin", 1},
                    {"daysMax", 4},
                    {"hoursMin", 4},
                    {"hoursMax", 8},
                    {"minGuidanceHoursPer3Months", includes_support ? 6 : 0},
                    {"priceCents", 4500},
                    {"priceUnit", "day"}};
  auto res = made(sign_in("provider_manager").post("/api/v1/service-products", body), "product " + name);
  return res.is_object() ? res.as_object() : json::object{};
}

namespace {

json::array ids(const std::vector<long long>& v) {
  json::array out;
  for (auto id : v) out.push_back(id);
  return out;
}

}  // namespace

long long World::partnership(long long host, const std::vector<long long>& place_ids, const std::string& from,
                             const std::string& until) {
  const auto today = today_helsinki();
  return id_of(made(sign_in("manager").post("/api/v1/agreements",
                                            json::object{{"kind", "partnership"},
                                                         {"purchaserOrganisationId", county},
                                                         {"partnerOrganisationId", host},
                                                         {"title", "Kumppanuussopimus"},
                                                         {"validFrom", from.empty() ? add_days(today, -200) : from},
                                                         {"validUntil", until.empty() ? add_days(today, 500) : until},
                                                         {"placeIds", ids(place_ids)},
                                                         {"productIds", json::array{}}}),
                    "partnership"));
}

long long World::purchase(long long provider, const std::vector<long long>& product_ids, const std::string& from,
                          const std::string& until) {
  const auto today = today_helsinki();
  return id_of(made(sign_in("manager").post("/api/v1/agreements",
                                            json::object{{"kind", "purchase"},
                                                         {"purchaserOrganisationId", county},
                                                         {"partnerOrganisationId", provider},
                                                         {"title", "Hankintasopimus"},
                                                         {"validFrom", from.empty() ? add_days(today, -200) : from},
                                                         {"validUntil", until.empty() ? add_days(today, 500) : until},
                                                         {"placeIds", json::array{}},
                                                         {"productIds", ids(product_ids)}}),
                    "purchase contract"));
}

World::Registry World::registry() {
  Registry r;
  const auto id = [](const json::object& o) { return id_of(o); };
  r.yard =
      id(place(association, "Pihatyöt",
               {{"municipality", "Testikylä"}, {"fields", json::array{"property_and_yard_care"}}, {"capacity", 3}}));
  r.youth = id(
      place(association, "Kerhotyö", {{"municipality", "Testikylä"}, {"fields", json::array{"youth_work", "office"}}}));
  r.pets = id(place(association, "Eläintenhoito", {{"fields", json::array{"pet_care"}}}));
  r.sorting = id(place(recycling, "Lajittelu",
                       {{"municipality", "Testiranta"},
                        {"fields", json::array{"recycling", "retail"}},
                        {"capacity", 4},
                        {"wheelchairAccessible", true},
                        {"accessibilityNotes", "Esteetön sisäänkäynti"}}));
  r.workshop = id(place(
      company, "Työvalmennus",
      {{"fields", json::array{"warehouse"}}, {"serviceTypes", json::array{"job_coaching", "supported_employment"}}}));
  for (const auto& [name, with_place, with_support] :
       {std::tuple{"Osa 1: Paikka", true, false}, std::tuple{"Osa 2: Tuki ja ohjaus", false, true},
        std::tuple{"Osa 3: Paikka, tuki ja ohjaus", true, true}, std::tuple{"Osa 4: Osallisuus", true, true}}) {
    r.products.push_back(id(product(name, with_place, with_support)));
  }
  r.association_partnership = partnership(association, {r.yard, r.youth, r.pets});
  r.purchase = purchase(association, r.products);
  const auto today = today_helsinki();
  r.recycling_partnership = partnership(recycling, {r.sorting}, add_days(today, -320), add_days(today, 45));
  return r;
}

long long World::acknowledged_client_agreement(long long client_id, long long place_id, const std::string& start) {
  auto instructor = sign_in("instructor");
  const std::string today = start.empty() ? today_helsinki() : start;
  const long long id =
      id_of(made(instructor.post("/api/v1/client-agreements", json::object{{"clientId", client_id},
                                                                           {"placeId", place_id},
                                                                           {"startDate", today},
                                                                           {"endDate", add_months(today, 6)},
                                                                           {"daysPerWeek", 3},
                                                                           {"hoursPerDay", 4},
                                                                           {"tasks", "Testitehtävät"},
                                                                           {"responsiblePersons", name("instructor")}}),
                 "client agreement"));
  const auto path = "/api/v1/client-agreements/" + std::to_string(id) + "/acknowledgements";
  made(instructor.post(path, json::object{{"party", "client"}, {"name", "Asiakas"}, {"method", "in_person"}}),
       "client's acknowledgement");
  made(instructor.post(path, json::object{{"party", "purchaser"}}), "purchaser's acknowledgement");
  long long host = 0;
  auto place = made(instructor.get("/api/v1/places/" + std::to_string(place_id)), "place read", 200);
  if (place.is_object() && place.as_object().contains("hostOrganisationId"))
    host = place.at("hostOrganisationId").as_int64();
  std::string manager = host == recycling ? "recycling_manager"
                        : host == company ? "company_manager"
                                          : "provider_manager";
  made(sign_in(manager).post(path, json::object{{"party", "host"}}), "host's acknowledgement");
  return id;
}

json::value World::case_at(long long client_id, const std::string& stage, const CaseSpec& spec) {
  static const std::vector<std::string> kStages = {"referral", "assessment", "plan", "start", "implementation", "end"};
  auto instructor = sign_in("instructor");
  auto worker = sign_in("worker");
  const std::string today = spec.start.empty() ? today_helsinki() : spec.start;
  auto c =
      made(instructor.post("/api/v1/cases", json::object{{"clientId", client_id}, {"serviceType", spec.service_type}}),
           "case");
  if (!c.is_object()) return c;
  const std::string path = "/api/v1/cases/" + std::to_string(id_of(c));
  const auto version = [&] { return c.at("version").as_int64(); };
  const auto step = [&](HttpClient& who, const std::string& method, const std::string& tail, json::object body,
                        int status = 200) {
    body["version"] = version();
    auto res =
        made(who.request(method, path + tail, json::serialize(body)), stage + ": " + method + " " + tail, status);
    if (res.is_object() && res.as_object().contains("version") && res.as_object().contains("stage")) c = res;
    return res;
  };
  const auto reach = [&](const std::string& s) {
    return std::find(kStages.begin(), kStages.end(), s) <= std::find(kStages.begin(), kStages.end(), stage);
  };
  step(instructor, "PUT", "/referral",
       {{"source", "client_self"}, {"orderText", "Asiakas hakeutui itse"}, {"date", add_days(today, -40)}});
  if (!reach("assessment")) return c;
  step(instructor, "POST", "/transitions", {{"to", "assessment"}});
  step(worker, "PUT", "/assessment",
       {{"criteria", "Pitkäaikaistyöttömyys"}, {"outcome", "service_needed"}, {"date", add_days(today, -30)}});
  if (!reach("plan")) return c;
  step(worker, "POST", "/transitions", {{"to", "plan"}});
  step(worker, "PUT", "/plan",
       {{"kind", "activation_plan"},
        {"date", add_days(today, -20)},
        {"tasksAndPlace", "Testitehtävät"},
        {"hoursPerDay", 4},
        {"daysPerWeek", 3},
        {"startDate", today},
        {"lengthMonths", 6},
        {"goal", "Työelämävalmiuksien vahvistaminen"},
        {"supportAndGuidance", "Valmentaja viikoittain"},
        {"evaluationDate", add_months(today, 3)}});
  if (!reach("start")) return c;
  step(worker, "POST", "/transitions", {{"to", "start"}});
  if (!reach("implementation")) return c;
  auto decision = made(
      worker.post(
          path + "/decisions",
          json::object{{"startDate", today},
                       {"endDate", spec.decision_end.empty() ? add_days(add_months(today, 6), -1) : spec.decision_end},
                       {"daysPerWeekMax", 3},
                       {"hoursPerDayMax", 4},
                       {"decisionDate", today}}),
      "decision");
  if (decision.is_object()) {
    made(worker.post("/api/v1/decisions/" + std::to_string(id_of(decision)) + "/sign",
                     json::object{{"version", decision.at("version")}}),
         "signature", 200);
  }
  for (const auto& [kind, recipient] :
       {std::pair{"shop_steward", "Pääluottamusmies"}, std::pair{"employment_authority_start", "Työllisyyspalvelut"}}) {
    made(instructor.post(path + "/notices", json::object{{"kind", kind},
                                                         {"sentOn", today},
                                                         {"recipient", recipient},
                                                         {"startDate", today},
                                                         {"lengthMonths", 6},
                                                         {"place", "Testipaikka"},
                                                         {"hoursPerDay", 4},
                                                         {"daysPerWeek", 3}}),
         kind);
  }
  if (spec.place_id == 0) ADD_FAILURE() << "fixture: a case in implementation needs a place";
  acknowledged_client_agreement(client_id, spec.place_id, today);
  if (spec.book_place) {
    made(instructor.post("/api/v1/bookings", json::object{{"placeId", spec.place_id},
                                                          {"clientId", client_id},
                                                          {"caseId", id_of(c)},
                                                          {"startDate", today},
                                                          {"endDate", add_months(today, 6)}}),
         "booking");
  }
  c = made(instructor.get(path), "case read", 200);
  step(instructor, "POST", "/transitions", {{"to", "implementation"}});
  if (!reach("end")) return c;
  step(instructor, "PUT", "/end", {{"reason", "period_ended"}, {"date", today}});
  step(instructor, "POST", "/transitions", {{"to", "end"}});
  return c;
}

}  // namespace polku::testing
