// The meetings service: a case's meetings for those who read the case (meeting_access), each change in one unit
// of work with its audit entry and the invitations it sends (a notice and an e-mail with the iCalendar invitation
// for each participant with an account, an e-mail for the client and a close person), and the next meetings due
// on the task list.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cases/port.hpp"
#include "meetings/meeting_store.hpp"
#include "notifications/port.hpp"
#include "platform/work/caller.hpp"
#include "tasks/port.hpp"

namespace polku::meetings {

struct Settings {
  std::string sender;      // the organiser's address when the organiser has none (the SMTP sender)
  std::string public_url;  // its host names the invitations' UIDs
};

struct CaseMeetings {
  std::vector<Meeting> meetings;  // newest first
  std::vector<Candidate> candidates;
  std::optional<std::string> next_due;
  bool may_keep = false;
};

class MeetingService {
 public:
  MeetingService(MeetingStore& store, work::Transactor& transactor, cases::Port& cases,
                 notifications::Port& notifications, Settings settings)
      : store_(store),
        transactor_(transactor),
        cases_(cases),
        notifications_(notifications),
        settings_(std::move(settings)) {}

  Result<CaseMeetings> of_case(const work::Caller& caller, long long case_id);
  Result<Meeting> schedule(const work::Caller& caller, long long case_id, MeetingInput input);
  Result<Meeting> change(const work::Caller& caller, long long id, std::optional<int> version, MeetingInput input);
  Result<Meeting> record(const work::Caller& caller, long long id, std::optional<int> version,
                         const RecordInput& input);
  Result<Meeting> cancel(const work::Caller& caller, long long id, std::optional<int> version,
                         const std::string& reason);
  // meeting_due: a case's next meeting, from kDueWarnDays before its date, for its own worker and coaches.
  std::vector<tasks::Task> due_tasks(const auth::AuthContext& user, const std::string& today);

 private:
  // The meeting and the case it is of, when the caller may keep its meetings (a refusal is logged by the case).
  // Access first, then the version: a stranger learns nothing of the record from the answer.
  Result<Meeting> keepable(const work::Caller& caller, long long id, std::optional<int> version);
  // Tells each participant of `m` (as `kind`: meeting_invitation, meeting_changed, meeting_cancelled).
  void tell(work::UnitOfWork& unit, const work::Caller& caller, const Meeting& m, const std::vector<Participant>& whom,
            const std::string& kind, const std::vector<Candidate>& candidates);
  Result<Meeting> reread(long long id);

  MeetingStore& store_;
  work::Transactor& transactor_;
  cases::Port& cases_;
  notifications::Port& notifications_;
  Settings settings_;
};

}  // namespace polku::meetings
