#include "forms/goal_service.hpp"

#include "forms/forms_access.hpp"
#include "forms/goal_rules.hpp"

namespace polku::forms {

namespace {

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

// A closed case's goals are kept as they were: the reader is told why they can no longer change them.
Error not_writable(const cases::Case& c) {
  return c.stage == "closed" ? Error::make(ErrorCode::kConflict, "case_closed") : Error::forbidden();
}

}  // namespace

Result<std::pair<cases::Case, bool>> GoalService::goals_case(const work::Caller& caller, long long case_id) {
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = cases_.load_for_reading(caller, case_id, &access);
  if (!c) return c.error();
  // Goals are the plans' and evaluations': whoever fills an implementation plan keeps them.
  const auto a = entry_access(access, "implementation_plan");
  if (a == EntryAccess::kNone) return Error::not_found();
  const bool writes = a == EntryAccess::kWrite && c->stage != "closed";
  return std::pair{std::move(*c), writes};
}

std::optional<FormEntry> GoalService::entry_of_case(long long entry_id, long long case_id) {
  auto e = entries_.find(entry_id);
  if (!e || e->case_id != case_id) return std::nullopt;
  return e;
}

Result<CaseGoals> GoalService::of_case(const work::Caller& caller, long long case_id) {
  auto found = goals_case(caller, case_id);
  if (!found) return found.error();
  caller.accessed(found->first.client_id, "list", "goals");
  return CaseGoals{store_.of_case(case_id), found->second};
}

Result<Goal> GoalService::add(const work::Caller& caller, long long case_id, const GoalInput& in) {
  auto found = goals_case(caller, case_id);
  if (!found) return found.error();
  if (!found->second) return not_writable(found->first);
  const auto plan = in.set_in_entry ? entry_of_case(*in.set_in_entry, case_id) : std::nullopt;
  if (auto errors = validate_goal(in, plan); !errors.empty()) return Error::invalid(std::move(errors));
  const long long client = found->first.client_id;
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long made = store_.insert(unit, case_id, client, in, caller.actor.user_id);
    unit.audit(client, "create", "goal " + std::to_string(made));
    return made;
  });
  if (!id) return id.error();
  return *store_.find(*id);
}

Result<Goal> GoalService::revise(const work::Caller& caller, long long id, const GoalInput& in,
                                 const std::string& reason, std::optional<long long> version) {
  auto goal = store_.find(id);
  if (!goal) return Error::not_found();
  auto found = goals_case(caller, goal->case_id);
  if (!found) return found.error();
  if (!found->second) return not_writable(found->first);
  if (!version) return Error::invalid({{"version", "required"}});
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto now = store_.find(unit, id);
    if (!now || now->version != *version) return stale();
    if (auto errors = validate_revision(*now, in, reason); !errors.empty()) return Error::invalid(std::move(errors));
    if (!store_.revise(unit, *now, *version, in, reason, caller.actor.user_id)) return stale();
    unit.audit(now->client_id, "update", "goal " + std::to_string(id) + " revised");
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<Goal> GoalService::rate(const work::Caller& caller, long long id, long long entry_id, int rating,
                               const std::string& note) {
  auto goal = store_.find(id);
  if (!goal) return Error::not_found();
  auto found = goals_case(caller, goal->case_id);
  if (!found) return found.error();
  if (!found->second) return not_writable(found->first);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    // The evaluation as it stands in this unit: a completed one is no longer rated in.
    auto entry = entries_.find(unit, entry_id);
    if (entry && entry->case_id != goal->case_id) entry.reset();
    if (auto errors = validate_rating(rating, note, entry); !errors.empty()) return Error::invalid(std::move(errors));
    store_.rate(unit, *goal, entry_id, rating, note, caller.actor.user_id);
    unit.audit(goal->client_id, "update", "goal " + std::to_string(id) + " rated in form " + std::to_string(entry_id));
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

}  // namespace polku::forms
