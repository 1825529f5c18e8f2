#include "periods/module.hpp"

namespace polku::periods {

std::vector<tasks::Task> alert_tasks(const std::vector<AbsenceAlert>& alerts, long long user_id) {
  std::vector<tasks::Task> out;
  for (const auto& a : alerts) {
    if (!a.handled_at.empty() || a.recipient_user_id != user_id) continue;
    auto t = tasks::task_about("absence_alert_to_handle", a.client_id, a.client_name, a.day);
    t.case_id = a.case_id;
    t.place_name = a.place_name;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace polku::periods
