// The pure rules of compensation: what a day pays by the rates and benefits in force on it, a month's batch of
// a purchaser's attended days, and the checks of what users record.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "compensation/compensation.hpp"
#include "platform/core/error.hpp"

namespace polku::compensation {

// "2026-03" for a real month; its first and last day.
bool is_month(std::string_view month);
std::string first_day(std::string_view month);
std::string last_day(std::string_view month);
std::string month_of(std::string_view day);

// What a rate pays for one attended day, with who pays it.
struct Pay {
  std::string kind;
  std::string payer;  // kela, unemployment_fund or purchaser
  std::string fund_name;
  long long cents = 0;
  std::optional<int> max_days_per_week;
};

// The rates for `service_type` in force on `day` for the benefits the client has that day ("any" rates for
// everyone), the benefit payer resolved; no activity money on a day the expense allowance is paid.
std::vector<Pay> day_pays(std::string_view service_type, std::string_view day, const std::vector<Benefit>& benefits,
                          const std::vector<Rate>& rates);

struct BatchInput {
  std::string month;
  // Present days of the purchaser's clients; the days of the month's first week before the month count
  // toward a weekly limit and pay nothing here (their own month paid them).
  std::vector<AttendedDay> days;
  std::vector<Benefit> benefits;
  std::vector<Rate> rates;
  std::vector<TravelFare> fares;
  std::vector<TravelClaim> claims;      // not yet in a batch, on or before the month's last day
  std::vector<Adjustment> adjustments;  // not yet in a batch, of a day before the month
  // The present days of the weeks of those adjustments' days, as they were paid: a weekly limit holds for a
  // corrected day too.
  std::vector<AttendedDay> adjusted_weeks;
  std::map<long long, std::string> recorded;  // an adjustment's id -> who recorded it
};

// The month's lines (per client, kind, payer and amount, with their days; a line per claim and per adjustment's
// pay), ordered by client id and kind; names are the caller's to fill.
std::vector<Line> batch_lines(const BatchInput& in);
// The totals per payer (and fund) and kind.
std::vector<Total> totals(const std::vector<Line>& lines);

// A month may be approved once it has ended.
std::vector<FieldError> validate_approval(std::string_view month, std::string_view today, bool already_approved);

// A new rate follows the rows of its kind: it starts after the last one's start (which it then ends).
std::vector<FieldError> validate_rate(const Rate& r, const std::vector<std::string>& service_types,
                                      const std::vector<Rate>& existing);
// A benefit period: a known payer, the fund's name for a fund, dates in order, not overlapping another of the
// same payer.
std::vector<FieldError> validate_benefit(const Benefit& b, const std::vector<Benefit>& existing);
// A fare from a date (up to 100 €/day), after the start of the client's last one (which it then ends).
std::vector<FieldError> validate_fare(const TravelFare& f, const std::vector<TravelFare>& existing);
// A claim: a day not to come, 0,01–1 000 €, what it was for.
std::vector<FieldError> validate_claim(const TravelClaim& c, std::string_view today);
// A correction of a day in an approved month that changes what was counted, with why; once per day.
std::vector<FieldError> validate_adjustment(const Adjustment& a, bool month_approved, bool counted_as_attended,
                                            bool already_adjusted, bool has_period_that_day);

}  // namespace polku::compensation
