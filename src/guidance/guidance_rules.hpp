// The pure rules of guidance: a session's fields, and the 3-month windows of a period with what each still lacks.
#pragma once
#include <string_view>
#include <vector>

#include "guidance/guidance.hpp"
#include "platform/core/error.hpp"

namespace polku::guidance {

inline constexpr int kWindowMonths = 3;
// An unmet window shows on the task lists and is notified this many days before it ends.
inline constexpr int kWarnDays = 21;
inline constexpr int kMaxSessionMinutes = 8 * 60;
inline constexpr std::size_t kMaxNote = 1000;

// A day of the period not to come, 1–480 minutes, a kind, a note of at most 1,000 characters; social guidance
// only by a social welfare professional.
std::vector<FieldError> validate_session(std::string_view period_start, std::string_view period_end,
                                         const SessionInput& s, bool giver_is_professional, std::string_view today);

// The period's windows, each counted from the sessions within it and judged on `today`. A break pauses the
// promise: the window it falls in ends later by its days, and so do the windows after it.
std::vector<Window> windows(std::string_view start, std::string_view end, const std::vector<DayRange>& breaks,
                            const Promise& promise, const std::vector<SessionInput>& sessions, std::string_view today);

// The window `today` falls in, if the period runs then.
const Window* current(const std::vector<Window>& windows, std::string_view today);

}  // namespace polku::guidance
