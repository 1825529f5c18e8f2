#include "meetings/meeting_service.hpp"

#include "meetings/meeting_access.hpp"
#include "meetings/meeting_calendar.hpp"
#include "meetings/meeting_rules.hpp"
#include "notifications/notification_rules.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::meetings {
namespace json = boost::json;

namespace {

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

// The host of the public address ("https://polku.example.fi:8443/x" -> "polku.example.fi").
std::string host_of(const std::string& url) {
  std::string rest = url;
  if (const auto scheme = rest.find("://"); scheme != std::string::npos) rest = rest.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of(":/"));
  return rest.empty() ? "polku.invalid" : rest;
}

std::string language_of(const Participant& p, const std::vector<Candidate>& candidates) {
  for (const auto& c : candidates) {
    if (c.role == p.role && c.user_id == p.user_id && !c.language.empty()) return c.language;
  }
  // A close person or another reads the client's language.
  for (const auto& c : candidates) {
    if (c.role == "client" && !c.language.empty()) return c.language;
  }
  return "fi";
}

}  // namespace

Result<CaseMeetings> MeetingService::of_case(const work::Caller& caller, long long case_id) {
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = cases_.load_for_reading(caller, case_id, &access);
  if (!c) return c.error();
  if (!may_read_meetings(access)) return Error::not_found();
  CaseMeetings out;
  out.meetings = store_.of_case(case_id);
  out.next_due = next_meeting_due(out.meetings);
  out.may_keep = may_keep_meetings(access) && c->stage != "closed";
  if (out.may_keep) out.candidates = store_.candidates(case_id);
  caller.accessed(c->client_id, "list", "meetings");
  return out;
}

Result<Meeting> MeetingService::reread(long long id) {
  if (auto m = store_.find(id)) return *m;
  return Error::not_found();
}

void MeetingService::tell(work::UnitOfWork& unit, const work::Caller& caller, const Meeting& m,
                          const std::vector<Participant>& whom, const std::string& kind,
                          const std::vector<Candidate>& candidates) {
  Invitation inv;
  inv.method = kind == "meeting_cancelled" ? "CANCEL" : "REQUEST";
  inv.uid = "polku-meeting-" + std::to_string(m.id) + "@" + host_of(settings_.public_url);
  inv.sequence = m.sequence;
  inv.starts_at = m.data.starts_at;
  inv.minutes = m.data.minutes;
  inv.location = m.data.location;
  inv.description = m.data.agenda;
  inv.organizer_name = m.organizer_name;
  inv.organizer_email = m.organizer_email.empty() ? settings_.sender : m.organizer_email;
  if (inv.organizer_email.empty()) inv.organizer_email = "polku@" + host_of(settings_.public_url);
  inv.attendees = inv.method == "CANCEL" ? whom : m.data.participants;
  inv.stamp_utc = utc_of_helsinki(now_helsinki());
  const json::object params = {{"clientName", m.client_name},
                               {"date", m.data.starts_at.substr(0, 10)},
                               {"time", m.data.starts_at.substr(11, 5)},
                               {"location", m.data.location}};
  const std::string link = "/cases/" + std::to_string(m.case_id) + "#meetings";
  for (const auto& p : whom) {
    const std::string language = language_of(p, candidates);
    inv.summary = i18n::message("meeting.summary", language) + ": " + notifications::name_outside_polku(m.client_name);
    const std::string calendar = render_invitation(inv);
    if (p.user_id && *p.user_id != caller.user.user_id) {
      notifications_.notify(unit, {*p.user_id, kind, m.client_id, link, params, true, calendar});
    } else if (p.user_id) {
      // The organiser needs no notice of their own meeting, only the event in their calendar.
      notifications_.email(unit, {store_.email_of(*p.user_id), language, kind, params, calendar});
    } else {
      notifications_.email(unit, {p.email, language, kind + "_guest", params, calendar});
    }
  }
}

Result<Meeting> MeetingService::schedule(const work::Caller& caller, long long case_id, MeetingInput input) {
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = cases_.load_for_reading(caller, case_id, &access);
  if (!c) return c.error();
  if (!may_keep_meetings(access)) return Error::forbidden();
  if (c->stage == "closed") return Error::make(ErrorCode::kConflict, "case_closed");
  const auto candidates = store_.candidates(case_id);
  const std::string now = now_helsinki();
  if (auto errors = validate_meeting(input, candidates, now); !errors.empty()) return Error::invalid(std::move(errors));
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    const long long made = store_.insert(unit, case_id, c->client_id, input, caller.user.user_id);
    unit.audit(c->client_id, "create", "meeting " + std::to_string(made));
    auto m = store_.find(unit, made);
    if (m && invites(m->data.starts_at, now))
      tell(unit, caller, *m, m->data.participants, "meeting_invitation", candidates);
    return made;
  });
  if (!id) return id.error();
  return reread(*id);
}

