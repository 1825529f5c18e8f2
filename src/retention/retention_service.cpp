#include "retention/retention_service.hpp"

#include "platform/core/clock.hpp"

namespace polku::retention {

namespace {

const work::Actor kJob{0, "polku retention", "retention"};

}  // namespace

Plan RetentionService::plan(const std::string& today) {
  Plan p;
  p.today = today;
  const auto schedule = store_.schedule();
  p.client_rule = rule_in_force(schedule, kClientRecords, today);
  p.access_log_rule = rule_in_force(schedule, kAccessLog, today);
  if (p.client_rule) p.clients = due_clients(sources_.registrations(), sources_.cases(), *p.client_rule, today);
  if (p.access_log_rule) {
    p.access_log_before = access_log_cutoff(*p.access_log_rule, today);
    p.access_log_entries = audit_.count_before(p.access_log_before);
  }
  return p;
}

Result<Removed> RetentionService::remove(const std::string& today) {
  const auto p = plan(today);
  Removed removed;
  if (p.access_log_entries > 0) {
    auto pruned = transactor_.run(kJob, [&](work::UnitOfWork& unit) -> Result<long long> {
      const long long n = audit_.prune_before(unit.sql(), p.access_log_before, now_iso());
      unit.audit(0, "prune", "access log entries made before " + p.access_log_before + ": " + std::to_string(n));
      return n;
    });
    if (!pruned) return pruned.error();
    removed.access_log_entries = *pruned;
  }
  for (const auto& due : p.clients) {
    auto erased = transactor_.run(kJob, [&](work::UnitOfWork& unit) -> Result<bool> {
      for (const auto& erase : erasers_) erase(unit, due.client_id);
      unit.audit(due.client_id, "erase", "records kept until " + due.due_on + " (closed " + due.basis + ")");
      return true;
    });
    if (!erased) return erased.error();
    ++removed.clients;
  }
  return removed;
}

}  // namespace polku::retention
