// The rules of a case's meetings (pure): what a meeting and its record must say, when it may be recorded or
// changed, who is invited, and when the next one is due on the task list.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "meetings/meeting.hpp"
#include "platform/core/error.hpp"

namespace polku::meetings {

inline constexpr std::size_t kMaxLocation = 200;
inline constexpr std::size_t kMaxAgenda = 2000;
inline constexpr std::size_t kMaxNotes = 8000;
inline constexpr std::size_t kMaxReason = 500;
inline constexpr int kMinMinutes = 15;
inline constexpr int kMaxMinutes = 480;
// A next meeting is on the task list this many days before its date.
inline constexpr int kDueWarnDays = 14;

// "YYYY-MM-DDTHH:MM" with a real date and time of day.
bool is_local_time(const std::string& text);

// The meeting's fields and participants against those who may be invited (`candidates`); `now` is Helsinki
// wall-clock time. A meeting may be set up to a year back (one held without invitations, recorded afterwards)
// and two years ahead. Participants are resolved: a user's or the client's name and address come from the
// candidate, so what the browser sent of them does not count.
std::vector<FieldError> validate_meeting(MeetingInput& input, const std::vector<Candidate>& candidates,
                                         const std::string& now);

// Whether invitations go out: only for a meeting still to come.
bool invites(const std::string& starts_at, const std::string& now);

// A scheduled meeting may be changed or cancelled; held and cancelled ones are closed.
std::optional<Error> may_change(const Meeting& m);
// A scheduled meeting is recorded from its day on.
std::optional<Error> may_record(const Meeting& m, const std::string& today);
std::vector<FieldError> validate_record(const Meeting& m, const RecordInput& input);
std::vector<FieldError> validate_cancellation(const std::string& reason);

// What the participants of a change are told: a new meeting or a changed one (`invited`), and who is no longer
// invited (`uninvited`). Each by their row in the old and new lists, matched by user, or else by address.
struct Invitations {
  std::vector<Participant> invited;
  std::vector<Participant> uninvited;
};
Invitations invitations_of_change(const std::vector<Participant>& before, const std::vector<Participant>& after);

// The next meeting due of a case: the newest held meeting's next date, unless a meeting is already scheduled
// after that one. Nothing when no held meeting names a next date.
std::optional<std::string> next_meeting_due(const std::vector<Meeting>& meetings_of_case);

}  // namespace polku::meetings
