// The placement registry over real HTTP on a small registry of the fixtures: who sees and edits
// which places, the KTT refusal at a company, and searching and matching with reasons.
#include "api/api_test_helpers.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::api_test {
namespace {

class RegistryApi : public BackendTest {};

json::object new_place(json::array service_types, json::value host = nullptr) {
  json::object p{{"name", "Kahvio"},
                 {"workTasks", "Kahvin keitto ja tiskaus"},
                 {"fields", json::array{"kitchen"}},
                 {"municipality", "Testikylä"},
                 {"capacity", 2},
                 {"weekdays", json::array{"mon", "wed"}},
                 {"startTime", "09:00"},
                 {"endTime", "14:00"},
                 {"supervisorName", "Saara Laatinen"},
                 {"supervisorPhone", "044 339 0220"},
                 {"orientationChecklist", json::array{"Hygienia", "Kassa"}},
                 {"noDisplacementConfirmed", true},
                 {"serviceTypes", std::move(service_types)}};
  if (!host.is_null()) p["hostOrganisationId"] = host;
  return p;
}

std::vector<long long> host_ids(const json::value& list) {
  std::vector<long long> out;
  for (const auto& p : items_of(list)) out.push_back(int_at(p, "hostOrganisationId"));
  return out;
}

TEST_P(RegistryApi, PurchaserWorkersSeeAllPlacesHostsTheirOwnAdminNone) {
  TestServer server(GetParam());
  auto w = World::build(server);
  w.registry();
  auto instructor = w.sign_in("instructor");
  auto all = instructor.get("/api/v1/places");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(items_ok(all).size(), 5U);
  EXPECT_EQ(items_ok(w.sign_in("manager").get("/api/v1/places")).size(), 5U);

  auto provider = w.sign_in("provider_manager");  // manager of the association
  auto own = provider.get("/api/v1/places");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(host_ids(own.json()), (std::vector<long long>{w.association, w.association, w.association}));
  auto supervisor = w.sign_in("supervisor");  // supervisor at the recycling centre
  EXPECT_EQ(host_ids(json_ok(supervisor.get("/api/v1/places"))), std::vector<long long>{w.recycling});

  expect_problem(w.sign_in("admin").get("/api/v1/places"), 403);
  expect_problem(provider.get("/api/v1/places/search"), 403);
}

TEST_P(RegistryApi, AHostManagerEditsOwnPlacesButNotOthers) {
  TestServer server(GetParam());
  auto w = World::build(server);
  w.registry();
  auto provider = w.sign_in("provider_manager");
  auto own = items_ok(provider.get("/api/v1/places")).at(0).as_object();
  own["capacity"] = 6;
  auto saved = provider.put("/api/v1/places/" + std::to_string(int_at(own, "id")), own);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(int_at(saved.json(), "capacity"), 6);
  EXPECT_EQ(int_at(saved.json(), "version"), 2);
  expect_problem(provider.put("/api/v1/places/" + std::to_string(int_at(own, "id")), own), 409);  // stale

  auto instructor = w.sign_in("instructor");
  json::object recycling_place;
  for (const auto& p : items_ok(instructor.get("/api/v1/places"))) {
    if (int_at(p, "hostOrganisationId") == w.recycling) recycling_place = p.as_object();
  }
  const auto path = "/api/v1/places/" + std::to_string(int_at(recycling_place, "id"));
  expect_problem(provider.put(path, recycling_place), 404);                 // not hers to see
  expect_problem(w.sign_in("supervisor").put(path, recycling_place), 403);  // sees, may not edit
  expect_problem(instructor.put(path, recycling_place), 403);               // purchaser reads only

  auto created = provider.post("/api/v1/places", new_place(json::array{"ktt"}));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json().at("orientationChecklist").as_array().size(), 2U);
  expect_problem(provider.post("/api/v1/places", new_place(json::array{"ktt"}, json::value(w.recycling))), 403);
}

