// Storage of groups, their sessions and members: reads, and writes inside the caller's unit of work.
#pragma once
#include <optional>
#include <vector>

#include "periods/group.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::periods {

class GroupStore {
 public:
  explicit GroupStore(db::Database& db) : db_(db) {}

  std::optional<Group> find(long long id);
  std::vector<Group> at_place(long long place_id);  // by name

  long long insert(work::UnitOfWork& unit, long long place_id, const GroupInput& in, long long user_id);
  void add_member(work::UnitOfWork& unit, long long group_id, long long period_id, long long client_id,
                  long long user_id);
  bool remove_member(work::UnitOfWork& unit, long long group_id, long long period_id, long long client_id);
  // The user holds a role at the host (an instructor of its group).
  bool is_host_staff(work::UnitOfWork& unit, long long user_id, long long host_id);

 private:
  std::vector<Group> where(soci::session& sql, const std::string& condition, long long arg);
  db::Database& db_;
};

}  // namespace polku::periods
