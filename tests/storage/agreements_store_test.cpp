// Service products, agreements and their documents on both databases, through the
// agreements service and its store.
#include "storage/placement_world.hpp"

namespace polku {
namespace {

using storage_test::expect_error;
using storage_test::PlacementWorldTest;

class AgreementsStoreTest : public PlacementWorldTest {};

TEST_P(AgreementsStoreTest, ProductsNarrowTheServiceTypeAndNeverWidenIt) {
  agreements::ServiceProductInput p{"Osa 3", "ktt", true, true, true, 3, 24, 1, 4, 4, 8, 6, 6500, "day"};
  auto created = agreements_.create_product(club_, p);
  ASSERT_TRUE(created);
  EXPECT_EQ(created->data.price_cents, 6500);
  EXPECT_EQ(created->data.min_guidance_hours_per_3_months, 6);
  p.days_max = 5;
  auto wider = agreements_.create_product(club_, p);
  ASSERT_FALSE(wider);
  EXPECT_EQ(wider.error().fields.at(0).field, "daysMax");
  EXPECT_EQ(agreements_.products(club_).size(), 1U);
  EXPECT_EQ(agreements_.products().size(), 1U);
}

TEST_P(AgreementsStoreTest, AgreementsCoverPlacesAndProductsAndListThoseEndingSoon) {
  long long place = make_place(2);
  agreements::ServiceProductInput p{"Osa 1", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, 3000, "day"};
  long long product = agreements_.create_product(club_, p)->id;
  long long partnership = make_agreement({place}, "2026-01-01", "2026-12-31");
  auto purchase = agreements_.create({"purchase", county_, club_, "Hankinta", "2026-01-01", "2028-12-31", {}, {product}});
  ASSERT_TRUE(purchase);
  EXPECT_EQ(purchase->data.product_ids, std::vector<long long>{product});
  EXPECT_EQ(agreements_.find(partnership)->data.place_ids, std::vector<long long>{place});

  auto ending = agreements_.list({county_}, "2026-11-25", "2027-01-24");
  ASSERT_EQ(ending.size(), 1U);
  EXPECT_EQ(ending[0].id, partnership);
  EXPECT_EQ(agreements_.list({club_}).size(), 2U);

  auto wrong_partner = agreements_.create({"purchase", county_, company_, "X", "2026-01-01", "2026-12-31", {}, {}});
  ASSERT_FALSE(wrong_partner);  // the company is no provider
  EXPECT_EQ(wrong_partner.error().fields.at(0).field, "partnerOrganisationId");
}

TEST_P(AgreementsStoreTest, DocumentsKeepTheirBytesAndAreLimitedTo5MiB) {
  long long agreement = make_agreement({});
  std::string bytes("%PDF-1.7\n\0\xff\x01 binary", 20);
  auto added = agreements_.add_document(agreement, "sopimus.pdf", "application/pdf", bytes);
  ASSERT_TRUE(added);
  auto doc = agreements_.document(agreement, added->id);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->bytes, bytes);
  EXPECT_EQ(doc->info.size_bytes, 20);
  EXPECT_EQ(agreements_.find(agreement)->documents.size(), 1U);
  auto big = agreements_.add_document(agreement, "iso.pdf", "application/pdf",
                                      std::string(agreements::kMaxDocumentBytes + 1, 'x'));
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().code, ErrorCode::kPayloadTooLarge);
  EXPECT_FALSE(agreements_.document(agreement + 1, added->id));
}

// The service decides, not the store: a write refused by access leaves every row as it was.
TEST_P(AgreementsStoreTest, AWriteRefusedByAccessChangesNothing) {
  long long agreement = make_agreement({});
  auto& service = agreements_module_.service();
  auth::AuthContext worker, other_manager;
  worker.roles = {{county_, "social_worker"}};
  other_manager.roles = {{company_, "manager"}};
  const auto as = [](const auth::AuthContext& u) { return work::Caller{u, {0, "test", "test"}, nullptr}; };
  agreements::ServiceProductInput p{"Osa 1", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, 3000, "day"};

  // The purchaser's workers read agreements; only its manager makes and edits them.
  expect_error(service.create(as(worker), {"partnership", county_, club_, "X", "2026-01-01", "2026-12-31", {}, {}}),
               ErrorCode::kForbidden);
  auto before = agreements_.find(agreement);
  auto edit = before->data;
  edit.title = "Muutettu";
  expect_error(service.update(as(worker), agreement, edit, before->version), ErrorCode::kForbidden);
  expect_error(service.add_document(as(worker), agreement, "x.pdf", "application/pdf", "%PDF"), ErrorCode::kForbidden);
  // Only the provider's own manager keeps its products.
  expect_error(service.create_product(as(other_manager), club_, p), ErrorCode::kForbidden);
  EXPECT_EQ(storage_test::count_rows(db(), "agreements"), 1);
  EXPECT_EQ(agreements_.find(agreement)->data.title, before->data.title);
  EXPECT_EQ(agreements_.find(agreement)->version, before->version);
  EXPECT_EQ(storage_test::count_rows(db(), "agreement_documents"), 0);
  EXPECT_EQ(storage_test::count_rows(db(), "service_products"), 0);
}

TEST_P(AgreementsStoreTest, AWritesValidationErrorsNameTheFields) {
  expect_error(agreements_.create({"lease", county_, county_, "", "2026-02-30", "2025-12-31", {}, {}}),
               ErrorCode::kInvalidInput, {"kind", "partnerOrganisationId", "title", "validFrom"});
  expect_error(agreements_.create({"partnership", county_, club_, "K", "2026-06-01", "2026-01-01", {}, {}}),
               ErrorCode::kInvalidInput, {"validUntil"});
  EXPECT_EQ(storage_test::count_rows(db(), "agreements"), 0);

  agreements::ServiceProductInput p{"", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, -1, "week"};
  expect_error(agreements_.create_product(club_, p), ErrorCode::kInvalidInput, {"name", "priceCents", "priceUnit"});
  expect_error(agreements_.create_product(company_, {"Osa", "ktt", true, false, false, 3, 24, 1, 4, 4, 8, 0, 1, "day"}),
               ErrorCode::kInvalidInput, {"providerOrganisationId"});  // the company is no provider
  EXPECT_EQ(storage_test::count_rows(db(), "service_products"), 0);

  long long agreement = make_agreement({});
  expect_error(agreements_.add_document(agreement, "", "", ""), ErrorCode::kInvalidInput,
               {"fileName", "contentType", "content"});
  EXPECT_EQ(storage_test::count_rows(db(), "agreement_documents"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementsStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
