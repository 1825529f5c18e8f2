// A region's process model (seed 001): which role is responsible for each
// stage, and whether social instructors may make decisions there.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/error.hpp"

namespace polku::cases {

// The stages a role is responsible for: referral .. follow_up (closed has none).
inline constexpr std::array<std::string_view, 7> kProcessStages = {"referral",       "assessment", "plan",     "start",
                                                                   "implementation", "end",        "follow_up"};

struct ProcessModel {
  long long region_id = 0;
  std::string region_name;
  long long organisation_id = 0;
  bool instructors_may_decide = false;
  std::array<std::string, 7> roles;  // by kProcessStages
  long long version = 0;             // 0: the defaults, never saved
};

ProcessModel default_process_model(long long region_id, long long organisation_id);
// The person who holds the responsible role for a case: the coach the provider named for
// a coach's stage, the client's own worker for a worker's; "" when none is named yet.
std::string responsible_person(std::string_view role, const std::string& own_worker_name,
                               const std::string& coach_name);
// The responsible role of `stage` ("" for closed).
std::string responsible_role(const ProcessModel& model, std::string_view stage);

struct ProcessStepInput {
  std::string stage;
  std::string role;
};
// Every stage once, with a purchaser's role (social_worker, social_instructor, coach, manager).
std::vector<FieldError> validate_process_steps(const std::vector<ProcessStepInput>& steps);
// Applies validated steps to `model`.
void apply_steps(ProcessModel& model, const std::vector<ProcessStepInput>& steps);

}  // namespace polku::cases
