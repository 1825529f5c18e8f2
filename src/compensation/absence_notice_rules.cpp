#include "compensation/absence_notice_rules.hpp"

#include <algorithm>

#include "periods/attendance_rules.hpp"
#include "periods/holidays.hpp"
#include "platform/core/dates.hpp"

namespace polku::compensation {

namespace {

constexpr int kCertificateFromDay = 4;  // own notice up to 3 days
constexpr int kChildIllnessDays = 4;

}  // namespace

std::vector<std::pair<std::string, std::string>> notice_windows(std::string_view start, std::string_view end) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!is_iso_date(start) || !is_iso_date(end) || end < start) return out;
  for (std::string from = add_days(start, 1 - iso_weekday(start)); from <= end;
       from = add_days(from, kNoticeWindowDays)) {
    const std::string to = add_days(from, kNoticeWindowDays - 1);
    out.emplace_back(std::max(from, std::string(start)), std::min(to, std::string(end)));
  }
  return out;
}

std::vector<NoticeAbsence> notice_absences(std::vector<MarkedDay> days, std::string_view from, std::string_view to) {
  std::sort(days.begin(), days.end(), [](const MarkedDay& a, const MarkedDay& b) { return a.day < b.day; });
  std::vector<NoticeAbsence> out;
  int illness_run = 0, child_run = 0;
  for (const auto& d : days) {
    if (d.day > to) break;
    const bool with_notice = d.status == "absent_with_notice";
    const bool absent = with_notice || d.status == "absent_without_notice";
    const std::string reason = with_notice ? d.absence_reason : "";
    // A run of the same reason goes on over absences only; a day worked (or closed) ends it.
    illness_run = absent && reason == "illness" ? illness_run + 1 : 0;
    child_run = absent && reason == "child_illness" ? child_run + 1 : 0;
    if (!absent || d.day < from) continue;
    NoticeAbsence a;
    a.day = d.day;
    if (reason == "illness") {
      a.category = "own_illness";
      a.benefit_kept = true;
      a.certificate_needed = illness_run >= kCertificateFromDay;
    } else if (reason == "child_illness") {
      a.over_limit = child_run > kChildIllnessDays;
      a.category = a.over_limit ? "other" : "child_illness";
      a.benefit_kept = !a.over_limit;
    } else if (reason == "employment" || reason == "public_office") {
      a.category = reason;
      a.benefit_kept = true;
    } else {
      a.category = "other";  // another reason, or none given
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<NotArrangedDay> not_arranged_days(const periods::PeriodInput& p, const std::vector<periods::DayMove>& moves,
                                              const std::vector<DayRange>& breaks,
                                              const std::set<std::string>& closed_days,
                                              const std::vector<MarkedDay>& days, std::string_view from,
                                              std::string_view to) {
  std::set<std::string> moved_away;
  for (const auto& m : moves) moved_away.insert(m.from_day);
  std::vector<NotArrangedDay> out;
  for (std::string d(from); d <= to; d = add_days(d, 1)) {
    if (d < p.start_date || d > p.end_date || moved_away.count(d) || periods::scheduled_minutes(p, d) == 0) continue;
    if (periods::is_public_holiday(d)) {
      out.push_back({d, "public_holiday"});
    } else if (closed_days.count(d)) {
      out.push_back({d, "place_closed"});
    } else if (within(breaks, d)) {
      out.push_back({d, "break"});
    }
  }
  for (const auto& m : days) {
    if (m.status != "place_closed" || m.day < from || m.day > to) continue;
    const bool listed = std::any_of(out.begin(), out.end(), [&](const NotArrangedDay& n) { return n.day == m.day; });
    if (!listed) out.push_back({m.day, "place_closed"});
  }
  std::sort(out.begin(), out.end(), [](const NotArrangedDay& a, const NotArrangedDay& b) { return a.day < b.day; });
  return out;
}

std::string notice_due(std::string_view window_to) { return add_days(window_to, kNoticeGraceDays); }

std::string notice_state(std::string_view window_to, std::string_view today, bool has_content, bool sent,
                         bool same_as_sent) {
  if (sent) return same_as_sent ? "sent" : "changed_after_sending";
  if (window_to >= today) return "running";
  if (!has_content) return "nothing_to_report";
  return notice_due(window_to) < today ? "late" : "to_send";
}

}  // namespace polku::compensation
