// The case (asiakkuus) of one client in one service type, its stage records,
// decisions and notices, as the cases module sees them (DESIGN.md §3).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decisions/decision.hpp"

namespace polku::cases {

inline constexpr std::array<std::string_view, 8> kStages = {"referral",       "assessment", "plan",      "start",
                                                            "implementation", "end",        "follow_up", "closed"};

// Index in kStages, or -1.
int stage_index(std::string_view stage);

struct Referral {
  std::string
      source;  // employment_services, social_services, health_care, multisectoral_service_typ, client_self, other
  std::string referrer_name;
  std::string order_text;
  std::string date;
};

struct Assessment {
  std::string criteria;
  std::string outcome;  // service_needed | not_needed
  long long author_id = 0;
  std::string author_name;
  std::string date;
};

// For ktt, tasks_and_place ... evaluation_date are the § 9 content; 0 / "" = not given.
struct Plan {
  std::string kind;
  std::string date;
  std::string external_reference;
  std::string tasks_and_place;
  int hours_per_day = 0;
  int days_per_week = 0;
  std::string start_date;
  int length_months = 0;
  std::string other_services;
  std::string goal;
  std::string support_and_guidance;
  std::string evaluation_date;
};

struct End {
  std::string reason;  // period_ended, purchaser_decision, client_request, interrupted
  std::string date;
  std::string interruption_reason;
  bool acceptable_reason = true;
  bool notify_employment_authority = false;  // derived: ktt interrupted without an acceptable reason
};

struct FollowUp {
  std::string category;  // open_labour_market ... other, or none
  std::string none_reason;
  std::string description;
};

// Decisions and notices are the decisions module's; a case carries its own.
using decisions::Decision;
using decisions::DecisionInput;
using decisions::Notice;

// A provider organisation taking part in the case through an accepted service
// order, with the coach it named (DESIGN.md §3, start).
struct Participant {
  long long provider_organisation_id = 0;
  std::string provider_name;
  long long coach_user_id = 0;
  std::string coach_name;
  std::string since;
};

struct Case {
  long long id = 0;
  long long client_id = 0;
  std::string client_name;
  std::string client_language = "fi";
  long long organisation_id = 0;
  // The case's place (of its latest booking) is hosted by the case's own organisation: the
  // purchaser's own production, where its chief shop steward hears of every placement.
  bool own_production = false;
  std::optional<long long> region_id;
  std::string service_type;
  std::string stage = "referral";
  std::string status = "active";  // active | interrupted
  std::string stage_since;
  std::string interruption_reason;
  std::optional<Referral> referral;
  std::optional<Assessment> assessment;
  std::optional<Plan> plan;
  std::optional<End> end;
  std::optional<FollowUp> follow_up;
  std::vector<Decision> decisions;
  std::vector<Notice> notices;
  std::vector<Participant> participants;
  std::string own_worker_name;  // the client's, "" when none
  long long version = 1;
  std::string created_at;
  std::string updated_at;
};

struct CaseSummary {
  long long id = 0;
  long long client_id = 0;
  std::string client_name;
  long long organisation_id = 0;
  std::optional<long long> region_id;
  std::string service_type;
  std::string stage;
  std::string status;
  std::string stage_since;
  long long version = 1;
  std::string updated_at;
  std::string end_date;           // of the end record, for my work
  std::string decision_end_date;  // the latest signed decision's end date, "" when none
  bool has_follow_up = false;
  std::string own_worker_name;  // the client's, "" when none
  std::string coach_name;       // the coach a provider named, "" when none
};

struct TimelineEntry {
  long long id = 0;
  std::string at;
  long long user_id = 0;
  std::string user_name;
  std::string action;
  std::string from_stage;
  std::string to_stage;
  std::string detail;
};

}  // namespace polku::cases
