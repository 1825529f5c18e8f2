// A case's goals: read by those who read its plans, set, revised and rated by those who fill them (the case's
// editors and the provider), each change in one unit of work with its audit entry.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cases/port.hpp"
#include "forms/entry_store.hpp"
#include "forms/goal_store.hpp"

namespace polku::forms {

struct CaseGoals {
  std::vector<Goal> goals;
  bool may_write = false;
};

class GoalService {
 public:
  GoalService(GoalStore& store, EntryStore& entries, work::Transactor& transactor, cases::Port& cases)
      : store_(store), entries_(entries), transactor_(transactor), cases_(cases) {}

  Result<CaseGoals> of_case(const work::Caller& caller, long long case_id);
  Result<Goal> add(const work::Caller& caller, long long case_id, const GoalInput& in);
  Result<Goal> revise(const work::Caller& caller, long long id, const GoalInput& in, const std::string& reason,
                      std::optional<long long> version);
  Result<Goal> rate(const work::Caller& caller, long long id, long long entry_id, int rating, const std::string& note);

 private:
  // The case with the user's access to its goals (read or write), 404 when none.
  Result<std::pair<cases::Case, bool>> goals_case(const work::Caller& caller, long long case_id);
  std::optional<FormEntry> entry_of_case(long long entry_id, long long case_id);

  GoalStore& store_;
  EntryStore& entries_;
  work::Transactor& transactor_;
  cases::Port& cases_;
};

}  // namespace polku::forms
