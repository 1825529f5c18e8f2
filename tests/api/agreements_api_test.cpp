// Agreements and service products over real HTTP on the fixtures' registry:
// versions (409 when stale), who may edit, the partner and what the agreement
// covers must fit its kind, products that widen their service type are refused,
// agreements ending soon, and documents with their own body limit.
#include "api/api_test_helpers.hpp"

namespace polku::api_test {
namespace {

class AgreementsApi : public BackendTest {};

std::string path_of(const json::value& v, const std::string& base) { return base + std::to_string(int_at(v, "id")); }

json::object purchase(const World& w, long long place, long long product) {
  return {{"kind", "purchase"},
          {"purchaserOrganisationId", w.county},
          {"partnerOrganisationId", w.association},
          {"title", "Ostopalvelu 2027"},
          {"validFrom", "2027-01-01"},
          {"validUntil", "2027-12-31"},
          {"placeIds", json::array{place}},
          {"productIds", json::array{product}}};
}

json::object product_body(const World& w) {
  return {{"providerOrganisationId", w.association},
          {"name", "Kevätjakso"},
          {"serviceType", "ktt"},
          {"includesPlace", true},
          {"includesSupport", true},
          {"includesSocialGuidance", false},
          {"periodMonthsMin", 3},
          {"periodMonthsMax", 6},
          {"daysMin", 1},
          {"daysMax", 3},
          {"hoursMin", 4},
          {"hoursMax", 6},
          {"minGuidanceHoursPer3Months", 6},
          {"priceCents", 3250},
          {"priceUnit", "day"}};
}

TEST_P(AgreementsApi, TheManagerEditsAnAgreementWithItsVersion) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager");
  const auto reg = w.registry();
  const long long place = reg.yard;
  const long long product = reg.products.at(0);
  auto created = manager.post("/api/v1/agreements", purchase(w, place, product));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(int_at(created.json(), "version"), 1);
  const auto path = path_of(created.json(), "/api/v1/agreements/");

  auto edit = created.json().as_object();
  edit["title"] = "Ostopalvelu 2027–2028";
  edit["validUntil"] = "2028-06-30";
  edit["placeIds"] = json::array{};
  edit["purchaserOrganisationId"] = w.recycling;  // ignored: the purchaser never changes
  auto saved = manager.put(path, edit);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(int_at(saved.json(), "version"), 2);
  EXPECT_EQ(text_at(saved.json(), "validUntil"), "2028-06-30");
  EXPECT_EQ(int_at(saved.json(), "purchaserOrganisationId"), w.county);
  EXPECT_TRUE(saved.json().at("placeIds").as_array().empty());
  EXPECT_EQ(saved.json().at("productIds").as_array().size(), 1U);

  auto stale = expect_problem(manager.put(path, edit), 409);
  EXPECT_EQ(problem_code(stale), "stale_version");
  edit.erase("version");
  auto no_version = expect_problem(manager.put(path, edit), 422);
  EXPECT_TRUE(has_field_error(no_version, "version", "required"));

  edit["version"] = 2;
  expect_problem(w.sign_in("instructor").put(path, edit), 403);  // workers read, the manager edits
  expect_problem(w.sign_in("supervisor").put(path, edit), 404);  // not a party
  expect_problem(manager.put("/api/v1/agreements/9999", edit), 404);
}

TEST_P(AgreementsApi, ThePartnerAndWhatTheAgreementCoversMustFitItsKind) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto manager = w.sign_in("manager", "en");
  const auto reg = w.registry();
  const long long club_place = reg.yard;
  const long long recycling_place = reg.sorting;
  const long long product = reg.products.at(0);

  auto not_provider = purchase(w, recycling_place, product);
  not_provider["partnerOrganisationId"] = w.recycling;
  auto refused = expect_problem(manager.post("/api/v1/agreements", not_provider), 422);
  EXPECT_TRUE(has_field_error(refused, "partnerOrganisationId", "partner_not_provider")) << json::serialize(refused);
  EXPECT_EQ(text_at(field_error(refused, "partnerOrganisationId"), "message"),
            "A purchase contract is made with a service provider.");

