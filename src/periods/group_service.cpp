#include "periods/group_service.hpp"

#include <algorithm>

#include "platform/core/clock.hpp"

namespace polku::periods {

Result<Group> GroupService::staffed(const work::Caller& caller, long long id) {
  auto g = groups_.find(id);
  if (!g || !is_place_staff(caller.user, g->host_organisation_id, g->supervisor_user_id)) return Error::not_found();
  for (const auto& m : g->members) caller.accessed(m.client_id, "list", "group " + std::to_string(id));
  return std::move(*g);
}

Result<std::vector<Group>> GroupService::at_place(const work::Caller& caller, long long place_id) {
  const auto place = registry_.find_place(place_id);
  if (!place || !is_place_staff(caller.user, place->host_organisation_id, place->data.supervisor_user_id)) {
    return Error::not_found();
  }
  auto found = groups_.at_place(place_id);
  for (const auto& g : found) {
    for (const auto& m : g.members) caller.accessed(m.client_id, "list", "group " + std::to_string(g.id));
  }
  return found;
}

Result<Group> GroupService::create(const work::Caller& caller, long long place_id, const GroupInput& in) {
  const auto place = registry_.find_place(place_id);
  if (!place || !is_place_staff(caller.user, place->host_organisation_id, place->data.supervisor_user_id)) {
    return Error::not_found();
  }
  if (auto e = validate_group(in); !e.empty()) return Error::invalid(std::move(e));
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    if (in.instructor_user_id && !groups_.is_host_staff(unit, *in.instructor_user_id, place->host_organisation_id)) {
      return Error::invalid({{"instructorUserId", "invalid_choice"}});
    }
    return groups_.insert(unit, place_id, in, caller.actor.user_id);
  });
  if (!id) return id.error();
  return *groups_.find(*id);
}

Result<Group> GroupService::read(const work::Caller& caller, long long id) { return staffed(caller, id); }

Result<Group> GroupService::add_member(const work::Caller& caller, long long id, long long period_id) {
  auto g = staffed(caller, id);
  if (!g) return g.error();
  const auto period = periods_.find(period_id);
  if (!period) return Error::invalid({{"periodId", "reference_missing"}});
  if (auto e = validate_member(*g, *period, today_helsinki()); !e.empty()) return Error::invalid(std::move(e));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    groups_.add_member(unit, id, period_id, period->client_id, caller.actor.user_id);
    unit.audit(period->client_id, "create", "group " + std::to_string(id) + " member");
    return Unit{};
  });
  if (!done) return done.error();
  return *groups_.find(id);
}

Result<Group> GroupService::remove_member(const work::Caller& caller, long long id, long long period_id) {
  auto g = staffed(caller, id);
  if (!g) return g.error();
  const auto member = std::find_if(g->members.begin(), g->members.end(),
                                   [&](const GroupMember& m) { return m.period_id == period_id; });
  if (member == g->members.end()) return Error::not_found();
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!groups_.remove_member(unit, id, period_id, member->client_id)) return Error::not_found();
    unit.audit(member->client_id, "delete", "group " + std::to_string(id) + " member");
    return Unit{};
  });
  if (!done) return done.error();
  return *groups_.find(id);
}

Result<std::vector<DayItem>> GroupService::session(const work::Caller& caller, long long id, const std::string& date) {
  auto g = staffed(caller, id);
  if (!g) return g.error();
  auto days = days_.day_list(caller, date, date);
  if (!days) return days.error();
  std::vector<DayItem> out;
  for (auto& d : *days) {
    const bool member = std::any_of(g->members.begin(), g->members.end(),
                                    [&](const GroupMember& m) { return m.period_id == d.period.id; });
    if (member) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace polku::periods
