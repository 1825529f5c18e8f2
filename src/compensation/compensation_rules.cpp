#include "compensation/compensation_rules.hpp"

#include <algorithm>
#include <tuple>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::compensation {

namespace {

bool in_force(std::string_view day, const std::string& from, const std::optional<std::string>& to) {
  return from <= day && (!to || day <= *to);
}

bool overlaps(const std::string& a_from, const std::optional<std::string>& a_to, const std::string& b_from,
              const std::optional<std::string>& b_to) {
  return (!a_to || b_from <= *a_to) && (!b_to || a_from <= *b_to);
}

std::string week_start(std::string_view day) { return add_days(day, 1 - iso_weekday(day)); }

int kind_order(std::string_view kind) {
  for (std::size_t i = 0; i < kKinds.size(); ++i)
    if (kKinds[i] == kind) return static_cast<int>(i);
  return kind == "travel" ? 10 : 11;
}

constexpr long long kMaxRateCents = 100000;  // 1 000 € a day: anything more is a typing error
constexpr long long kMaxFareCents = 10000;
constexpr long long kMaxClaimCents = 100000;

void require_dates(std::vector<FieldError>& e, const std::string& from, const std::optional<std::string>& to) {
  checks::require_date(e, "validFrom", from);
  if (to && !is_iso_date(*to)) {
    e.push_back({"validTo", "invalid_date"});
  } else if (to && is_iso_date(from) && *to < from) {
    e.push_back({"validTo", "end_before_start"});
  }
}

void require_amount(std::vector<FieldError>& e, const char* field, long long cents, long long max) {
  if (cents <= 0) {
    e.push_back({field, "required"});
  } else if (cents > max) {
    e.push_back({field, "too_large"});
  }
}

}  // namespace

bool is_month(std::string_view m) { return m.size() == 7 && m[4] == '-' && is_iso_date(std::string(m) + "-01"); }
std::string first_day(std::string_view month) { return std::string(month) + "-01"; }
std::string last_day(std::string_view month) { return add_days(add_months(first_day(month), 1), -1); }
std::string month_of(std::string_view day) { return std::string(day.substr(0, 7)); }

std::vector<Pay> day_pays(std::string_view service_type, std::string_view day, const std::vector<Benefit>& benefits,
                          const std::vector<Rate>& rates) {
  std::vector<Pay> out;
  for (const auto& r : rates) {
    if (r.service_type != service_type || !in_force(day, r.valid_from, r.valid_to)) continue;
    if (r.benefit == "any") {
      if (r.payer != "benefit_payer") out.push_back({r.kind, r.payer, "", r.amount_cents, r.max_days_per_week});
      continue;
    }
    for (const auto& b : benefits) {
      if (b.payer != r.benefit || !in_force(day, b.valid_from, b.valid_to)) continue;
      const bool theirs = r.payer == "benefit_payer";
      out.push_back(
          {r.kind, theirs ? b.payer : r.payer, theirs ? b.fund_name : "", r.amount_cents, r.max_days_per_week});
      break;  // one benefit of a payer at a time
    }
  }
  // Activity money is not paid for a day the expense allowance is (189/2001 § 18).
  const bool allowance =
      std::any_of(out.begin(), out.end(), [](const Pay& p) { return p.kind == "expense_allowance"; });
  if (allowance) std::erase_if(out, [](const Pay& p) { return p.kind == "activity_money"; });
  return out;
}

