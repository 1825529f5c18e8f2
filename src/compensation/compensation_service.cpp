#include "compensation/compensation_service.hpp"

#include <set>

#include "compensation/batch_export.hpp"
#include "compensation/compensation_access.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/i18n/messages.hpp"
#include "platform/spreadsheets/table.hpp"

namespace polku::compensation {

namespace {

long long sum(const std::vector<Line>& lines) {
  long long total = 0;
  for (const auto& l : lines) total += l.amount_cents;
  return total;
}

void log_clients(const work::Caller& caller, const std::vector<Line>& lines, const std::string& what) {
  std::set<long long> shown;
  for (const auto& l : lines)
    if (shown.insert(l.client_id).second) caller.accessed(l.client_id, "list", what);
}

template <typename T>
const T* with_id(const std::vector<T>& items, long long id) {
  for (const auto& x : items)
    if (x.id == id) return &x;
  return nullptr;
}

}  // namespace

Result<Batch> CompensationService::batch(const work::Caller& caller, long long org, const std::string& month) {
  if (!may_read_batches(caller.user, org)) return Error::not_found();
  if (!is_month(month)) return Error::invalid({{"month", "invalid_month"}});
  Batch out;
  out.organisation_id = org;
  out.month = month;
  if (auto approved = store_.approved_batch(org, month)) {
    out.id = approved->id;
    out.approved = true;
    out.approved_by_name = approved->approved_by_name;
    out.approved_at = approved->approved_at;
    out.lines = store_.batch_lines(approved->id);
  } else {
    out.lines = batch_lines(store_.batch_input(org, month));
    out.may_approve = may_approve(caller.user, org) && validate_approval(month, today_helsinki(), false).empty();
  }
  store_.name_lines(out.lines);
  out.totals = totals(out.lines);
  out.total_cents = sum(out.lines);
  log_clients(caller, out.lines, "compensation " + month);
  return out;
}

Result<std::vector<ApprovedBatch>> CompensationService::batches(const work::Caller& caller, long long org) {
  if (!may_read_batches(caller.user, org)) return Error::not_found();
  return store_.approved_batches(org);
}

Result<Batch> CompensationService::approve(const work::Caller& caller, long long org, const std::string& month) {
  if (!may_read_batches(caller.user, org)) return Error::not_found();
  if (!may_approve(caller.user, org)) return Error::forbidden();
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (is_month(month)) store_.lock_months(unit, org, true);
    auto errors =
        validate_approval(month, today_helsinki(), is_month(month) && store_.month_approved(unit, org, month));
    if (!errors.empty()) return Error::invalid(std::move(errors));
    const auto in = store_.batch_input(unit, org, month);
    const auto lines = batch_lines(in);
    const long long id = store_.insert_batch(unit, org, month, in, lines, sum(lines), caller.actor.user_id);
    std::set<long long> clients;
    for (const auto& l : lines) clients.insert(l.client_id);
    for (const auto& a : in.adjustments) clients.insert(a.client_id);
    for (const auto& c : in.claims) clients.insert(c.client_id);
    for (const long long c : clients) unit.audit(c, "approve", "compensation " + month);
    return id;
  });
  if (!done) return done.error();
  return batch(caller, org, month);
}

Result<documents::File> CompensationService::download(const work::Caller& caller, long long org,
                                                      const std::string& month, const std::string& format,
                                                      const std::string& lang) {
  if (format != "csv" && format != "xlsx") return Error::invalid({{"format", "invalid_choice"}});
  auto b = batch(caller, org, month);
  if (!b) return b.error();
  if (!b->approved) return Error::invalid({{"month", "month_not_approved"}});  // only what was approved is paid
  const auto table = batch_table(*b, lang);
  const std::string name = i18n::message("compensation.file_name", lang) + "-" + month + "." + format;
  if (format == "csv") return documents::File{name, "text/csv; charset=utf-8", spreadsheets::to_csv(table)};
  return documents::File{name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         spreadsheets::to_xlsx(table)};
}

Result<long long> CompensationService::client_access(const work::Caller& caller, long long client_id, bool record) {
  const auto org = store_.client_organisation(client_id);
  if (!org) return Error::not_found();
  if (!may_read_client(caller.user, *org)) {
    caller.refused(client_id, "compensation");
    return Error::not_found();
  }
  if (record && !may_record_for_client(caller.user, *org)) return Error::forbidden();
  return *org;
}

Result<ClientCompensation> CompensationService::of_client(const work::Caller& caller, long long client_id) {
  auto org = client_access(caller, client_id, false);
  if (!org) return org.error();
  caller.accessed(client_id, "read", "compensation");
  ClientCompensation out;
  out.benefits = store_.benefits(client_id);
  out.fares = store_.fares(client_id);
  out.claims = store_.claims(client_id);
  out.adjustments = store_.adjustments(client_id);
  out.may_record = may_record_for_client(caller.user, *org);
  return out;
}

