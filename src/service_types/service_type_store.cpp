#include "service_types/service_type_store.hpp"

#include "platform/db/row.hpp"

namespace polku::service_types {
namespace {

constexpr const char* kSelectTypes =
    "SELECT code, name_fi, name_sv, name_en, legal_basis_fi, legal_basis_sv, legal_basis_en, plan_required, "
    "accepted_plan_kinds, absence_sanctionable, compensation_kind, company_may_host FROM service_types ORDER BY sort_order";
constexpr const char* kSelectLimits =
    "SELECT service_type, valid_from, valid_to, days_per_week_min, days_per_week_max, hours_per_day_min, "
    "hours_per_day_max, period_months_min, period_months_max, months_per_decision_max FROM service_type_limits "
    "ORDER BY service_type, valid_from";

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    auto end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<ServiceType> ServiceTypeStore::all() {
  return db_.read([](soci::session& sql) {
    std::vector<ServiceType> out;
    soci::rowset<soci::row> types = sql.prepare << kSelectTypes;
    for (const auto& r : types) {
      ServiceType t;
      t.code = db::text_at(r, 0);
      t.name = {db::text_at(r, 1), db::text_at(r, 2), db::text_at(r, 3)};
      t.legal_basis = {db::text_at(r, 4), db::text_at(r, 5), db::text_at(r, 6)};
      t.plan_required = db::bool_at(r, 7);
      t.accepted_plan_kinds = split_commas(db::text_at(r, 8));
      t.absence_sanctionable = db::bool_at(r, 9);
      t.compensation_kind = db::text_at(r, 10);
      t.company_may_host = db::bool_at(r, 11);
      out.push_back(std::move(t));
    }
    soci::rowset<soci::row> limits = sql.prepare << kSelectLimits;
    for (const auto& r : limits) {
      Limits l;
      const std::string code = db::text_at(r, 0);
      l.valid_from = db::text_at(r, 1);
      if (r.get_indicator(2) != soci::i_null) l.valid_to = db::text_at(r, 2);
      l.days_per_week_min = static_cast<int>(db::int_at(r, 3));
      l.days_per_week_max = static_cast<int>(db::int_at(r, 4));
      l.hours_per_day_min = static_cast<int>(db::int_at(r, 5));
      l.hours_per_day_max = static_cast<int>(db::int_at(r, 6));
      l.period_months_min = static_cast<int>(db::int_at(r, 7));
      l.period_months_max = static_cast<int>(db::int_at(r, 8));
      if (auto m = db::opt_int_at(r, 9)) l.months_per_decision_max = static_cast<int>(*m);
      for (auto& t : out)
        if (t.code == code) t.limits.push_back(l);
    }
    return out;
  });
}

std::optional<ServiceType> ServiceTypeStore::find(const std::string& code) {
  for (auto& t : all())
    if (t.code == code) return t;
  return std::nullopt;
}

}  // namespace polku::service_types
