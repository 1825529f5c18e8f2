// The service-product half of AgreementStore: providers' products (the service
// checks that they only narrow their service type's limits, agreement_rules.cpp says how).
#include "agreements/agreement_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::agreements {
namespace {

constexpr const char* kSelectProduct =
    "SELECT s.id, s.provider_organisation_id, s.name, s.service_type, s.includes_place, s.includes_support, "
    "s.includes_social_guidance, s.period_months_min, s.period_months_max, s.days_min, s.days_max, s.hours_min, "
    "s.hours_max, s.min_guidance_hours_per_3_months, s.price_cents, s.price_unit, s.version, o.name "
    "FROM service_products s JOIN organisations_view o ON o.id = s.provider_organisation_id";

// Whole statements as constants: GCC 12 warns (-Warray-bounds, falsely) on
// concatenating a temporary std::string inside the lambdas.
const std::string kFindProduct = std::string(kSelectProduct) + " WHERE s.id = :i";
const std::string kAllProducts = std::string(kSelectProduct) + " WHERE s.id > :p ORDER BY o.name, s.name, s.id";
const std::string kProviderProducts =
    std::string(kSelectProduct) + " WHERE s.provider_organisation_id = :p ORDER BY s.name, s.id";

ServiceProduct product_from(const soci::row& r) {
  ServiceProduct p;
  p.id = db::int_at(r, 0);
  p.provider_organisation_id = db::int_at(r, 1);
  auto& d = p.data;
  d.name = db::text_at(r, 2);
  d.service_type = db::text_at(r, 3);
  d.includes_place = db::bool_at(r, 4);
  d.includes_support = db::bool_at(r, 5);
  d.includes_social_guidance = db::bool_at(r, 6);
  auto i = [&](std::size_t at) { return static_cast<int>(db::int_at(r, at)); };
  d.period_months_min = i(7);
  d.period_months_max = i(8);
  d.days_min = i(9);
  d.days_max = i(10);
  d.hours_min = i(11);
  d.hours_max = i(12);
  d.min_guidance_hours_per_3_months = i(13);
  d.price_cents = db::int_at(r, 14);
  d.price_unit = db::text_at(r, 15);
  p.version = db::int_at(r, 16);
  p.provider_name = db::text_at(r, 17);
  return p;
}

// Column values in binding order, kept alive for the statement (SOCI binds references).
struct ProductRow {
  explicit ProductRow(const ServiceProductInput& in)
      : place(in.includes_place ? 1 : 0),
        support(in.includes_support ? 1 : 0),
        social(in.includes_social_guidance ? 1 : 0),
        now(now_iso()) {}
  int place, support, social;
  std::string now;
};

}  // namespace

long long AgreementStore::insert_product(work::UnitOfWork& unit, long long provider_id, const ServiceProductInput& in) {
  ProductRow v(in);
  long long new_id = 0;
  unit.sql() << "INSERT INTO service_products (provider_organisation_id, name, service_type, includes_place, "
                "includes_support, includes_social_guidance, period_months_min, period_months_max, days_min, "
                "days_max, hours_min, hours_max, min_guidance_hours_per_3_months, price_cents, price_unit, "
                "created_at) VALUES (:o, :n, :t, :ip, :is, :ig, :pmin, :pmax, :dmin, :dmax, :hmin, :hmax, :g, :c, "
                ":u, :ca) RETURNING id",
      soci::use(provider_id), soci::use(in.name), soci::use(in.service_type), soci::use(v.place), soci::use(v.support),
      soci::use(v.social), soci::use(in.period_months_min), soci::use(in.period_months_max), soci::use(in.days_min),
      soci::use(in.days_max), soci::use(in.hours_min), soci::use(in.hours_max),
      soci::use(in.min_guidance_hours_per_3_months), soci::use(in.price_cents), soci::use(in.price_unit),
      soci::use(v.now), soci::into(new_id);
  return new_id;
}

bool AgreementStore::update_product(work::UnitOfWork& unit, long long id, long long version,
                                    const ServiceProductInput& in) {
  ProductRow v(in);
  soci::statement st =
      (unit.sql().prepare << "UPDATE service_products SET name = :n, service_type = :t, includes_place = :ip, "
                             "includes_support = :is, includes_social_guidance = :ig, period_months_min = :pmin, "
                             "period_months_max = :pmax, days_min = :dmin, days_max = :dmax, hours_min = :hmin, "
                             "hours_max = :hmax, min_guidance_hours_per_3_months = :g, price_cents = :c, "
                             "price_unit = :u, version = version + 1 WHERE id = :id AND version = :v",
       soci::use(in.name), soci::use(in.service_type), soci::use(v.place), soci::use(v.support), soci::use(v.social),
       soci::use(in.period_months_min), soci::use(in.period_months_max), soci::use(in.days_min),
       soci::use(in.days_max), soci::use(in.hours_min), soci::use(in.hours_max),
       soci::use(in.min_guidance_hours_per_3_months), soci::use(in.price_cents), soci::use(in.price_unit),
       soci::use(id), soci::use(version));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::vector<ServiceProduct> AgreementStore::products(long long provider_id) {
  return db_.read([&](soci::session& sql) {
    std::vector<ServiceProduct> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << (provider_id == 0 ? kAllProducts : kProviderProducts), soci::use(provider_id, "p"));
    for (const auto& r : rows) out.push_back(product_from(r));
    return out;
  });
}

std::optional<ServiceProduct> AgreementStore::find_product(work::UnitOfWork& unit, long long id) {
  soci::rowset<soci::row> rows = (unit.sql().prepare << kFindProduct, soci::use(id));
  for (const auto& r : rows) return product_from(r);
  return std::nullopt;
}

std::optional<ServiceProduct> AgreementStore::find_product(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<ServiceProduct> {
    soci::rowset<soci::row> rows = (sql.prepare << kFindProduct, soci::use(id));
    for (const auto& r : rows) return product_from(r);
    return std::nullopt;
  });
}

}  // namespace polku::agreements