Result<Benefit> CompensationService::add_benefit(const work::Caller& caller, long long client_id, Benefit b) {
  auto org = client_access(caller, client_id, true);
  if (!org) return org.error();
  b.client_id = client_id;
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (auto errors = validate_benefit(b, store_.benefits(unit, client_id)); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    const long long made = store_.insert_benefit(unit, b, caller.actor.user_id);
    unit.audit(client_id, "create", "benefit payer " + b.payer + " from " + b.valid_from);
    return made;
  });
  if (!id) return id.error();
  const auto all = store_.benefits(client_id);
  if (const auto* made = with_id(all, *id)) return *made;
  return Error::not_found();
}

Result<Benefit> CompensationService::end_benefit(const work::Caller& caller, long long client_id, long long benefit_id,
                                                 const std::string& valid_to) {
  auto org = client_access(caller, client_id, true);
  if (!org) return org.error();
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<bool> {
    const auto all = store_.benefits(unit, client_id);
    const auto* found = with_id(all, benefit_id);
    if (!found) return Error::not_found();
    Benefit ended = *found;
    ended.valid_to = valid_to;
    if (auto errors = validate_benefit(ended, all); !errors.empty()) return Error::invalid(std::move(errors));
    store_.end_benefit(unit, ended, valid_to);
    unit.audit(client_id, "update", "benefit payer " + ended.payer + " until " + valid_to);
    return true;
  });
  if (!done) return done.error();
  const auto all = store_.benefits(client_id);
  if (const auto* b = with_id(all, benefit_id)) return *b;
  return Error::not_found();
}

Result<TravelFare> CompensationService::add_fare(const work::Caller& caller, long long client_id, TravelFare f) {
  auto org = client_access(caller, client_id, true);
  if (!org) return org.error();
  f.client_id = client_id;
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (auto errors = validate_fare(f, store_.fares(unit, client_id)); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    const long long made = store_.insert_fare(unit, f, caller.actor.user_id);
    unit.audit(client_id, "create", "travel fare from " + f.valid_from);
    return made;
  });
  if (!id) return id.error();
  const auto all = store_.fares(client_id);
  if (const auto* made = with_id(all, *id)) return *made;
  return Error::not_found();
}

Result<TravelClaim> CompensationService::add_claim(const work::Caller& caller, long long client_id, TravelClaim c) {
  auto org = client_access(caller, client_id, true);
  if (!org) return org.error();
  c.client_id = client_id;
  if (auto errors = validate_claim(c, today_helsinki()); !errors.empty()) return Error::invalid(std::move(errors));
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long made = store_.insert_claim(unit, c, *org, caller.actor.user_id);
    unit.audit(client_id, "create", "travel claim " + c.day);
    return made;
  });
  if (!id) return id.error();
  const auto all = store_.claims(client_id);
  if (const auto* made = with_id(all, *id)) return *made;
  return Error::not_found();
}

Result<Adjustment> CompensationService::add_adjustment(const work::Caller& caller, long long client_id, Adjustment a) {
  auto org = client_access(caller, client_id, true);
  if (!org) return org.error();
  a.client_id = client_id;
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    std::optional<PeriodOnDay> period;
    bool approved = false, counted_before = false, adjusted_before = false;
    if (is_iso_date(a.day)) {
      period = store_.period_on(unit, client_id, a.day);
      if (period && period->organisation_id != *org) period.reset();  // another purchaser's period
      if (period) {
        store_.lock_months(unit, *org, false);
        approved = store_.month_approved(unit, *org, month_of(a.day));
        counted_before = store_.counted(unit, client_id, *org, a.day);
        adjusted_before = store_.adjusted(unit, client_id, a.day);
        a.service_type = period->service_type;
      }
    }
    if (auto errors = validate_adjustment(a, approved, counted_before, adjusted_before, period.has_value());
        !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    const long long made = store_.insert_adjustment(unit, a, *org, caller.actor.user_id);
    unit.audit(client_id, "create", std::string("compensation adjustment ") + a.day + (a.attended ? " +1" : " -1"));
    return made;
  });
  if (!id) return id.error();
  const auto all = store_.adjustments(client_id);
  if (const auto* made = with_id(all, *id)) return *made;
  return Error::not_found();
}

Result<std::vector<Rate>> CompensationService::rates(const work::Caller& caller, std::optional<long long> org) {
  if (org && !may_read_batches(caller.user, *org)) return Error::not_found();
  return store_.rates(org);
}

Result<Rate> CompensationService::add_rate(const work::Caller& caller, Rate r) {
  if (!may_keep_rates(caller.user, r.organisation_id)) {
    return r.organisation_id && !may_read_batches(caller.user, *r.organisation_id) ? Error::not_found()
                                                                                   : Error::forbidden();
  }
  std::vector<std::string> codes;
  for (const auto& t : types_.all()) codes.push_back(t.code);
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (auto errors = validate_rate(r, codes, store_.rates(unit, r.organisation_id)); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    return store_.insert_rate(unit, r, caller.actor.user_id);
  });
  if (!id) return id.error();
  const auto all = store_.rates(r.organisation_id);
  if (const auto* made = with_id(all, *id)) return *made;
  return Error::not_found();
}

bool CompensationService::approved(work::UnitOfWork& unit, long long org, std::string_view day) {
  store_.lock_months(unit, org, false);
  return store_.month_approved(unit, org, month_of(day));
}

}  // namespace polku::compensation
