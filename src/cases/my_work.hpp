// What is due or overdue on a worker's start page (pure): stages waiting over
// 30 days, decisions ending within 30 days, ended cases without a follow-up path.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "cases/case.hpp"

namespace polku::cases {

inline constexpr int kStageWaitingDays = 30;
inline constexpr int kDecisionEndingDays = 30;

struct DueItem {
  long long case_id = 0;
  std::string client_name;
  std::string kind;  // stage_waiting, decision_ending, follow_up_missing
  std::string date;
  bool overdue = false;
};

std::vector<DueItem> due_items(const std::vector<CaseSummary>& cases, std::string_view today);

}  // namespace polku::cases
