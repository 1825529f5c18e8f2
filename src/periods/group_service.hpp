// Groups at a place: made and kept by the place's staff (its named supervisor, else the host's placement
// supervisors, and the host's managers), who add the periods of the clients at the place; a group's session
// lists its participants' days, each marked as that client's own day (PeriodService, the same attendance).
#pragma once
#include <string>
#include <vector>

#include "periods/group_store.hpp"
#include "periods/period_service.hpp"

namespace polku::periods {

class GroupService {
 public:
  GroupService(GroupStore& groups, PeriodStore& periods, PeriodService& days, work::Transactor& transactor,
               registry::Port& registry)
      : groups_(groups), periods_(periods), days_(days), transactor_(transactor), registry_(registry) {}

  Result<std::vector<Group>> at_place(const work::Caller& caller, long long place_id);
  Result<Group> create(const work::Caller& caller, long long place_id, const GroupInput& in);
  Result<Group> read(const work::Caller& caller, long long id);
  Result<Group> add_member(const work::Caller& caller, long long id, long long period_id);
  Result<Group> remove_member(const work::Caller& caller, long long id, long long period_id);
  // The participants' days on `date` (not to come), with their records: those their own periods expect.
  Result<std::vector<DayItem>> session(const work::Caller& caller, long long id, const std::string& date);

 private:
  Result<Group> staffed(const work::Caller& caller, long long id);

  GroupStore& groups_;
  PeriodStore& periods_;
  PeriodService& days_;
  work::Transactor& transactor_;
  registry::Port& registry_;
};

}  // namespace polku::periods