std::vector<Line> batch_lines(const BatchInput& in) {
  const std::string from = first_day(in.month), to = last_day(in.month);
  std::map<long long, std::vector<Benefit>> benefits;
  for (const auto& b : in.benefits) benefits[b.client_id].push_back(b);
  std::map<long long, std::vector<const TravelFare*>> fares;
  for (const auto& f : in.fares) fares[f.client_id].push_back(&f);
  const auto fare_on = [&](long long client, std::string_view day) -> const TravelFare* {
    for (const auto* f : fares[client])
      if (in_force(day, f->valid_from, f->valid_to)) return f;
    return nullptr;
  };

  std::vector<AttendedDay> days = in.days;
  std::sort(days.begin(), days.end(), [](const AttendedDay& a, const AttendedDay& b) {
    return std::tie(a.client_id, a.day) < std::tie(b.client_id, b.day);
  });
  days.erase(std::unique(days.begin(), days.end(),
                         [](const AttendedDay& a, const AttendedDay& b) {
                           return a.client_id == b.client_id && a.day == b.day;
                         }),
             days.end());

  using Key = std::tuple<long long, int, std::string, std::string, std::string, long long>;
  std::map<Key, Line> grouped;
  const auto add = [&](long long client, const std::string& kind, const std::string& payer, const std::string& fund,
                       long long cents, const std::string& day) {
    auto& l = grouped[{client, kind_order(kind), kind, payer, fund, cents}];
    if (l.days == 0) {
      l.client_id = client;
      l.kind = kind;
      l.payer = payer;
      l.fund_name = fund;
      l.unit_cents = cents;
      l.first_day = day;
    }
    ++l.days;
    l.amount_cents += cents;
    l.last_day = day;
  };

  std::map<std::tuple<long long, std::string, std::string>, int> week_counts;  // client, week, kind
  for (const auto& d : days) {
    const bool in_month = from <= d.day && d.day <= to;
    const std::string week = week_start(d.day);
    for (const auto& p : day_pays(d.service_type, d.day, benefits[d.client_id], in.rates)) {
      if (p.max_days_per_week) {
        int& n = week_counts[{d.client_id, week, p.kind}];
        if (n >= *p.max_days_per_week) continue;
        ++n;
      }
      if (in_month) add(d.client_id, p.kind, p.payer, p.fund_name, p.cents, d.day);
    }
    if (!in_month) continue;
    if (const auto* f = fare_on(d.client_id, d.day))
      add(d.client_id, "travel", "purchaser", "", f->cents_per_day, d.day);
  }

  std::vector<Line> out;
  for (auto& [key, line] : grouped) out.push_back(std::move(line));
  for (const auto& c : in.claims) {
    Line l;
    l.client_id = c.client_id;
    l.kind = "travel_claim";
    l.payer = "purchaser";
    l.unit_cents = c.cents;
    l.amount_cents = c.cents;
    l.first_day = l.last_day = c.day;
    l.reason = c.description;
    l.claim_id = c.id;
    out.push_back(std::move(l));
  }
  // Of each client, week and kind under a weekly limit: the days counted so far, the corrections applied in order.
  std::map<std::tuple<long long, std::string, std::string>, int> adjusted_counts;
  const auto counted_in_week = [&](const Adjustment& a, const Pay& p) -> int& {
    const std::string week = week_start(a.day);
    auto [it, fresh] = adjusted_counts.try_emplace({a.client_id, week, p.kind}, 0);
    if (fresh) {
      for (const auto& d : in.adjusted_weeks) {
        if (d.client_id != a.client_id || week_start(d.day) != week || d.day == a.day) continue;
        const auto day = day_pays(d.service_type, d.day, benefits[d.client_id], in.rates);
        if (std::any_of(day.begin(), day.end(), [&](const Pay& q) { return q.kind == p.kind; })) ++it->second;
      }
      if (!a.attended) ++it->second;  // the day itself was counted present
    }
    return it->second;
  };
  auto adjustments = in.adjustments;
  std::stable_sort(adjustments.begin(), adjustments.end(),
                   [](const Adjustment& x, const Adjustment& y) { return x.day < y.day; });
  for (const auto& a : adjustments) {
    auto pays = day_pays(a.service_type, a.day, benefits[a.client_id], in.rates);
    if (const auto* f = fare_on(a.client_id, a.day)) pays.push_back({"travel", "purchaser", "", f->cents_per_day, {}});
    const auto who = in.recorded.find(a.id);
    for (const auto& p : pays) {
      int sign = a.attended ? 1 : -1;
      if (p.max_days_per_week) {
        // What the correction changes of the week's paid days: nothing for a day beyond the limit.
        int& n = counted_in_week(a, p);
        const int limit = *p.max_days_per_week;
        sign = std::min(n + sign, limit) - std::min(n, limit);
        n += a.attended ? 1 : -1;
        if (sign == 0) continue;
      }
      Line l;
      l.client_id = a.client_id;
      l.kind = p.kind;
      l.payer = p.payer;
      l.fund_name = p.fund_name;
      l.unit_cents = p.cents;
      l.days = sign;
      l.amount_cents = sign * p.cents;
      l.first_day = l.last_day = a.day;
      l.adjustment_id = a.id;
      l.reason = a.reason;
      l.recorded_by = who == in.recorded.end() ? a.created_by_name : who->second;
      out.push_back(std::move(l));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Line& a, const Line& b) {
    const auto rank = [](const Line& l) { return l.adjustment_id ? 2 : l.claim_id ? 1 : 0; };
    return std::make_tuple(a.client_id, rank(a), a.first_day, kind_order(a.kind)) <
           std::make_tuple(b.client_id, rank(b), b.first_day, kind_order(b.kind));
  });
  return out;
}

std::vector<Total> totals(const std::vector<Line>& lines) {
  std::map<std::tuple<std::string, std::string, int, std::string>, Total> by;
  for (const auto& l : lines) {
    auto& t = by[{l.payer, l.fund_name, kind_order(l.kind), l.kind}];
    t.payer = l.payer;
    t.fund_name = l.fund_name;
    t.kind = l.kind;
    t.days += l.days;
    t.amount_cents += l.amount_cents;
  }
  std::vector<Total> out;
  for (auto& [key, t] : by) out.push_back(std::move(t));
  return out;
}

