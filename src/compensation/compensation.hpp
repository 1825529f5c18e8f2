// Compensation (korvaukset) of attended days: the rates as dated data, each client's benefit payer and travel
// fare with their dates, travel claims with a receipt, corrections of an approved month, and the monthly batch
// of a purchaser (DESIGN.md, "Money").
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polku::compensation {

// What a rate pays for an attended day.
inline constexpr std::array<std::string_view, 3> kKinds = {"expense_allowance", "activity_money",
                                                           "work_activity_compensation"};
// Who a client's benefit comes from (a rate is for one of them, or for "any" client).
inline constexpr std::array<std::string_view, 4> kBenefitPayers = {"kela", "unemployment_fund", "social_assistance",
                                                                   "none"};
// Who pays a rate: the payer of the client's benefit (Kela or their fund), the purchaser, or Kela.
inline constexpr std::array<std::string_view, 3> kRatePayers = {"benefit_payer", "purchaser", "kela"};

// A daily amount in force from a date; a change of law is a new row, never code.
struct Rate {
  long long id = 0;
  std::optional<long long> organisation_id;  // a purchaser's own rate (work activity compensation); none: the law's
  std::string service_type;
  std::string kind;
  std::string benefit;  // a kBenefitPayers value or "any"
  std::string payer;    // a kRatePayers value
  long long amount_cents = 0;
  std::optional<int> max_days_per_week;  // the expense allowance: at most 5 days a calendar week
  std::string valid_from;
  std::optional<std::string> valid_to;
};

struct Benefit {
  long long id = 0;
  long long client_id = 0;
  std::string payer;      // a kBenefitPayers value
  std::string fund_name;  // the unemployment fund, for "unemployment_fund"
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::string created_by_name, created_at;
};

// The cheapest means of travel (189/2001 § 18), paid per attended day.
struct TravelFare {
  long long id = 0;
  long long client_id = 0;
  long long cents_per_day = 0;
  std::string means;  // e.g. "bus, 30-day ticket"
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::string created_by_name, created_at;
};

// A travel cost claimed with a receipt; it goes into the first batch approved after it.
struct TravelClaim {
  long long id = 0;
  long long client_id = 0;
  std::string day;
  long long cents = 0;
  std::string description;
  std::optional<long long> batch_id;
  std::string created_by_name, created_at;
};

// A correction of a day in an approved month: counted as attended after all, or not; it goes into the next
// batch approved, paid (or taken back) by the rules in force on the corrected day.
struct Adjustment {
  long long id = 0;
  long long client_id = 0;
  std::string service_type;  // the client's case's on that day
  std::string day;
  bool attended = true;
  std::string reason;
  std::optional<long long> batch_id;
  std::string created_by_name, created_at;
};

// A client's present day in a period of the purchaser's case.
struct AttendedDay {
  long long client_id = 0;
  std::string service_type;
  std::string day;
};

struct Line {
  long long client_id = 0;
  std::string client_name;
  std::string personal_identity_code;
  std::string kind;       // kKinds, "travel" or "travel_claim"
  std::string payer;      // kela, unemployment_fund or purchaser
  std::string fund_name;  // for unemployment_fund
  long long unit_cents = 0;
  int days = 0;  // negative for a day taken back
  long long amount_cents = 0;
  std::string first_day, last_day;
  // An adjustment's line: the corrected day, why, who.
  std::optional<long long> adjustment_id;
  std::string reason;
  std::string recorded_by;
  std::optional<long long> claim_id;
};

struct Total {
  std::string payer;
  std::string fund_name;
  std::string kind;
  int days = 0;
  long long amount_cents = 0;
};

struct Batch {
  std::optional<long long> id;  // set once approved
  long long organisation_id = 0;
  std::string month;  // YYYY-MM
  bool approved = false;
  bool may_approve = false;  // the caller may approve it now: a manager's, ended, not yet approved
  std::string approved_by_name, approved_at;
  std::vector<Line> lines;
  std::vector<Total> totals;
  long long total_cents = 0;
};

}  // namespace polku::compensation
