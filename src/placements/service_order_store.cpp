#include "placements/service_order_store.hpp"

#include "placements/agreement_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::placements {
namespace {

constexpr const char* kSelectOrder =
    "SELECT id, client_id, product_id, place_id, case_id, start_date, period_months, days_per_week, hours_per_day, "
    "purchaser_organisation_id, provider_organisation_id, status, response_note, ordered_by, created_at, "
    "responded_at FROM service_orders WHERE id = :i";

ServiceOrder order_from(const soci::row& r) {
  ServiceOrder o;
  o.id = db::int_at(r, 0);
  o.data.client_id = db::int_at(r, 1);
  o.data.product_id = db::int_at(r, 2);
  o.data.place_id = db::opt_int_at(r, 3);
  o.data.case_id = db::opt_int_at(r, 4);
  o.data.start_date = db::text_at(r, 5);
  o.data.period_months = static_cast<int>(db::int_at(r, 6));
  o.data.days_per_week = static_cast<int>(db::int_at(r, 7));
  o.data.hours_per_day = static_cast<int>(db::int_at(r, 8));
  o.purchaser_organisation_id = db::int_at(r, 9);
  o.provider_organisation_id = db::int_at(r, 10);
  o.status = db::text_at(r, 11);
  o.response_note = db::text_at(r, 12);
  o.ordered_by = db::int_at(r, 13);
  o.created_at = db::text_at(r, 14);
  o.responded_at = db::text_at(r, 15);
  return o;
}

}  // namespace

Result<ServiceOrder> ServiceOrderStore::create(const ServiceOrderInput& in, long long purchaser_id,
                                               long long ordered_by) {
  auto product = AgreementStore(db_).find_product(in.product_id);
  if (!product) return Error::invalid({{"productId", in.product_id == 0 ? "required" : "reference_missing"}});
  auto errors = validate_service_order(in, product->data);
  if (!errors.empty()) return Error::invalid(std::move(errors));
  auto id = db_.write([&](soci::session& sql) -> Result<long long> {
    if (in.place_id) {
      long long n = 0;
      long long place = *in.place_id;
      sql << "SELECT COUNT(*) FROM places WHERE id = :p", soci::use(place), soci::into(n);
      if (n == 0) return Error::invalid({{"placeId", "reference_missing"}});
    }
    long long place = in.place_id.value_or(0), case_id = in.case_id.value_or(0);
    soci::indicator place_ind = in.place_id ? soci::i_ok : soci::i_null;
    soci::indicator case_ind = in.case_id ? soci::i_ok : soci::i_null;
    const std::string now = now_iso();
    const std::string status = "sent";
    long long new_id = 0;
    sql << "INSERT INTO service_orders (client_id, purchaser_organisation_id, provider_organisation_id, product_id, "
           "place_id, case_id, start_date, period_months, days_per_week, hours_per_day, status, ordered_by, "
           "created_at) VALUES (:c, :pu, :pr, :pd, :pl, :k, :s, :m, :d, :h, :st, :o, :ca) RETURNING id",
        soci::use(in.client_id), soci::use(purchaser_id), soci::use(product->provider_organisation_id),
        soci::use(in.product_id), soci::use(place, place_ind), soci::use(case_id, case_ind),
        soci::use(in.start_date), soci::use(in.period_months), soci::use(in.days_per_week),
        soci::use(in.hours_per_day), soci::use(status), soci::use(ordered_by), soci::use(now), soci::into(new_id);
    return new_id;
  });
  if (!id) return id.error();
  return *find(*id);
}

std::optional<ServiceOrder> ServiceOrderStore::find(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<ServiceOrder> {
    soci::rowset<soci::row> rows = (sql.prepare << kSelectOrder, soci::use(id));
    for (const auto& r : rows) return order_from(r);
    return std::nullopt;
  });
}

Result<ServiceOrder> ServiceOrderStore::answer(long long id, const std::string& status, const std::string& note) {
  const std::string lock = std::string("SELECT status FROM service_orders WHERE id = :i") + db_.for_update();
  auto done = db_.write([&](soci::session& sql) -> Result<Unit> {
    std::string current;
    sql << lock, soci::use(id), soci::into(current);
    if (!sql.got_data()) return Error::make(ErrorCode::kNotFound, "not_found");
    if (auto refused = check_answer(current, status)) return *refused;
    const std::string now = now_iso();
    sql << "UPDATE service_orders SET status = :s, response_note = :n, responded_at = :a WHERE id = :i",
        soci::use(status), soci::use(note), soci::use(now), soci::use(id);
    return Unit{};
  });
  if (!done) return done.error();
  return *find(id);
}

}  // namespace polku::placements