TEST_P(RegistryApi, ACompanyMayNotHostKttAndTheRefusalIsLocalised) {
  TestServer server(GetParam());
  auto w = World::build(server);
  // The company's manager.
  auto fi = w.sign_in("company_manager", "fi");
  auto en = w.sign_in("company_manager", "en");
  auto refused = expect_problem(fi.post("/api/v1/places", new_place(json::array{"job_coaching", "ktt"})), 422);
  ASSERT_TRUE(has_field_error(refused, "serviceTypes", "not_at_company")) << json::serialize(refused);
  auto refused_en = expect_problem(en.post("/api/v1/places", new_place(json::array{"ktt"})), 422);
  EXPECT_NE(text_at(field_error(refused, "serviceTypes"), "message"),
            text_at(field_error(refused_en, "serviceTypes"), "message"));
  EXPECT_EQ(fi.post("/api/v1/places", new_place(json::array{"job_coaching"})).status, 201);
}

TEST_P(RegistryApi, MatchRanksPlacesForAClientWithReasons) {
  TestServer server(GetParam());
  auto w = World::build(server);
  w.registry();
  auto instructor = w.sign_in("instructor");
  json::object needs{{"serviceType", "ktt"},
                     {"municipality", "Testikylä"},
                     {"weekdays", json::array{"mon", "wed"}},
                     {"startTime", "09:00"},
                     {"endTime", "13:00"},
                     {"interests", json::array{"property_and_yard_care"}},
                     {"startDate", polku::add_days(today_helsinki(), 7)}};
  auto res = instructor.post("/api/v1/places/match", needs);
  ASSERT_EQ(res.status, 200) << res.body;
  auto ranked = items_ok(res);
  ASSERT_EQ(ranked.size(), 4U);  // every ktt place but the company's
  const auto& best = ranked[0];
  EXPECT_EQ(text_at(best.at("place"), "name"), "Pihatyöt");
  for (const auto& reason : best.at("reasons").as_array()) {
    EXPECT_TRUE(reason.at("met").as_bool()) << text_at(reason, "code");
  }
  for (const auto& r : ranked) EXPECT_NE(int_at(r.at("place"), "hostOrganisationId"), w.company);
  EXPECT_GE(int_at(ranked[0], "score"), int_at(ranked[1], "score"));

  auto search = instructor.get("/api/v1/places/search?field=recycling&wheelchairAccessible=true");
  ASSERT_EQ(search.status, 200);
  ASSERT_EQ(items_ok(search).size(), 1U);
  EXPECT_EQ(int_at(items_ok(search)[0], "hostOrganisationId"), w.recycling);

  auto ktt = instructor.get("/api/v1/places/search?serviceType=ktt");
  ASSERT_EQ(ktt.status, 200);
  EXPECT_EQ(items_ok(ktt).size(), 4U);
  for (const auto& p : items_ok(ktt)) EXPECT_NE(int_at(p, "hostOrganisationId"), w.company);

  // Hours: every place found is open the whole time asked for; a bad query is explained per field.
  auto hours = instructor.get("/api/v1/places/search?startTime=09:00&endTime=14:00");
  ASSERT_EQ(hours.status, 200) << hours.body;
  EXPECT_FALSE(items_ok(hours).empty());
  for (const auto& p : items_ok(hours)) {
    EXPECT_LE(text_at(p, "startTime"), "09:00");
    EXPECT_GE(text_at(p, "endTime"), "14:00");
  }
  auto bad =
      expect_problem(instructor.get("/api/v1/places/search?startTime=9.00&freeUntil=2026-12-01&weekday=ti"), 422);
  EXPECT_TRUE(has_field_error(bad, "startTime", "invalid_format"));
  EXPECT_TRUE(has_field_error(bad, "freeFrom", "required"));
  EXPECT_TRUE(has_field_error(bad, "weekday", "invalid_choice"));

  auto missing = expect_problem(instructor.post("/api/v1/places/match", json::object{}), 422);
  EXPECT_TRUE(has_field_error(missing, "serviceType", "required"));
  auto garbled = expect_problem(instructor.post("/api/v1/places/match", json::object{{"serviceType", "ktt"},
                                                                                     {"startDate", "2026-02-30"},
                                                                                     {"weekdays", json::array{"ti"}},
                                                                                     {"startTime", "9.00"}}),
                                422);
  EXPECT_TRUE(has_field_error(garbled, "startDate", "invalid_date"));
  EXPECT_TRUE(has_field_error(garbled, "weekdays", "invalid_choice"));
  EXPECT_TRUE(has_field_error(garbled, "startTime", "invalid_format"));
}

POLKU_API_TEST_BACKENDS(RegistryApi);

}  // namespace
}  // namespace polku::api_test
