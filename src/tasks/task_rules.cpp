#include "tasks/task_rules.hpp"

#include <algorithm>
#include <tuple>

namespace polku::tasks {

bool is_reminded(const Task& t) {
  return !t.due.empty() && (t.kind == "plan_update_due" || t.kind == "evaluation_due" || t.kind == "meeting_due" ||
                            t.kind == "placement_feedback_due");
}

std::string reminder_key(const Task& t) {
  auto id = [](const std::optional<long long>& v) { return v ? std::to_string(*v) : std::string("-"); };
  return t.kind + ":" + id(t.case_id) + ":" + id(t.period_id) + ":" + id(t.form_entry_id) + ":" + t.due;
}
namespace {

// `since` too: one period has an absence notice for each of its two weeks.
auto identity(const Task& t) {
  return std::tie(t.kind, t.client_id, t.case_id, t.client_agreement_id, t.service_order_id, t.visit_id, t.place_id,
                  t.party, t.period_id, t.form_entry_id, t.since);
}

// What must be seen to at once comes before everything else (an absence without notice, seed 000).
bool is_urgent(const Task& t) { return t.kind == "absence_alert_to_handle"; }

}  // namespace

bool is_overdue(const Task& t, const std::string& today) { return !t.due.empty() && t.due < today; }

std::vector<Task> ordered(std::vector<Task> items, const std::string& today) {
  // A user with two roles may be given the same item by both.
  std::sort(items.begin(), items.end(), [](const Task& a, const Task& b) { return identity(a) < identity(b); });
  items.erase(
      std::unique(items.begin(), items.end(), [](const Task& a, const Task& b) { return identity(a) == identity(b); }),
      items.end());
  std::stable_sort(items.begin(), items.end(), [&](const Task& a, const Task& b) {
    if (is_urgent(a) != is_urgent(b)) return is_urgent(a);
    const bool ao = is_overdue(a, today), bo = is_overdue(b, today);
    if (ao != bo) return ao;
    if (a.due.empty() != b.due.empty()) return !a.due.empty();
    if (a.due != b.due) return a.due < b.due;
    if (a.since != b.since) return a.since < b.since;
    return identity(a) < identity(b);
  });
  return items;
}

}  // namespace polku::tasks
