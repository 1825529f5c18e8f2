// What waits for a user (the task list, "Oma työ"), as every module feeds it: a
// module gives a Source that derives its kinds of items from its own data, so an
// item leaves the list by itself once the thing is done.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/auth/auth_context.hpp"

namespace polku::tasks {

struct Task {
  std::string kind;         // decision_to_make, service_order_to_answer, ... (docs/architecture.md lists them)
  std::string since;        // the date the wait began
  std::string due;          // by when, '' when no date
  long long client_id = 0;  // whose data the item shows; its read is in the client's access log
  std::string client_name;
  std::optional<long long> case_id;
  // What the item is about, for the web to link to.
  std::optional<long long> client_agreement_id;
  std::optional<long long> service_order_id;
  std::optional<long long> visit_id;
  std::optional<long long> place_id;
  std::string place_name;
  std::string party;  // whose acknowledgement waits: client, purchaser, host
  std::optional<long long> period_id;
  std::optional<long long> form_entry_id;    // a filled form the item is about
  std::optional<long long> organisation_id;  // the purchaser the item is in, where a page is chosen by it
  int missing_minutes = 0;                   // guidance still missing from the window
};

// An item of `kind` about a client, waiting since `since` (by `due`, when there is a date).
inline Task task_about(std::string kind, long long client_id, std::string client_name, std::string since,
                       std::string due = {}) {
  Task t;
  t.kind = std::move(kind);
  t.since = std::move(since);
  t.due = std::move(due);
  t.client_id = client_id;
  t.client_name = std::move(client_name);
  return t;
}

// The organisations the user holds any role in, each once: what a source asks its store about.
inline std::vector<long long> organisations_of(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles) {
    bool seen = false;
    for (long long o : out) seen = seen || o == g.organisation_id;
    if (!seen) out.push_back(g.organisation_id);
  }
  return out;
}

// The items of one module waiting for this user on `today` (a Helsinki date).
using Source = std::function<std::vector<Task>(const auth::AuthContext& user, const std::string& today)>;

}  // namespace polku::tasks
