// A group at a place (ryhmä): its weekly sessions, its instructor and its participants, each of whom takes part
// with their own case and period; the group's session is marked on one screen, each participant's record being
// the same attendance as their own day's.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::periods {

struct GroupSession {
  int weekday = 0;         // 1 = Monday ... 7 = Sunday
  std::string start_time;  // HH:MM
  int hours = 0;
};

struct GroupInput {
  std::string name;
  std::optional<long long> instructor_user_id;
  std::vector<GroupSession> sessions;
};

struct GroupMember {
  long long period_id = 0;
  long long client_id = 0;
  std::string client_name;
};

struct Group {
  long long id = 0;
  long long place_id = 0;
  std::string place_name;
  long long host_organisation_id = 0;
  std::optional<long long> supervisor_user_id;  // the place's
  GroupInput data;
  std::string instructor_name;
  std::vector<GroupMember> members;
  long long version = 1;
};

}  // namespace polku::periods
