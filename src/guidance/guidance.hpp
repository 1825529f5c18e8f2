// Guidance (ohjaus) given to a client during a period, and what the product promises of it: seed 003 promises at
// least 6 hours of individual guidance in every 3-month period, social guidance by a social welfare
// professional included in products 2–4.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/dates.hpp"

namespace polku::guidance {

// Individual guidance, social guidance (individual guidance by a social welfare professional), group guidance.
inline constexpr std::array<std::string_view, 3> kKinds = {"individual", "social", "group"};

struct SessionInput {
  std::string day;  // YYYY-MM-DD
  int minutes = 0;
  std::string kind;
  std::string note;
};

struct Session {
  long long id = 0;
  long long period_id = 0;
  SessionInput data;
  long long given_by = 0;
  std::string given_by_name;
  bool given_by_professional = false;
  std::string created_at;
};

// The product's promise for every 3-month window; none when the case has no accepted order.
struct Promise {
  int min_hours = 0;             // of individual guidance, social guidance counted in
  bool social_included = false;  // some of it social guidance by a social welfare professional
};

// A 3-month window from the period's start (the last one cut at the period's end), grown by the days of the
// period's breaks within it, and how it stands.
struct Window {
  int index = 0;  // 0 for the first
  std::string from, to;
  int paused_days = 0;         // of breaks, by which the window is longer
  std::string warn_from;       // from here on an unmet window is falling behind
  int required_minutes = 0;    // the promise, in proportion for a window cut short
  int individual_minutes = 0;  // individual and social guidance
  int social_minutes = 0;
  int group_minutes = 0;
  bool social_required = false;
  bool met = false;
  int missing_minutes = 0;  // of the required, when not met
  std::string state;        // coming, open, falling_behind, met, missed
};

// A period someone follows (its coach, or the client's own worker), with what it promises.
struct FollowedPeriod {
  long long period_id = 0;
  long long case_id = 0;
  long long client_id = 0;
  std::string client_name;
  std::string start_date, end_date;
  std::vector<DayRange> breaks;
  std::optional<Promise> promise;
};

}  // namespace polku::guidance
