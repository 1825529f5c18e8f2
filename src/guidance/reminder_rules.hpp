// The pure rules of the reminders: which window a period's followers are told of, and what the notice says.
#pragma once
#include <string_view>
#include <vector>

#include "guidance/guidance.hpp"
#include "notifications/port.hpp"

namespace polku::guidance {

// The window to remind of on `today`: the current one, when it is falling behind (in its last kWarnDays and
// short of its promise); none before that, once it is met, and after it ended.
const Window* window_to_remind(const std::vector<Window>& windows, std::string_view today);

// The notice to `user_id`: the client, the window's end, the minutes missing ("0" when only social guidance
// is), whether social guidance is missing, and the link to the period's guidance on the case page.
notifications::Notice reminder_notice(const FollowedPeriod& period, const Window& window, long long user_id);

}  // namespace polku::guidance
