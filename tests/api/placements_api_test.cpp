// The placement registry over real HTTP on the demo data: who sees and edits
// which places, the KTT refusal at a company, products, agreements with
// documents, and matching with reasons.
#include "api/api_test_helpers.hpp"
#include "placements/placement_rules.hpp"
#include "platform/core/clock.hpp"

namespace polku::api_test {
namespace {

class PlacementsApi : public BackendTest {};

// Demo organisations: 1 county (purchaser), 2 4H association, 3 recycling centre, 4 the company.
constexpr long long kClub = 2;
constexpr long long kRecycling = 3;
constexpr long long kCompany = 4;

json::object new_place(json::array service_types, json::value host = nullptr) {
  json::object p{{"name", "Kahvio"},
                 {"workTasks", "Kahvin keitto ja tiskaus"},
                 {"fields", json::array{"kitchen"}},
                 {"municipality", "Kotikylä"},
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

TEST_P(PlacementsApi, PurchaserWorkersSeeAllPlacesHostsTheirOwnAdminNone) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  auto all = sanna.get("/api/v1/places");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(items_of(all.json()).size(), 5U);
  EXPECT_EQ(items_of(signed_in(server, "mikko").get("/api/v1/places").json()).size(), 5U);

  auto hanna = signed_in(server, "hanna");  // manager of the 4H association
  auto own = hanna.get("/api/v1/places");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(host_ids(own.json()), (std::vector<long long>{kClub, kClub, kClub}));
  auto aino = signed_in(server, "aino");  // supervisor at the recycling centre
  EXPECT_EQ(host_ids(aino.get("/api/v1/places").json()), std::vector<long long>{kRecycling});

  expect_problem(signed_in(server, "admin").get("/api/v1/places"), 403);
  expect_problem(hanna.get("/api/v1/places/search"), 403);
}

TEST_P(PlacementsApi, AHostManagerEditsOwnPlacesButNotOthers) {
  TestServer server(GetParam());
  auto hanna = signed_in(server, "hanna");
  auto own = items_of(hanna.get("/api/v1/places").json()).at(0).as_object();
  own["capacity"] = 6;
  auto saved = hanna.put("/api/v1/places/" + std::to_string(int_at(own, "id")), own);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(int_at(saved.json(), "capacity"), 6);
  EXPECT_EQ(int_at(saved.json(), "version"), 2);
  expect_problem(hanna.put("/api/v1/places/" + std::to_string(int_at(own, "id")), own), 409);  // stale

  auto sanna = signed_in(server, "sanna");
  json::object recycling_place;
  for (const auto& p : items_of(sanna.get("/api/v1/places").json())) {
    if (int_at(p, "hostOrganisationId") == kRecycling) recycling_place = p.as_object();
  }
  const auto path = "/api/v1/places/" + std::to_string(int_at(recycling_place, "id"));
  expect_problem(hanna.put(path, recycling_place), 404);                  // not hers to see
  expect_problem(signed_in(server, "aino").put(path, recycling_place), 403);  // sees, may not edit
  expect_problem(sanna.put(path, recycling_place), 403);                  // purchaser reads only

  auto created = hanna.post("/api/v1/places", new_place(json::array{"ktt"}));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json().at("orientationChecklist").as_array().size(), 2U);
  expect_problem(hanna.post("/api/v1/places", new_place(json::array{"ktt"}, json::value(kRecycling))), 403);
}

TEST_P(PlacementsApi, ACompanyMayNotHostKttAndTheRefusalIsLocalised) {
  TestServer server(GetParam());
  // kalle is the demo company's manager.
  auto fi = signed_in(server, "kalle", "fi");
  auto en = signed_in(server, "kalle", "en");
  auto refused = expect_problem(fi.post("/api/v1/places", new_place(json::array{"job_coaching", "ktt"})), 422);
  ASSERT_TRUE(has_field_error(refused, "serviceTypes", "not_at_company")) << json::serialize(refused);
  auto refused_en = expect_problem(en.post("/api/v1/places", new_place(json::array{"ktt"})), 422);
  EXPECT_NE(text_at(field_error(refused, "serviceTypes"), "message"),
            text_at(field_error(refused_en, "serviceTypes"), "message"));
  EXPECT_EQ(fi.post("/api/v1/places", new_place(json::array{"job_coaching"})).status, 201);
}

TEST_P(PlacementsApi, ProductsMayNarrowButNotWidenTheServiceType) {
  TestServer server(GetParam());
  auto hanna = signed_in(server, "hanna");
  auto seeded = hanna.get("/api/v1/service-products?providerOrganisationId=2");
  ASSERT_EQ(seeded.status, 200);
  EXPECT_EQ(items_of(seeded.json()).size(), 4U);
  json::object product{{"providerOrganisationId", kClub}, {"name", "Kesäjakso"}, {"serviceType", "ktt"},
                       {"includesPlace", true}, {"includesSupport", true}, {"includesSocialGuidance", true},
                       {"periodMonthsMin", 3}, {"periodMonthsMax", 6}, {"daysMin", 2}, {"daysMax", 5},
                       {"hoursMin", 4}, {"hoursMax", 6}, {"minGuidanceHoursPer3Months", 6},
                       {"priceCents", 5500}, {"priceUnit", "day"}};
  auto wider = expect_problem(hanna.post("/api/v1/service-products", product), 422);
  EXPECT_TRUE(has_field_error(wider, "daysMax", "outside_service_type_limits")) << json::serialize(wider);
  product["daysMax"] = 3;
  auto created = hanna.post("/api/v1/service-products", product);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(int_at(created.json(), "priceCents"), 5500);
  expect_problem(signed_in(server, "sanna").post("/api/v1/service-products", product), 403);
}

TEST_P(PlacementsApi, AgreementsEndingSoonAndTheirDocuments) {
  TestServer server(GetParam());
  auto mikko = signed_in(server, "mikko");
  auto ending = mikko.get("/api/v1/agreements?endingWithinDays=60");
  ASSERT_EQ(ending.status, 200) << ending.body;
  ASSERT_EQ(items_of(ending.json()).size(), 1U);
  EXPECT_EQ(int_at(items_of(ending.json())[0], "partnerOrganisationId"), kRecycling);
  EXPECT_EQ(items_of(mikko.get("/api/v1/agreements").json()).size(), 3U);

  const std::string pdf("%PDF-1.7\n\x01\x02\xff binary\0end", 22);
  auto added = mikko.request("POST", "/api/v1/agreements/1/documents?fileName=sopimus%20liite.pdf", pdf,
                             {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(int_at(added.json(), "sizeBytes"), 22);
  auto download = mikko.get("/api/v1/agreements/1/documents/" + std::to_string(int_at(added.json(), "id")));
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.header("content-type"), "application/pdf");
  EXPECT_NE(download.header("content-disposition").find("sopimus%20liite.pdf"), std::string::npos);
  EXPECT_EQ(items_of(mikko.get("/api/v1/agreements").json()).size(), 3U);
  expect_problem(signed_in(server, "aino").get("/api/v1/agreements/1"), 404);
  expect_problem(signed_in(server, "sanna").request("POST", "/api/v1/agreements/1/documents?fileName=x.pdf", pdf,
                                                    {{"Content-Type", "application/pdf"}}),
                 403);
}

TEST_P(PlacementsApi, DocumentsUpToTheirOwnLimitPassTheServersDefaultBodyLimit) {
  TestServer server(GetParam());
  auto mikko = signed_in(server, "mikko");
  const std::string three_mib(3 * 1024 * 1024, 'x');  // over the 1 MiB default, under 5 MiB
  auto added = mikko.request("POST", "/api/v1/agreements/1/documents?fileName=iso.txt", three_mib,
                             {{"Content-Type", "text/plain"}});
  ASSERT_EQ(added.status, 201) << added.body.substr(0, 200);
  EXPECT_EQ(int_at(added.json(), "sizeBytes"), 3 * 1024 * 1024);
  const std::string six_mib(6 * 1024 * 1024, 'x');
  expect_problem(mikko.request("POST", "/api/v1/agreements/1/documents?fileName=liian-iso.txt", six_mib,
                               {{"Content-Type", "text/plain"}}),
                 413);
  // Elsewhere the default limit still holds.
  expect_problem(mikko.request("PUT", "/api/v1/clients/1", three_mib, {{"Content-Type", "application/json"}}), 413);
}

TEST_P(PlacementsApi, MatchRanksPlacesForAClientWithReasons) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  json::object needs{{"serviceType", "ktt"},
                     {"municipality", "Kotikylä"},
                     {"weekdays", json::array{"mon", "wed"}},
                     {"startTime", "09:00"},
                     {"endTime", "13:00"},
                     {"interests", json::array{"property_and_yard_care"}},
                     {"startDate", placements::add_days(today_helsinki(), 7)}};
  auto res = sanna.post("/api/v1/places/match", needs);
  ASSERT_EQ(res.status, 200) << res.body;
  auto ranked = items_of(res.json());
  ASSERT_EQ(ranked.size(), 4U);  // every ktt place but the company's
  const auto& best = ranked[0];
  EXPECT_EQ(text_at(best.at("place"), "name"), "Kiinteistö- ja pihanhoito");
  for (const auto& reason : best.at("reasons").as_array()) {
    EXPECT_TRUE(reason.at("met").as_bool()) << text_at(reason, "code");
  }
  for (const auto& r : ranked) EXPECT_NE(int_at(r.at("place"), "hostOrganisationId"), kCompany);
  EXPECT_GE(int_at(ranked[0], "score"), int_at(ranked[1], "score"));

  auto search = sanna.get("/api/v1/places/search?field=recycling&wheelchairAccessible=true");
  ASSERT_EQ(search.status, 200);
  ASSERT_EQ(items_of(search.json()).size(), 1U);
  EXPECT_EQ(int_at(items_of(search.json())[0], "hostOrganisationId"), kRecycling);

  auto ktt = sanna.get("/api/v1/places/search?serviceType=ktt");
  ASSERT_EQ(ktt.status, 200);
  EXPECT_EQ(items_of(ktt.json()).size(), 4U);
  for (const auto& p : items_of(ktt.json())) EXPECT_NE(int_at(p, "hostOrganisationId"), kCompany);

  // Hours: every place found is open the whole time asked for; a bad query is explained per field.
  auto hours = sanna.get("/api/v1/places/search?startTime=09:00&endTime=14:00");
  ASSERT_EQ(hours.status, 200) << hours.body;
  EXPECT_FALSE(items_of(hours.json()).empty());
  for (const auto& p : items_of(hours.json())) {
    EXPECT_LE(text_at(p, "startTime"), "09:00");
    EXPECT_GE(text_at(p, "endTime"), "14:00");
  }
  auto bad = expect_problem(sanna.get("/api/v1/places/search?startTime=9.00&freeUntil=2026-12-01&weekday=ti"), 422);
  EXPECT_TRUE(has_field_error(bad, "startTime", "invalid_format"));
  EXPECT_TRUE(has_field_error(bad, "freeFrom", "required"));
  EXPECT_TRUE(has_field_error(bad, "weekday", "invalid_choice"));

  auto missing = expect_problem(sanna.post("/api/v1/places/match", json::object{}), 422);
  EXPECT_TRUE(has_field_error(missing, "serviceType", "required"));
  auto garbled = expect_problem(sanna.post("/api/v1/places/match", json::object{{"serviceType", "ktt"},
                                                                               {"startDate", "2026-02-30"},
                                                                               {"weekdays", json::array{"ti"}},
                                                                               {"startTime", "9.00"}}),
                                422);
  EXPECT_TRUE(has_field_error(garbled, "startDate", "invalid_date"));
  EXPECT_TRUE(has_field_error(garbled, "weekdays", "invalid_choice"));
  EXPECT_TRUE(has_field_error(garbled, "startTime", "invalid_format"));
}

POLKU_API_TEST_BACKENDS(PlacementsApi);

}  // namespace
}  // namespace polku::api_test
