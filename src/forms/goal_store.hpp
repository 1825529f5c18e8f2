// Storage of a case's goals with their revisions and ratings: reads, and writes inside the caller's unit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "forms/goals.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::forms {

class GoalStore {
 public:
  explicit GoalStore(db::Database& db) : db_(db) {}

  std::vector<Goal> of_case(long long case_id);  // in the order they were set
  std::optional<Goal> find(long long id);
  std::optional<Goal> find(work::UnitOfWork& unit, long long id);
  long long insert(work::UnitOfWork& unit, long long case_id, long long client_id, const GoalInput& in,
                   long long user_id);
  // The goal's text now, and its text before with the reason; false when `version` is stale.
  bool revise(work::UnitOfWork& unit, const Goal& now, long long version, const GoalInput& in,
              const std::string& reason, long long user_id);
  // The evaluation's rating of the goal, made or changed.
  void rate(work::UnitOfWork& unit, const Goal& goal, long long entry_id, int rating, const std::string& note,
            long long user_id);
  // A correction of an evaluation starts from the ratings of the one it corrects, as they were given.
  void copy_ratings(work::UnitOfWork& unit, long long from_entry, long long to_entry, long long client_id);

 private:
  std::vector<Goal> read(soci::session& sql, const std::string& where, long long id);
  db::Database& db_;
};

}  // namespace polku::forms