Result<Meeting> MeetingService::keepable(const work::Caller& caller, long long id, std::optional<int> version) {
  auto m = store_.find(id);
  if (!m) return Error::not_found();
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = cases_.load_for_reading(caller, m->case_id, &access);
  if (!c) return c.error();
  if (!may_keep_meetings(access)) return Error::forbidden();
  if (auto closed = may_change(*m)) return *closed;
  if (!version) return Error::invalid({{"version", "required"}});
  if (m->version != *version) return stale();
  return *m;
}

Result<Meeting> MeetingService::change(const work::Caller& caller, long long id, std::optional<int> version,
                                       MeetingInput input) {
  auto m = keepable(caller, id, version);
  if (!m) return m.error();
  const auto candidates = store_.candidates(m->case_id);
  const std::string now = now_helsinki();
  if (auto errors = validate_meeting(input, candidates, now); !errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<bool> {
    if (!store_.update(unit, *m, input, caller.user.user_id)) return stale();
    unit.audit(m->client_id, "update", "meeting " + std::to_string(id));
    auto now_stored = store_.find(unit, id);
    const auto change = invitations_of_change(m->data.participants, now_stored->data.participants);
    // Those already invited to a meeting still to come hear of the change; a new participant of an invitation.
    if (invites(m->data.starts_at, now) || invites(now_stored->data.starts_at, now)) {
      if (!change.uninvited.empty()) tell(unit, caller, *now_stored, change.uninvited, "meeting_cancelled", candidates);
    }
    if (invites(now_stored->data.starts_at, now)) {
      tell(unit, caller, *now_stored, change.invited, "meeting_changed", candidates);
    }
    return true;
  });
  if (!done) return done.error();
  return reread(id);
}

Result<Meeting> MeetingService::record(const work::Caller& caller, long long id, std::optional<int> version,
                                       const RecordInput& input) {
  auto m = keepable(caller, id, version);
  if (!m) return m.error();
  if (auto early = may_record(*m, today_helsinki())) return *early;
  if (auto errors = validate_record(*m, input); !errors.empty()) return Error::invalid(std::move(errors));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<bool> {
    if (!store_.record(unit, *m, input, caller.user.user_id)) return stale();
    unit.audit(m->client_id, "update", "meeting " + std::to_string(id) + " held");
    return true;
  });
  if (!done) return done.error();
  return reread(id);
}

Result<Meeting> MeetingService::cancel(const work::Caller& caller, long long id, std::optional<int> version,
                                       const std::string& reason) {
  auto m = keepable(caller, id, version);
  if (!m) return m.error();
  if (auto errors = validate_cancellation(reason); !errors.empty()) return Error::invalid(std::move(errors));
  const auto candidates = store_.candidates(m->case_id);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<bool> {
    if (!store_.cancel(unit, *m, reason, caller.user.user_id)) return stale();
    unit.audit(m->client_id, "update", "meeting " + std::to_string(id) + " cancelled");
    auto cancelled = store_.find(unit, id);
    if (invites(cancelled->data.starts_at, now_helsinki())) {
      tell(unit, caller, *cancelled, cancelled->data.participants, "meeting_cancelled", candidates);
    }
    return true;
  });
  if (!done) return done.error();
  return reread(id);
}

std::vector<tasks::Task> MeetingService::due_tasks(const auth::AuthContext& user, const std::string& today) {
  const auto followed = store_.followed(user.user_id);
  std::vector<tasks::Task> out;
  for (std::size_t from = 0; from < followed.size();) {
    std::size_t to = from;
    while (to < followed.size() && followed[to].case_id == followed[from].case_id) ++to;
    const std::vector<Meeting> of_case(followed.begin() + static_cast<long>(from),
                                       followed.begin() + static_cast<long>(to));
    if (auto due = next_meeting_due(of_case); due && add_days(*due, -kDueWarnDays) <= today) {
      auto t = tasks::task_about("meeting_due", of_case.front().client_id, of_case.front().client_name,
                                 add_days(*due, -kDueWarnDays), *due);
      t.case_id = of_case.front().case_id;
      out.push_back(std::move(t));
    }
    from = to;
  }
  return out;
}

}  // namespace polku::meetings
