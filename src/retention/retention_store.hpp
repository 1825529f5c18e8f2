// The archive schedule's rows (retention_schedule), read as they are.
#pragma once
#include <vector>

#include "platform/db/database.hpp"
#include "retention/retention_rules.hpp"

namespace polku::retention {

class RetentionStore {
 public:
  explicit RetentionStore(db::Database& db) : db_(db) {}
  std::vector<ScheduleRule> schedule();

 private:
  db::Database& db_;
};

}  // namespace polku::retention