  auto others_place = purchase(w, recycling_place, product);
  EXPECT_TRUE(has_field_error(expect_problem(manager.post("/api/v1/agreements", others_place), 422), "placeIds",
                              "not_partner_place"));
  auto with_itself = purchase(w, club_place, product);
  with_itself["partnerOrganisationId"] = w.county;  // the county also provides, but not to itself
  EXPECT_TRUE(has_field_error(expect_problem(manager.post("/api/v1/agreements", with_itself), 422),
                              "partnerOrganisationId", "partner_is_purchaser"));
  auto bad_dates = purchase(w, club_place, product);
  bad_dates["validUntil"] = "2026-12-31";
  EXPECT_TRUE(has_field_error(expect_problem(manager.post("/api/v1/agreements", bad_dates), 422), "validUntil",
                              "end_before_start"));
}

TEST_P(AgreementsApi, PurchaserManagersListTheHostsAndProviders) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto partners = w.sign_in("manager").get("/api/v1/agreement-partners");
  ASSERT_EQ(partners.status, 200) << partners.body;
  bool club_found = false;
  for (const auto& p : items_ok(partners)) {
    if (int_at(p, "id") == w.association) {
      club_found = true;
      EXPECT_TRUE(p.at("isProvider").as_bool());
      EXPECT_TRUE(p.at("isHost").as_bool());
    }
  }
  EXPECT_TRUE(club_found);
  expect_problem(w.sign_in("instructor").get("/api/v1/agreement-partners"), 403);
  expect_problem(w.sign_in("provider_manager").get("/api/v1/agreement-partners"), 403);
}

TEST_P(AgreementsApi, TheProvidersManagerEditsAProductThatMayOnlyNarrow) {
  TestServer server(GetParam());
  auto w = World::build(server);
  auto provider = w.sign_in("provider_manager");
  auto created = provider.post("/api/v1/service-products", product_body(w));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(text_at(created.json(), "providerName"), testing::kAssociationName);
  const auto path = path_of(created.json(), "/api/v1/service-products/");
  EXPECT_EQ(provider.get(path).status, 200);

  auto edit = created.json().as_object();
  edit["hoursMax"] = 9;  // KTT allows at most 8 hours a day
  auto wider = expect_problem(provider.put(path, edit), 422);
  EXPECT_TRUE(has_field_error(wider, "hoursMax", "outside_service_type_limits")) << json::serialize(wider);
  edit["hoursMax"] = 8;
  edit["priceUnit"] = "month";
  auto saved = provider.put(path, edit);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(int_at(saved.json(), "version"), 2);
  EXPECT_EQ(text_at(saved.json(), "priceUnit"), "month");
  EXPECT_EQ(problem_code(expect_problem(provider.put(path, edit), 409)), "stale_version");

  edit["version"] = 2;
  expect_problem(w.sign_in("manager").put(path, edit), 403);  // not the provider's manager
  expect_problem(provider.put("/api/v1/service-products/9999", edit), 404);
}

TEST_P(AgreementsApi, ProductsMayNarrowButNotWidenTheServiceType) {
  TestServer server(GetParam());
  auto w = World::build(server);
  w.registry();
  auto provider = w.sign_in("provider_manager");
  auto seeded = provider.get("/api/v1/service-products?providerOrganisationId=" + std::to_string(w.association));
  ASSERT_EQ(seeded.status, 200);
  EXPECT_EQ(items_ok(seeded).size(), 4U);
  json::object product{{"providerOrganisationId", w.association},
                       {"name", "Kesäjakso"},
                       {"serviceType", "ktt"},
                       {"includesPlace", true},
                       {"includesSupport", true},
                       {"includesSocialGuidance", true},
                       {"periodMonthsMin", 3},
                       {"periodMonthsMax", 6},
                       {"daysMin", 2},
                       {"daysMax", 5},
                       {"hoursMin", 4},
                       {"hoursMax", 6},
                       {"minGuidanceHoursPer3Months", 6},
                       {"priceCents", 5500},
                       {"priceUnit", "day"}};
  auto wider = expect_problem(provider.post("/api/v1/service-products", product), 422);
  EXPECT_TRUE(has_field_error(wider, "daysMax", "outside_service_type_limits")) << json::serialize(wider);
  product["daysMax"] = 3;
  auto created = provider.post("/api/v1/service-products", product);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(int_at(created.json(), "priceCents"), 5500);
  expect_problem(w.sign_in("instructor").post("/api/v1/service-products", product), 403);
}

