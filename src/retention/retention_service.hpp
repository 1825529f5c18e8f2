// The retention job (`polku retention`): lists what the schedule says is due on a day, then removes it, each
// client's records in one unit with its access log entry, and the access log's oldest entries behind an anchor.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/core/error.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"
#include "retention/retention_store.hpp"

namespace polku::retention {

// Where the facts come from: the clients' registrations and the cases' closing days.
struct Sources {
  std::function<std::vector<Registration>()> registrations;
  std::function<std::vector<CaseFacts>()> cases;
};

struct Plan {
  std::string today;
  std::optional<ScheduleRule> client_rule, access_log_rule;
  std::vector<DueClient> clients;
  std::string access_log_before;  // "" without a rule
  long long access_log_entries = 0;
};

struct Removed {
  int clients = 0;
  long long access_log_entries = 0;
};

class RetentionService {
 public:
  // `erasers` in the order they run: the modules that depend on others first, the clients last.
  RetentionService(RetentionStore& store, work::Transactor& transactor, audit::AuditLog& audit, Sources sources,
                   std::vector<Eraser> erasers)
      : store_(store),
        transactor_(transactor),
        audit_(audit),
        sources_(std::move(sources)),
        erasers_(std::move(erasers)) {}

  Plan plan(const std::string& today);
  // Removes what plan(today) lists: the access log first, so that the job's own entries stay.
  Result<Removed> remove(const std::string& today);

 private:
  RetentionStore& store_;
  work::Transactor& transactor_;
  audit::AuditLog& audit_;
  Sources sources_;
  std::vector<Eraser> erasers_;
};

}  // namespace polku::retention
