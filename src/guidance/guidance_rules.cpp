#include "guidance/guidance_rules.hpp"

#include <algorithm>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::guidance {

std::vector<FieldError> validate_session(std::string_view period_start, std::string_view period_end,
                                         const SessionInput& s, bool giver_is_professional, std::string_view today) {
  std::vector<FieldError> e;
  checks::require_date(e, "day", s.day);
  if (is_iso_date(s.day)) {
    if (s.day < period_start || s.day > period_end) {
      e.push_back({"day", "outside_period"});
    } else if (s.day > today) {
      e.push_back({"day", "in_future"});
    }
  }
  if (s.minutes == 0) {
    e.push_back({"minutes", "required"});
  } else if (s.minutes < 0 || s.minutes > kMaxSessionMinutes) {
    e.push_back({"minutes", "out_of_range"});
  }
  if (s.kind.empty()) {
    e.push_back({"kind", "required"});
  } else if (!checks::one_of(kKinds, s.kind)) {
    e.push_back({"kind", "invalid_choice"});
  } else if (s.kind == "social" && !giver_is_professional) {
    e.push_back({"kind", "social_guidance_needs_professional"});
  }
  if (s.note.size() > kMaxNote) e.push_back({"note", "too_long"});
  return e;
}

namespace {

// Rounded up: a window cut short still promises its share of every minute.
int share_of(int minutes, int days, int full_days) {
  if (full_days <= 0) return minutes;
  return static_cast<int>((static_cast<long long>(minutes) * days + full_days - 1) / full_days);
}

std::string judged(const Window& w, std::string_view today) {
  if (today < w.from) return "coming";
  if (w.met) return "met";
  if (today > w.to) return "missed";
  return today >= w.warn_from ? "falling_behind" : "open";
}

}  // namespace

std::vector<Window> windows(std::string_view start, std::string_view end, const std::vector<DayRange>& breaks,
                            const Promise& promise, const std::vector<SessionInput>& sessions, std::string_view today) {
  std::vector<Window> out;
  if (!is_iso_date(start) || !is_iso_date(end) || end < start) return out;
  int shift = 0;  // the break days of the windows before
  for (int k = 0;; ++k) {
    // Each window from the start itself (not from the window before), so that 31.1. gives 30.4. and then 31.7.
    const std::string from = add_days(add_months(start, kWindowMonths * k), shift);
    if (from > end) break;
    const std::string nominal_next = add_days(add_months(start, kWindowMonths * (k + 1)), shift);
    // The window's end moves by its break days, and by those of a break the moved end reaches.
    int paused = 0;
    for (int n; (n = days_within(breaks, from, add_days(nominal_next, paused - 1))) != paused;) paused = n;
    const std::string next = add_days(nominal_next, paused);
    Window w;
    w.index = k;
    w.from = from;
    w.to = std::min(std::string(end), add_days(next, -1));
    w.paused_days = days_within(breaks, w.from, w.to);
    w.warn_from = std::max(w.from, add_days(w.to, 1 - kWarnDays));
    w.required_minutes = share_of(promise.min_hours * 60, days_between(w.from, w.to) + 1 - w.paused_days,
                                  days_between(from, nominal_next));
    shift += paused;
    w.social_required = promise.social_included;
    for (const auto& s : sessions) {
      if (s.day < w.from || s.day > w.to) continue;
      if (s.kind == "group") {
        w.group_minutes += s.minutes;
        continue;
      }
      w.individual_minutes += s.minutes;
      if (s.kind == "social") w.social_minutes += s.minutes;
    }
    w.missing_minutes = std::max(0, w.required_minutes - w.individual_minutes);
    w.met = w.missing_minutes == 0 && (!w.social_required || w.social_minutes > 0);
    w.state = judged(w, today);
    out.push_back(std::move(w));
  }
  return out;
}

const Window* current(const std::vector<Window>& windows, std::string_view today) {
  for (const auto& w : windows) {
    if (w.from <= today && today <= w.to) return &w;
  }
  return nullptr;
}

}  // namespace polku::guidance
