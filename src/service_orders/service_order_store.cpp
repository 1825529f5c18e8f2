#include "service_orders/service_order_store.hpp"

#include "cases/case_participants.hpp"
#include "platform/core/clock.hpp"
#include "platform/db/row.hpp"

namespace polku::service_orders {
namespace {

// The names for lists come from the read models of clients, agreements (products), organisations,
// the registry and users, in this one read.
constexpr const char* kSelectOrders =
    "SELECT s.id, s.client_id, s.product_id, s.place_id, s.case_id, s.start_date, s.period_months, s.days_per_week, "
    "s.hours_per_day, s.purchaser_organisation_id, s.provider_organisation_id, s.status, s.response_note, "
    "s.coach_user_id, s.ordered_by, s.created_at, s.responded_at, cl.first_names || ' ' || cl.last_name, "
    "p.name, o.name, COALESCE(pl.name, ''), COALESCE(u.display_name, '') FROM service_orders s "
    "JOIN clients_view cl ON cl.id = s.client_id JOIN service_products_view p ON p.id = s.product_id "
    "JOIN organisations_view o ON o.id = s.provider_organisation_id LEFT JOIN places_view pl ON pl.id = s.place_id "
    "LEFT JOIN users_view u ON u.id = s.coach_user_id";

ServiceOrder order_from(const soci::row& r) {
  ServiceOrder o;
  std::size_t i = 0;
  o.id = db::int_at(r, i++);
  o.data.client_id = db::int_at(r, i++);
  o.data.product_id = db::int_at(r, i++);
  o.data.place_id = db::opt_int_at(r, i++);
  o.data.case_id = db::opt_int_at(r, i++);
  o.data.start_date = db::text_at(r, i++);
  o.data.period_months = static_cast<int>(db::int_at(r, i++));
  o.data.days_per_week = static_cast<int>(db::int_at(r, i++));
  o.data.hours_per_day = static_cast<int>(db::int_at(r, i++));
  o.purchaser_organisation_id = db::int_at(r, i++);
  o.provider_organisation_id = db::int_at(r, i++);
  o.status = db::text_at(r, i++);
  o.response_note = db::text_at(r, i++);
  o.coach_user_id = db::opt_int_at(r, i++);
  o.ordered_by = db::int_at(r, i++);
  o.created_at = db::text_at(r, i++);
  o.responded_at = db::text_at(r, i++);
  o.client_name = db::text_at(r, i++);
  o.product_name = db::text_at(r, i++);
  o.provider_name = db::text_at(r, i++);
  o.place_name = db::text_at(r, i++);
  o.coach_name = db::text_at(r, i++);
  return o;
}

std::vector<long long> coaches_of(soci::session& sql, long long provider_id) {
  std::vector<long long> out;
  soci::rowset<long long> rows =
      (sql.prepare << "SELECT user_id FROM active_roles_view WHERE organisation_id = :o AND role = 'coach'",
       soci::use(provider_id));
  for (long long id : rows) out.push_back(id);
  return out;
}

}  // namespace

long long ServiceOrderStore::insert(work::UnitOfWork& unit, const ServiceOrderInput& in, long long provider_id,
                                    long long purchaser_id) {
  long long place = in.place_id.value_or(0), case_id = *in.case_id;
  soci::indicator place_ind = in.place_id ? soci::i_ok : soci::i_null;
  const std::string now = now_iso();
  const std::string status = "sent";
  const long long ordered_by = unit.actor().user_id;
  long long new_id = 0;
  unit.sql() << "INSERT INTO service_orders (client_id, purchaser_organisation_id, provider_organisation_id, "
                "product_id, place_id, case_id, start_date, period_months, days_per_week, hours_per_day, status, "
                "ordered_by, created_at) VALUES (:c, :pu, :pr, :pd, :pl, :k, :s, :m, :d, :h, :st, :o, :ca) "
                "RETURNING id",
      soci::use(in.client_id), soci::use(purchaser_id), soci::use(provider_id), soci::use(in.product_id),
      soci::use(place, place_ind), soci::use(case_id), soci::use(in.start_date), soci::use(in.period_months),
      soci::use(in.days_per_week), soci::use(in.hours_per_day), soci::use(status), soci::use(ordered_by),
      soci::use(now), soci::into(new_id);
  unit.wrote_client_data(in.client_id);
  return new_id;
}

std::optional<ServiceOrder> ServiceOrderStore::find(long long id) {
  return db_.read([&](soci::session& sql) -> std::optional<ServiceOrder> {
    std::string text = kSelectOrders;  // appended, not operator+: g++ 12 warns falsely (-Warray-bounds) on that
    text += " WHERE s.id = :i";
    soci::rowset<soci::row> rows = (sql.prepare << text, soci::use(id));
    for (const auto& r : rows) return order_from(r);
    return std::nullopt;
  });
}

std::vector<ServiceOrder> ServiceOrderStore::list(const ServiceOrderFilter& f, int limit) {
  if (f.purchaser_ids.empty() && f.provider_ids.empty() && !f.coach_user_id) return {};
  return db_.read([&](soci::session& sql) {
    std::string text = kSelectOrders;
    text += " WHERE (";
    const std::string purchasers =
        "s.purchaser_organisation_id IN (" + db::placeholders("u", f.purchaser_ids.size()) + ")";
    const std::string providers =
        "s.provider_organisation_id IN (" + db::placeholders("v", f.provider_ids.size()) + ")";
    std::vector<std::string> scopes;
    if (!f.purchaser_ids.empty()) scopes.push_back(purchasers);
    if (!f.provider_ids.empty()) scopes.push_back(providers);
    if (f.coach_user_id) scopes.push_back("s.coach_user_id = :me");
    for (std::size_t i = 0; i < scopes.size(); ++i) text += (i ? " OR " : "") + scopes[i];
    text += ")";
    if (f.case_id) text += " AND s.case_id = :k";
    if (f.client_id) text += " AND s.client_id = :c";
    if (!f.status.empty()) text += " AND s.status = :st";
    text += " ORDER BY s.id DESC LIMIT :l";
    soci::statement st(sql);
    soci::row row;
    st.exchange(soci::into(row));
    db::bind_list(st, f.purchaser_ids, "u");
    db::bind_list(st, f.provider_ids, "v");
    long long case_id = f.case_id.value_or(0), client_id = f.client_id.value_or(0);
    long long coach = f.coach_user_id.value_or(0);
    if (f.coach_user_id) st.exchange(soci::use(coach, "me"));
    if (f.case_id) st.exchange(soci::use(case_id, "k"));
    if (f.client_id) st.exchange(soci::use(client_id, "c"));
    if (!f.status.empty()) st.exchange(soci::use(f.status, "st"));
    st.exchange(soci::use(limit, "l"));
    st.alloc();
    st.prepare(text);
    st.define_and_bind();
    st.execute();
    std::vector<ServiceOrder> out;
    while (st.fetch()) out.push_back(order_from(row));
    return out;
  });
}

Result<long long> ServiceOrderStore::answer(work::UnitOfWork& unit, long long id, const OrderAnswer& a) {
  const std::string lock =
      std::string("SELECT status, provider_organisation_id, case_id, client_id FROM service_orders WHERE id = :i") +
      unit.for_update();
  auto& sql = unit.sql();
  std::string current;
  long long provider = 0, case_id = 0, client_id = 0;
  soci::indicator case_ind = soci::i_ok;
  sql << lock, soci::use(id), soci::into(current), soci::into(provider), soci::into(case_id, case_ind),
      soci::into(client_id);
  if (!sql.got_data()) return Error::not_found();
  if (auto refused = check_answer(current, a, coaches_of(sql, provider))) return *refused;
  const std::string now = now_iso();
  const bool accepted = a.status == "accepted";
  long long coach = accepted ? *a.coach_user_id : 0;
  soci::indicator coach_ind = accepted ? soci::i_ok : soci::i_null;
  // Orders from before cases were required have none: nobody joins then.
  if (accepted && case_ind == soci::i_ok) {
    if (auto e = cases::add_participant(unit, case_id, provider, coach)) return *e;
  }
  sql << "UPDATE service_orders SET status = :s, response_note = :n, responded_at = :a, coach_user_id = :u "
         "WHERE id = :i",
      soci::use(a.status), soci::use(a.note), soci::use(now), soci::use(coach, coach_ind), soci::use(id);
  unit.wrote_client_data(client_id);
  return client_id;
}

std::optional<long long> ServiceOrderStore::accepted_product(work::UnitOfWork& unit, long long case_id,
                                                             long long provider_id) {
  soci::rowset<soci::row> rows =
      (unit.sql().prepare << "SELECT product_id FROM service_orders WHERE case_id = :c AND status = 'accepted' "
                             "AND provider_organisation_id = :p ORDER BY id DESC",
       soci::use(case_id, "c"), soci::use(provider_id, "p"));
  for (const auto& r : rows) return db::int_at(r, 0);
  return std::nullopt;
}

void ServiceOrderStore::erase_client(work::UnitOfWork& unit, long long client_id) {
  retention::erase_rows(unit, client_id, {"DELETE FROM service_orders WHERE client_id = :c"});
}

}  // namespace polku::service_orders
