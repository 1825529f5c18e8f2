// A meeting of a case (välipalaveri): when and where, who takes part, and once held its notes and the next
// meeting's date. Times are Helsinki wall-clock time, "YYYY-MM-DDTHH:MM".
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::meetings {

// Who takes part. A user (the own worker, a coach, the place's supervisor) is named by their id; the client by
// the case; a close person or another by the name and address given.
struct Participant {
  long long id = 0;
  std::string role;  // client, own_worker, coach, supervisor, close_person, other
  std::optional<long long> user_id;
  std::string name;
  std::string email;
  std::optional<bool> attended;  // once recorded
};

struct MeetingInput {
  std::string starts_at;
  int minutes = 60;
  std::string location;
  std::string agenda;
  std::vector<Participant> participants;
};

struct RecordInput {
  std::string notes;
  std::string next_meeting_on;      // YYYY-MM-DD or ''
  std::vector<long long> attended;  // participant ids present; the others were absent
};

struct Meeting {
  long long id = 0;
  long long case_id = 0;
  long long client_id = 0;
  std::string client_name;
  MeetingInput data;
  std::string state;  // scheduled, held, cancelled
  int sequence = 0;
  std::string notes;
  std::string next_meeting_on;
  std::string cancel_reason;
  int version = 1;
  long long organizer_id = 0;
  std::string organizer_name;
  std::string organizer_email;
  std::string created_at;
  std::string updated_at;
};

// Those who may be invited to a case's meeting: the client, the own worker, the coaches, the supervisors of the
// places booked for the case.
struct Candidate {
  std::string role;
  std::optional<long long> user_id;
  std::string name;
  std::string email;
  std::string language;  // what their invitation is written in
};

}  // namespace polku::meetings
