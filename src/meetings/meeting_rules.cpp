#include "meetings/meeting_rules.hpp"

#include <array>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::meetings {
namespace {

constexpr std::array<std::string_view, 6> kRoles = {"client",     "own_worker",   "coach",
                                                    "supervisor", "close_person", "other"};

bool is_user_role(const std::string& role) { return role == "own_worker" || role == "coach" || role == "supervisor"; }

bool digits(const std::string& s, std::size_t from, std::size_t n) {
  for (std::size_t i = from; i < from + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

std::string field(std::size_t i, const char* name) { return "participants[" + std::to_string(i) + "]." + name; }

bool same_person(const Participant& a, const Participant& b) {
  if (a.user_id || b.user_id) return a.user_id == b.user_id;
  if (a.role == "client" || b.role == "client") return a.role == b.role;
  return !a.email.empty() && a.email == b.email;
}

}  // namespace

bool is_local_time(const std::string& t) {
  if (t.size() != 16 || t[10] != 'T' || t[13] != ':' || !digits(t, 11, 2) || !digits(t, 14, 2)) return false;
  if (!is_iso_date(t.substr(0, 10))) return false;
  return std::stoi(t.substr(11, 2)) < 24 && std::stoi(t.substr(14, 2)) < 60;
}

std::vector<FieldError> validate_meeting(MeetingInput& in, const std::vector<Candidate>& candidates,
                                         const std::string& now) {
  std::vector<FieldError> e;
  if (in.starts_at.empty()) {
    e.push_back({"startsAt", "required"});
  } else if (!is_local_time(in.starts_at)) {
    e.push_back({"startsAt", "invalid_date"});
  } else if (is_local_time(now)) {
    const std::string day = in.starts_at.substr(0, 10), today = now.substr(0, 10);
    if (day < add_days(today, -365) || day > add_days(today, 2 * 365)) e.push_back({"startsAt", "out_of_range"});
  }
  if (in.minutes < kMinMinutes || in.minutes > kMaxMinutes) e.push_back({"minutes", "out_of_range"});
  checks::require_text(e, "location", in.location, kMaxLocation);
  if (in.agenda.size() > kMaxAgenda) e.push_back({"agenda", "too_long"});
  if (in.participants.empty()) e.push_back({"participants", "required"});
  for (std::size_t i = 0; i < in.participants.size(); ++i) {
    auto& p = in.participants[i];
    if (!checks::one_of(kRoles, p.role)) {
      e.push_back({field(i, "role"), "invalid_choice"});
      continue;
    }
    if (is_user_role(p.role) || p.role == "client") {
      const Candidate* match = nullptr;
      for (const auto& c : candidates) {
        if (c.role == p.role && (p.role == "client" || c.user_id == p.user_id)) match = &c;
      }
      if (match == nullptr) {
        e.push_back({field(i, p.role == "client" ? "role" : "userId"), "not_a_party"});
        continue;
      }
      p.user_id = match->user_id;
      p.name = match->name;
      p.email = match->email;
    } else {
      p.user_id.reset();
      checks::require_text(e, field(i, "name").c_str(), p.name, 200);
      if (!p.email.empty() && !checks::is_email_address(p.email)) e.push_back({field(i, "email"), "invalid_format"});
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (same_person(in.participants[j], p)) {
        e.push_back({field(i, "role"), "duplicate"});
        break;
      }
    }
  }
  return e;
}

bool invites(const std::string& starts_at, const std::string& now) { return starts_at > now; }

std::optional<Error> may_change(const Meeting& m) {
  if (m.state != "scheduled") return Error::make(ErrorCode::kConflict, "meeting_closed");
  return std::nullopt;
}

std::optional<Error> may_record(const Meeting& m, const std::string& today) {
  if (auto closed = may_change(m)) return closed;
  if (m.data.starts_at.substr(0, 10) > today) return Error::make(ErrorCode::kConflict, "meeting_not_yet");
  return std::nullopt;
}

std::vector<FieldError> validate_record(const Meeting& m, const RecordInput& in) {
  std::vector<FieldError> e;
  checks::require_text(e, "notes", in.notes, kMaxNotes);
  if (!in.next_meeting_on.empty()) {
    if (!is_iso_date(in.next_meeting_on)) {
      e.push_back({"nextMeetingOn", "invalid_date"});
    } else if (in.next_meeting_on <= m.data.starts_at.substr(0, 10)) {
      e.push_back({"nextMeetingOn", "not_after_meeting"});
    }
  }
  for (long long id : in.attended) {
    bool known = false;
    for (const auto& p : m.data.participants) known = known || p.id == id;
    if (!known) {
      e.push_back({"attended", "invalid_choice"});
      break;
    }
  }
  return e;
}

std::vector<FieldError> validate_cancellation(const std::string& reason) {
  std::vector<FieldError> e;
  checks::require_text(e, "reason", reason, kMaxReason);
  return e;
}

Invitations invitations_of_change(const std::vector<Participant>& before, const std::vector<Participant>& after) {
  Invitations out;
  out.invited = after;
  for (const auto& b : before) {
    bool stays = false;
    for (const auto& a : after) stays = stays || same_person(a, b);
    if (!stays) out.uninvited.push_back(b);
  }
  return out;
}

std::optional<std::string> next_meeting_due(const std::vector<Meeting>& meetings) {
  const Meeting* held = nullptr;
  for (const auto& m : meetings) {
    if (m.state == "held" && (held == nullptr || m.data.starts_at > held->data.starts_at)) held = &m;
  }
  if (held == nullptr || held->next_meeting_on.empty()) return std::nullopt;
  for (const auto& m : meetings) {
    if (m.state == "scheduled" && m.data.starts_at > held->data.starts_at) return std::nullopt;
  }
  return held->next_meeting_on;
}

}  // namespace polku::meetings
