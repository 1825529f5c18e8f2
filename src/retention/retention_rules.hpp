// The archive schedule applied to dates (pure): which rule of the dated schedule is in force, when a client's
// records fall due for removal, and before which day the access log's entries are due.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polku::retention {

inline constexpr std::string_view kClientRecords = "client_records";  // kept from the last case's closing
inline constexpr std::string_view kAccessLog = "access_log";          // kept from the entry's day

struct ScheduleRule {
  std::string record_class;  // client_records | access_log
  int years = 0;
  std::string valid_from;  // YYYY-MM-DD
  std::string source;      // the law or the archive plan it follows
};

// The rule of the class valid on `today`: the one with the latest valid_from on or before it. Today's rule
// applies to every record still kept, so that a longer period set by a new law keeps the old records too.
std::optional<ScheduleRule> rule_in_force(const std::vector<ScheduleRule>& schedule, std::string_view record_class,
                                          std::string_view today);

struct CaseFacts {
  long long client_id = 0;
  std::string closed_on;  // the day of the case's end record from the end stage on; "" while it is open
};

struct Registration {
  long long client_id = 0;
  std::string registered_on;  // YYYY-MM-DD
};

struct DueClient {
  long long client_id = 0;
  std::string basis;   // the last case's closing day, or the registration day of a client who had none
  std::string due_on;  // basis + the rule's years
};

// The clients whose records are due on `today` under `rule`, in client order; while any case of a client is open,
// nothing of theirs is.
std::vector<DueClient> due_clients(const std::vector<Registration>& clients, const std::vector<CaseFacts>& cases,
                                   const ScheduleRule& rule, std::string_view today);

// The access log's entries made before this day are due (YYYY-MM-DD).
std::string access_log_cutoff(const ScheduleRule& rule, std::string_view today);

}  // namespace polku::retention
