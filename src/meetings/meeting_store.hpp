// Storage of a case's meetings and their participants. Writes take the caller's unit of work and mark the
// client's data written; reads of who may be invited use the owners' views (clients, cases, bookings, places).
#pragma once
#include <optional>
#include <vector>

#include "meetings/meeting.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"

namespace polku::meetings {

class MeetingStore {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit MeetingStore(db::Database& db) : db_(db) {}

  std::vector<Meeting> of_case(long long case_id);  // newest first, with their participants
  std::optional<Meeting> find(long long id);
  std::optional<Meeting> find(work::UnitOfWork& unit, long long id);
  // The meetings of the open cases where the user is the client's own worker or a coach.
  std::vector<Meeting> followed(long long user_id);
  std::vector<Candidate> candidates(long long case_id);
  // The organiser's address for an invitation ('' when they have none).
  std::string email_of(long long user_id);

  long long insert(work::UnitOfWork& unit, long long case_id, long long client_id, const MeetingInput& in,
                   long long user_id);
  // Each only from the version read, while the meeting is scheduled; false when it no longer is.
  bool update(work::UnitOfWork& unit, const Meeting& m, const MeetingInput& in, long long user_id);
  bool record(work::UnitOfWork& unit, const Meeting& m, const RecordInput& in, long long user_id);
  bool cancel(work::UnitOfWork& unit, const Meeting& m, const std::string& reason, long long user_id);

 private:
  void insert_participants(work::UnitOfWork& unit, long long meeting_id, const std::vector<Participant>& list);
  db::Database& db_;
};

}  // namespace polku::meetings
