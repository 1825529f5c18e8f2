// The pure rules of the absence notices: the two-week windows of a period, the Kela category of each absence
// (own illness, a certificate from its 4th day; a child's illness, at most 4 days; employment; a public office of
// trust; any other reason or none given), the days not arranged, and where a notice stands.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compensation/absence_notice.hpp"
#include "periods/period.hpp"

namespace polku::compensation {

inline constexpr int kNoticeWindowDays = 14;
inline constexpr int kNoticeGraceDays = 7;  // sent within a week of the window's end

// The windows from the Monday of the period's start's week, every two weeks, cut to the period.
std::vector<std::pair<std::string, std::string>> notice_windows(std::string_view start, std::string_view end);

// A day's record as marked: status and the reason of an absence with notice.
struct MarkedDay {
  std::string day;
  std::string status;
  std::string absence_reason;
};

// The absences of `days` (all of a period's marks up to the window's end, any order) in [from, to], each
// categorised; a run of illness is counted across the window's start and across days not marked.
std::vector<NoticeAbsence> notice_absences(std::vector<MarkedDay> days, std::string_view from, std::string_view to);

// The scheduled days in [from, to] on a public holiday, a day the place was closed or a day of an agreed break,
// and the days marked place_closed; a day moved away by agreement is neither an absence nor a day not arranged.
std::vector<NotArrangedDay> not_arranged_days(const periods::PeriodInput& p, const std::vector<periods::DayMove>& moves,
                                              const std::vector<DayRange>& breaks,
                                              const std::set<std::string>& closed_days,
                                              const std::vector<MarkedDay>& days, std::string_view from,
                                              std::string_view to);

// running (the window has not ended), nothing_to_report, to_send, late (past `due`), sent, or
// changed_after_sending (the attendance changed after it was sent: send a correction).
std::string notice_state(std::string_view window_to, std::string_view today, bool has_content, bool sent,
                         bool same_as_sent);
std::string notice_due(std::string_view window_to);

}  // namespace polku::compensation
