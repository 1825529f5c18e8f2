// A decision (päätös) on a case's service and the notices (ilmoitukset) of its
// start and interruption, as the decisions module keeps them.
#pragma once
#include <optional>
#include <string>

namespace polku::decisions {

struct Notice {
  long long id = 0;
  long long case_id = 0;
  std::string kind;  // shop_steward, employment_authority_start, employment_authority_interruption
  std::string sent_on;
  std::string recipient;
  std::string start_date;
  int length_months = 0;
  std::string place;
  int hours_per_day = 0;
  int days_per_week = 0;
  std::string description;          // the start's work tasks and what the activity holds
  std::string interruption_code;    // kInterruptionCodes, so that reports can count them
  std::string interruption_reason;  // free text; required with "other"
  std::string interruption_date;
  long long created_by = 0;
  std::string created_at;
};

// Why a KTT period was interrupted, as the employment authority's notice counts it.
inline constexpr const char* kInterruptionCodes[] = {"employment",     "education",    "illness",      "moved",
                                                     "other_services", "did_not_come", "period_ended", "other"};

struct DecisionInput {
  std::string legal_basis;
  std::string start_date;
  std::string end_date;
  int days_per_week_max = 0;
  int hours_per_day_max = 0;
  std::string decision_date;
  std::optional<long long> replaces_decision_id;
  std::optional<long long> version;
};

struct Decision {
  long long id = 0;
  long long case_id = 0;
  std::string service_type;
  DecisionInput data;
  long long decision_maker_id = 0;
  std::string decision_maker_name;
  std::string language;
  std::string appeal_instructions;
  std::string status = "draft";  // draft | signed | replaced
  std::string signed_at;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
};

}  // namespace polku::decisions