TEST_P(AgreementsApi, AgreementsEndingSoonAndTheirDocuments) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  const auto agreement = "/api/v1/agreements/" + std::to_string(reg.association_partnership);
  auto manager = w.sign_in("manager");
  auto ending = manager.get("/api/v1/agreements?endingWithinDays=60");
  ASSERT_EQ(ending.status, 200) << ending.body;
  ASSERT_EQ(items_ok(ending).size(), 1U);
  EXPECT_EQ(int_at(items_ok(ending)[0], "partnerOrganisationId"), w.recycling);
  EXPECT_EQ(items_ok(manager.get("/api/v1/agreements")).size(), 3U);
  // A number that is not one is refused, not read as 0.
  for (const char* bad : {"abc", "-5", "3651"}) {
    auto refused = manager.get(std::string("/api/v1/agreements?endingWithinDays=") + bad);
    EXPECT_EQ(refused.status, 422) << bad;
    EXPECT_NE(refused.body.find("endingWithinDays"), std::string::npos) << refused.body;
  }
  EXPECT_EQ(manager.get("/api/v1/service-products?providerOrganisationId=abc").status, 422);

  const std::string pdf("%PDF-1.7\n\x01\x02\xff binary\0end", 22);
  auto added = manager.request("POST", agreement + "/documents?fileName=sopimus%20liite.pdf", pdf,
                               {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(int_at(added.json(), "sizeBytes"), 22);
  auto download = manager.get(agreement + "/documents/" + std::to_string(int_at(added.json(), "id")));
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.header("content-type"), "application/pdf");
  EXPECT_NE(download.header("content-disposition").find("sopimus%20liite.pdf"), std::string::npos);
  EXPECT_EQ(items_ok(manager.get("/api/v1/agreements")).size(), 3U);
  expect_problem(w.sign_in("supervisor").get(agreement), 404);
  expect_problem(
      w.sign_in("instructor")
          .request("POST", agreement + "/documents?fileName=x.pdf", pdf, {{"Content-Type", "application/pdf"}}),
      403);
}

TEST_P(AgreementsApi, DocumentsUpToTheirOwnLimitPassTheServersDefaultBodyLimit) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto reg = w.registry();
  const auto agreement = "/api/v1/agreements/" + std::to_string(reg.association_partnership);
  auto manager = w.sign_in("manager");
  const std::string three_mib(3 * 1024 * 1024, 'x');  // over the 1 MiB default, under 5 MiB
  auto added =
      manager.request("POST", agreement + "/documents?fileName=iso.txt", three_mib, {{"Content-Type", "text/plain"}});
  ASSERT_EQ(added.status, 201) << added.body.substr(0, 200);
  EXPECT_EQ(int_at(added.json(), "sizeBytes"), 3 * 1024 * 1024);
  const std::string six_mib(6 * 1024 * 1024, 'x');
  expect_problem(manager.request("POST", agreement + "/documents?fileName=liian-iso.txt", six_mib,
                                 {{"Content-Type", "text/plain"}}),
                 413);
  // Elsewhere the default limit still holds.
  expect_problem(manager.request("PUT", "/api/v1/clients/" + std::to_string(w.client()), three_mib,
                                 {{"Content-Type", "application/json"}}),
                 413);
}

POLKU_API_TEST_BACKENDS(AgreementsApi);

}  // namespace
}  // namespace polku::api_test
