// A meeting's invitation as iCalendar (RFC 5545, iTIP RFC 5546), rendered with libical: METHOD:REQUEST for a new or
// changed meeting (its SEQUENCE counts the changes), METHOD:CANCEL when it is cancelled or a participant is no
// longer invited. Times are given in UTC, so that the object needs no VTIMEZONE.
#pragma once
#include <string>
#include <vector>

#include "meetings/meeting.hpp"

namespace polku::meetings {

struct Invitation {
  std::string method;  // REQUEST or CANCEL
  std::string uid;     // the same for every revision of the meeting
  int sequence = 0;
  std::string starts_at;  // Helsinki wall-clock time, YYYY-MM-DDTHH:MM
  int minutes = 0;
  std::string summary;
  std::string location;
  std::string description;
  std::string organizer_name;
  std::string organizer_email;
  std::vector<Participant> attendees;  // those with an address are listed
  std::string stamp_utc;               // YYYYMMDDTHHMMSSZ
};

// Helsinki wall-clock time as an iCalendar UTC time ("2027-03-05T13:00" -> "20270305T110000Z").
std::string utc_of_helsinki(const std::string& local_time, int plus_minutes = 0);
std::string render_invitation(const Invitation& invitation);

}  // namespace polku::meetings
