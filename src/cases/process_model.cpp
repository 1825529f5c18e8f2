#include "cases/process_model.hpp"

namespace polku::cases {
namespace {

int process_index(std::string_view stage) {
  for (std::size_t i = 0; i < kProcessStages.size(); ++i)
    if (kProcessStages[i] == stage) return static_cast<int>(i);
  return -1;
}

bool responsible_role_allowed(std::string_view role) {
  return role == "social_worker" || role == "social_instructor" || role == "coach" || role == "manager";
}

}  // namespace

ProcessModel default_process_model(long long region_id, long long organisation_id) {
  ProcessModel m;
  m.region_id = region_id;
  m.organisation_id = organisation_id;
  m.roles = {"social_instructor", "social_worker",    "social_worker", "social_instructor", "coach",
             "social_instructor", "social_instructor"};
  return m;
}

std::string responsible_person(std::string_view role, const std::string& own_worker_name,
                               const std::string& coach_name) {
  if (role == "coach") return coach_name;
  if (role == "social_instructor" || role == "social_worker") return own_worker_name;
  return "";
}

std::string responsible_role(const ProcessModel& model, std::string_view stage) {
  const int i = process_index(stage);
  return i < 0 ? std::string() : model.roles[static_cast<std::size_t>(i)];
}

std::vector<FieldError> validate_process_steps(const std::vector<ProcessStepInput>& steps) {
  std::vector<FieldError> e;
  std::array<bool, 7> seen{};
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const std::string prefix = "steps[" + std::to_string(i) + "].";
    const int at = process_index(steps[i].stage);
    if (at < 0 || seen[static_cast<std::size_t>(at)]) {
      e.push_back({prefix + "stage", "invalid_choice"});
    } else {
      seen[static_cast<std::size_t>(at)] = true;
    }
    if (!responsible_role_allowed(steps[i].role)) e.push_back({prefix + "responsibleRole", "invalid_choice"});
  }
  for (bool s : seen)
    if (!s) {
      e.push_back({"steps", "required"});
      break;
    }
  return e;
}

void apply_steps(ProcessModel& model, const std::vector<ProcessStepInput>& steps) {
  for (const auto& s : steps) {
    const int at = process_index(s.stage);
    if (at >= 0) model.roles[static_cast<std::size_t>(at)] = s.role;
  }
}

}  // namespace polku::cases
