// Storage of the due dates' reminders: the users to sweep (with their roles, as a request would carry them, from the
// organisations' views) and whom each task was told to.
#pragma once
#include <string>
#include <vector>

#include "platform/auth/auth_context.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::tasks {

class ReminderStore {
 public:
  explicit ReminderStore(db::Database& db) : db_(db) {}
  // The active users with a role, each with every role they hold.
  std::vector<auth::AuthContext> users();
  // False when the user was told of it already (by this node or another).
  bool first(work::UnitOfWork& unit, long long user_id, const std::string& key);

 private:
  db::Database& db_;
};

}  // namespace polku::tasks
