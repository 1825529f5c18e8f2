#include "guidance/guidance_service.hpp"

#include "guidance/guidance_access.hpp"
#include "platform/core/clock.hpp"

namespace polku::guidance {

namespace {

std::vector<SessionInput> inputs_of(const std::vector<Session>& sessions) {
  std::vector<SessionInput> out;
  out.reserve(sessions.size());
  for (const auto& s : sessions) out.push_back(s.data);
  return out;
}

}  // namespace

Result<std::pair<periods::Period, periods::PeriodParties>> GuidanceService::readable(const work::Caller& caller,
                                                                                     long long period_id) {
  auto found = periods_.readable(caller, period_id);
  if (!found) return found.error();
  if (!may_read_guidance(caller.user, found->second)) {
    caller.refused(found->first.client_id, "guidance of period " + std::to_string(period_id));
    return Error::not_found();
  }
  return found;
}

Result<GuidanceLog> GuidanceService::log(const work::Caller& caller, long long period_id) {
  auto found = readable(caller, period_id);
  if (!found) return found.error();
  const auto& [period, parties] = *found;
  caller.accessed(period.client_id, "list", "guidance");
  GuidanceLog out;
  out.sessions = store_.sessions(period_id);
  out.promise = store_.promise(period.case_id);
  out.windows = windows(period.data.start_date, period.data.end_date, periods::break_days(period.breaks),
                        out.promise.value_or(Promise{}), inputs_of(out.sessions), today_helsinki());
  out.may_record = may_record_guidance(caller.user, parties);
  return out;
}

Result<Session> GuidanceService::record(const work::Caller& caller, long long period_id, const SessionInput& input) {
  auto found = readable(caller, period_id);
  if (!found) return found.error();
  const auto& period = found->first;
  const auto& parties = found->second;
  if (!may_record_guidance(caller.user, parties)) return Error::forbidden();
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    // The giver's profession as the database has it now, inside the unit that records it.
    const bool professional = store_.is_professional(unit, caller.actor.user_id);
    auto errors = validate_session(period.data.start_date, period.data.end_date, input, professional, today_helsinki());
    if (!errors.empty()) return Error::invalid(std::move(errors));
    const long long made = store_.insert(unit, period, input, caller.actor.user_id, professional);
    unit.audit(period.client_id, "create", "guidance " + input.day);
    return made;
  });
  if (!id) return id.error();
  if (auto made = store_.find(*id)) return *made;
  return Error::not_found();
}

std::vector<FollowedWindow> GuidanceService::followed(long long user_id, const std::string& today) {
  const auto periods = store_.followed(user_id, today);
  std::vector<long long> ids;
  for (const auto& p : periods) ids.push_back(p.period_id);
  const auto sessions = store_.sessions_of(ids);
  std::vector<FollowedWindow> out;
  for (const auto& p : periods) {
    // A period without a promise (no accepted order) has nothing to fall behind of.
    if (!p.promise) continue;
    const auto it = sessions.find(p.period_id);
    const auto all = windows(p.start_date, p.end_date, p.breaks, *p.promise,
                             it == sessions.end() ? std::vector<SessionInput>{} : it->second, today);
    if (const auto* w = current(all, today)) out.push_back({p, *w});
  }
  return out;
}

std::vector<FollowedWindow> GuidanceService::followed(const work::Caller& caller) {
  auto out = followed(caller.user.user_id, today_helsinki());
  for (const auto& f : out) caller.accessed(f.period.client_id, "list", "guidance");
  return out;
}

}  // namespace polku::guidance