std::vector<FieldError> validate_approval(std::string_view month, std::string_view today, bool already_approved) {
  std::vector<FieldError> e;
  if (!is_month(month)) {
    e.push_back({"month", "invalid_month"});
  } else if (last_day(month) >= today) {
    e.push_back({"month", "month_not_ended"});
  } else if (already_approved) {
    e.push_back({"month", "month_approved"});
  }
  return e;
}

std::vector<FieldError> validate_rate(const Rate& r, const std::vector<std::string>& service_types,
                                      const std::vector<Rate>& existing) {
  std::vector<FieldError> e;
  if (std::find(service_types.begin(), service_types.end(), r.service_type) == service_types.end()) {
    e.push_back({"serviceType", r.service_type.empty() ? "required" : "invalid_choice"});
  }
  if (!checks::one_of(kKinds, r.kind)) e.push_back({"kind", r.kind.empty() ? "required" : "invalid_choice"});
  if (r.benefit != "any" && !checks::one_of(kBenefitPayers, r.benefit)) {
    e.push_back({"benefit", r.benefit.empty() ? "required" : "invalid_choice"});
  }
  if (!checks::one_of(kRatePayers, r.payer)) {
    e.push_back({"payer", r.payer.empty() ? "required" : "invalid_choice"});
  } else if (r.payer == "benefit_payer" && r.benefit != "kela" && r.benefit != "unemployment_fund") {
    e.push_back({"payer", "no_benefit_payer"});  // only Kela and the funds pay a benefit with the rate
  }
  require_amount(e, "amountCents", r.amount_cents, kMaxRateCents);
  if (r.max_days_per_week && (*r.max_days_per_week < 1 || *r.max_days_per_week > 7)) {
    e.push_back({"maxDaysPerWeek", "out_of_range"});
  }
  require_dates(e, r.valid_from, r.valid_to);
  for (const auto& x : existing) {
    if (!is_iso_date(r.valid_from)) break;
    if (x.organisation_id == r.organisation_id && x.service_type == r.service_type && x.kind == r.kind &&
        x.benefit == r.benefit && x.valid_from >= r.valid_from) {
      e.push_back({"validFrom", "not_after_previous"});
      break;
    }
  }
  return e;
}

std::vector<FieldError> validate_benefit(const Benefit& b, const std::vector<Benefit>& existing) {
  std::vector<FieldError> e;
  if (!checks::one_of(kBenefitPayers, b.payer)) e.push_back({"payer", b.payer.empty() ? "required" : "invalid_choice"});
  if (b.payer == "unemployment_fund") {
    checks::require_text(e, "fundName", b.fund_name);
  } else if (!b.fund_name.empty()) {
    e.push_back({"fundName", "not_allowed"});
  }
  require_dates(e, b.valid_from, b.valid_to);
  if (e.empty()) {
    for (const auto& x : existing) {
      if (x.id != b.id && x.payer == b.payer && overlaps(x.valid_from, x.valid_to, b.valid_from, b.valid_to)) {
        e.push_back({"validFrom", "overlaps"});
        break;
      }
    }
  }
  return e;
}

std::vector<FieldError> validate_fare(const TravelFare& f, const std::vector<TravelFare>& existing) {
  std::vector<FieldError> e;
  require_amount(e, "centsPerDay", f.cents_per_day, kMaxFareCents);
  checks::require_text(e, "means", f.means);
  require_dates(e, f.valid_from, f.valid_to);
  for (const auto& x : existing) {
    if (is_iso_date(f.valid_from) && x.valid_from >= f.valid_from) {
      e.push_back({"validFrom", "not_after_previous"});
      break;
    }
  }
  return e;
}

std::vector<FieldError> validate_claim(const TravelClaim& c, std::string_view today) {
  std::vector<FieldError> e;
  checks::require_date(e, "day", c.day);
  if (is_iso_date(c.day) && c.day > today) e.push_back({"day", "in_future"});
  require_amount(e, "cents", c.cents, kMaxClaimCents);
  checks::require_text(e, "description", c.description, 500);
  return e;
}

std::vector<FieldError> validate_adjustment(const Adjustment& a, bool month_approved, bool counted_as_attended,
                                            bool already_adjusted, bool has_period_that_day) {
  std::vector<FieldError> e;
  checks::require_date(e, "day", a.day);
  if (e.empty()) {
    if (!has_period_that_day) {
      e.push_back({"day", "no_period"});
    } else if (!month_approved) {
      e.push_back({"day", "month_not_approved"});  // an open month is corrected in its attendance
    } else if (already_adjusted) {
      e.push_back({"day", "already_adjusted"});
    } else if (counted_as_attended == a.attended) {
      e.push_back({"attended", a.attended ? "already_attended" : "not_attended"});
    }
  }
  checks::require_text(e, "reason", a.reason, 500);
  return e;
}

}  // namespace polku::compensation
