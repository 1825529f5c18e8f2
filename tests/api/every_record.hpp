// One of every kind of client record, each made through the API by the user who would make it: shared by the
// tests that must reach every route (the access log of every write, the permission matrix).
#pragma once
#include <string>

#include "api/api_test_helpers.hpp"

namespace polku::api_test {

inline std::string id_path(const char* prefix, long long id, const char* tail = "") {
  return std::string(prefix) + std::to_string(id) + tail;
}

struct EveryRecord {
  long long ended_case_id = 0;         // walked to its end with a follow-up path
  long long client_id = 0;             // "Kirjattu Asiakas": edited, an own worker named
  long long case_id = 0;               // the client's case at start, interrupted and resumed
  long long draft_decision_id = 0;     // of that case, edited
  long long visit_id = 0;              // an introductory visit to the yard with its outcome
  long long ended_booking_id = 0;      // a booking of the yard, ended in 30 days
  long long client_agreement_id = 0;   // acknowledged, continued
  long long service_order_id = 0;      // accepted by the provider, the coach named
  long long runner_id = 0;             // "Jaksolla Asiakas": a client in a period at the sorting place
  long long running_case_id = 0;       // the runner's case in implementation
  long long period_id = 0;             // from the Monday on or before the first of last month
  long long break_id = 0;              // a break of the period, ended early
  std::string monday;                  // the period's first day
  std::string marked_day;              // a day of the period marked absent without notice by the supervisor
  std::string last_month;              // YYYY-MM, the county's approved compensation batch
  long long feedback_entry_id = 0;     // the client's feedback: completed, then corrected
  long long plan_entry_id = 0;         // the implementation plan, completed and acknowledged
  long long evaluation_entry_id = 0;   // an intermediate evaluation in draft with the goal rated
  long long goal_id = 0;               // revised once
  long long group_id = 0;              // a group of the sorting place (its member removed again)
  long long held_meeting_id = 0;       // held last week and recorded
  long long cancelled_meeting_id = 0;  // changed, then cancelled
  long long alert_id = 0;              // the absence alert of the marked day, handled
  long long benefit_id = 0;            // the runner's benefit payer, ended
};

// A service order of the association's product (place and support) for the client's case, three days a week four
// hours a day, accepted by the provider's manager naming the coach; returns its id.
long long accepted_order(World& w, const World::Registry& reg, long long client_id, long long case_id,
                         long long place_id, const std::string& start, int months);

// Made in the world's registry (`w.registry()`, made once).
EveryRecord every_record(World& w, const World::Registry& reg);

}  // namespace polku::api_test
