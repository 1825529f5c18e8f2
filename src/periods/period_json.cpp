#include "periods/period_json.hpp"

#include "platform/http/json_body.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::periods {
namespace json = boost::json;
using http::int_field;
using http::nullable;
using http::string_field;
using http::text_or_null;

namespace {

std::vector<DaySchedule> days_of(const json::object& o) {
  std::vector<DaySchedule> out;
  const auto* days = o.if_contains("days");
  if (days == nullptr || !days->is_array()) return out;
  for (const auto& d : days->as_array()) {
    if (!d.is_object()) {
      out.push_back({0, 0});
      continue;
    }
    out.push_back({http::count_field(d.as_object(), "weekday"), http::count_field(d.as_object(), "hours")});
  }
  return out;
}

json::array steps_json(const std::vector<ScheduleStep>& steps) {
  json::array out;
  for (const auto& s : steps) {
    json::array days;
    for (const auto& d : s.days) days.push_back({{"weekday", d.weekday}, {"hours", d.hours}});
    out.push_back({{"from", s.from}, {"days", std::move(days)}});
  }
  return out;
}

json::value limits_json(const std::optional<service_types::Limits>& l) {
  if (!l) return nullptr;
  return json::object{{"daysPerWeekMin", l->days_per_week_min},  {"daysPerWeekMax", l->days_per_week_max},
                      {"hoursPerDayMin", l->hours_per_day_min},  {"hoursPerDayMax", l->hours_per_day_max},
                      {"periodMonthsMin", l->period_months_min}, {"periodMonthsMax", l->period_months_max}};
}

}  // namespace

ScheduleStep schedule_step(const json::object& o) { return {string_field(o, "from"), days_of(o)}; }

PeriodDraft period_draft(const json::object& o) {
  PeriodDraft d;
  d.booking_id = int_field(o, "bookingId").value_or(0);
  d.period.start_date = string_field(o, "startDate");
  d.period.end_date = string_field(o, "endDate");
  d.period.coach_user_id = int_field(o, "coachUserId");
  if (const auto* steps = o.if_contains("steps"); steps != nullptr && steps->is_array()) {
    for (const auto& s : steps->as_array()) {
      d.period.steps.push_back(s.is_object() ? schedule_step(s.as_object()) : ScheduleStep{});
    }
  }
  return d;
}

DayMove day_move(const json::object& o) {
  return {string_field(o, "fromDay"), string_field(o, "toDay"), string_field(o, "reason")};
}

Mark mark_input(const json::object& o) {
  Mark m;
  m.status = string_field(o, "status");
  m.absence_reason = string_field(o, "absenceReason");
  m.minutes = http::count_field(o, "minutes");
  m.note = string_field(o, "note");
  m.why = string_field(o, "why");
  m.version = int_field(o, "version");
  m.mark_id = string_field(o, "markId").substr(0, 64);
  return m;
}

AlertHandling alert_handling(const json::object& o) {
  return {string_field(o, "note"), http::bool_field(o, "noAcceptableReason"),
          string_field(o, "employmentAuthorityToldOn"), int_field(o, "version")};
}

Observation observation_input(const json::object& o) {
  Observation out;
  out.day = string_field(o, "day");
  out.note = string_field(o, "note");
  out.feedback = string_field(o, "feedback");
  return out;
}

OrientationItem orientation_input(const json::object& o) {
  return {string_field(o, "item"), string_field(o, "doneOn"), ""};
}

GroupInput group_input(const json::object& o) {
  GroupInput g;
  g.name = string_field(o, "name");
  g.instructor_user_id = int_field(o, "instructorUserId");
  if (const auto* list = o.if_contains("sessions"); list != nullptr && list->is_array()) {
    for (const auto& s : list->as_array()) {
      if (!s.is_object()) {
        g.sessions.push_back({});
        continue;
      }
      const auto& x = s.as_object();
      g.sessions.push_back(
          {http::count_field(x, "weekday"), string_field(x, "startTime"), http::count_field(x, "hours")});
    }
  }
  return g;
}

json::object to_json(const Group& g) {
  json::array sessions, members;
  for (const auto& s : g.data.sessions) {
    sessions.push_back({{"weekday", s.weekday}, {"startTime", s.start_time}, {"hours", s.hours}});
  }
  for (const auto& m : g.members) members.push_back({{"periodId", m.period_id}, {"clientName", m.client_name}});
  return {{"id", g.id},
          {"placeId", g.place_id},
          {"placeName", g.place_name},
          {"name", g.data.name},
          {"instructorUserId", nullable(g.data.instructor_user_id)},
          {"instructorName", text_or_null(g.instructor_name)},
          {"sessions", std::move(sessions)},
          {"members", std::move(members)},
          {"version", g.version}};
}

json::object to_json(const Observation& o) {
  return {{"id", o.id},
          {"periodId", o.period_id},
          {"day", o.day},
          {"note", o.note},
          {"feedback", o.feedback},
          {"authorName", o.author_name},
          {"createdAt", o.created_at}};
}

json::object to_json(const OrientationItem& o) {
  return {{"item", o.item}, {"doneOn", text_or_null(o.done_on)}, {"doneBy", text_or_null(o.done_by_name)}};
}

json::object to_json(const Period& p, bool with_break_reasons) {
  json::array moves, breaks;
  for (const auto& m : p.moves) moves.push_back({{"fromDay", m.from_day}, {"toDay", m.to_day}, {"reason", m.reason}});
  // Why a client pauses may be of their health: for the case's workers, not for the place's staff.
  for (const auto& b : p.breaks) {
    breaks.push_back({{"id", b.id},
                      {"from", b.days.from},
                      {"to", b.days.to},
                      {"reason", with_break_reasons ? json::value(b.reason) : json::value(nullptr)},
                      {"recordedBy", text_or_null(b.recorded_by_name)},
                      {"recordedAt", b.recorded_at}});
  }
  return {{"id", p.id},
          {"caseId", p.case_id},
          {"clientId", p.client_id},
          {"clientName", p.client_name},
          {"bookingId", p.booking_id},
          {"clientAgreementId", p.client_agreement_id},
          {"previousId", nullable(p.previous_id)},
          {"placeId", p.data.place_id},
          {"placeName", p.place_name},
          {"startDate", p.data.start_date},
          {"endDate", p.data.end_date},
          {"coachUserId", nullable(p.data.coach_user_id)},
          {"coachName", text_or_null(p.coach_name)},
          {"steps", steps_json(p.data.steps)},
          {"moves", std::move(moves)},
          {"breaks", std::move(breaks)},
          {"version", p.version}};
}

json::object to_json(const PeriodPreview& p, std::string_view language) {
  json::array errors, days;
  for (const auto& e : p.errors) {
    errors.push_back({{"field", e.field}, {"code", e.code}, {"message", i18n::message(e.code, language)}});
  }
  for (const auto& d : p.scheduled_days) days.push_back(json::value(d));
  const auto& l = p.limits;
  json::value product = nullptr, decision = nullptr;
  if (l.product) {
    product = json::object{
        {"daysPerWeekMin", l.product->days_min},           {"daysPerWeekMax", l.product->days_max},
        {"hoursPerDayMin", l.product->hours_min},          {"hoursPerDayMax", l.product->hours_max},
        {"periodMonthsMin", l.product->period_months_min}, {"periodMonthsMax", l.product->period_months_max}};
  }
  if (l.decision) {
    decision = json::object{{"startDate", l.decision->start_date},
                            {"endDate", l.decision->end_date},
                            {"daysPerWeekMax", l.decision->days_per_week_max},
                            {"hoursPerDayMax", l.decision->hours_per_day_max}};
  }
  // The service type's limits in force today stand for the editor's hints; the check holds each date to its own.
  std::optional<service_types::Limits> latest;
  if (!l.service_type.empty()) latest = l.service_type.back();
  return {{"errors", std::move(errors)},
          {"scheduledDays", std::move(days)},
          {"clientAgreementId", nullable(p.client_agreement_id)},
          {"limits", json::object{{"serviceType", limits_json(latest)}, {"product", product}, {"decision", decision}}}};
}

json::object to_json(const Attendance& a, bool with_changes) {
  json::object out{{"id", a.id},
                   {"periodId", a.period_id},
                   {"day", a.day},
                   {"status", a.status},
                   {"absenceReason", text_or_null(a.absence_reason)},
                   {"minutes", a.minutes},
                   {"note", a.note},
                   {"recordedBy", a.recorded_by_name},
                   {"recordedAt", a.recorded_at},
                   {"version", a.version}};
  if (with_changes) {
    json::array changes;
    for (const auto& c : a.changes) {
      changes.push_back({{"changedBy", c.changed_by_name},
                         {"changedAt", c.changed_at},
                         {"statusBefore", text_or_null(c.status_before)},
                         {"absenceReasonBefore", text_or_null(c.reason_before)},
                         {"minutesBefore", c.minutes_before},
                         {"status", c.status_after},
                         {"absenceReason", text_or_null(c.reason_after)},
                         {"minutes", c.minutes_after},
                         {"why", c.why}});
    }
    out["changes"] = std::move(changes);
  }
  return out;
}

json::object to_json(const DayItem& d) {
  json::object out{{"periodId", d.period.id},
                   {"clientName", d.period.client_name},
                   {"placeId", d.period.data.place_id},
                   {"placeName", d.period.place_name},
                   {"date", d.day.date},
                   {"expectedMinutes", d.day.minutes},
                   {"movedFrom", text_or_null(d.day.moved_from)},
                   {"record", d.record ? json::value(to_json(*d.record, false)) : json::value(nullptr)}};
  // The case is for those who may read it; a place's staff work with the client's name and the day.
  out["caseId"] = d.access == AttendanceAccess::kCase ? json::value(d.period.case_id) : json::value(nullptr);
  return out;
}

json::object to_json(const PeriodDays& d) {
  json::array expected, records;
  for (const auto& e : d.expected) {
    expected.push_back({{"date", e.date}, {"minutes", e.minutes}, {"movedFrom", text_or_null(e.moved_from)}});
  }
  for (const auto& r : d.records) records.push_back(to_json(r, true));
  return {{"period", to_json(d.period, d.access == AttendanceAccess::kCase)},
          {"expected", std::move(expected)},
          {"records", std::move(records)},
          {"mayMark", d.may_mark},
          {"repeatedAbsences", d.repeated_absences},
          {"interruptionAdvised", d.interruption_advised}};
}

json::object to_json(const AbsenceAlert& a) {
  return {{"id", a.id},
          {"caseId", a.case_id},
          {"clientId", a.client_id},
          {"clientName", a.client_name},
          {"placeName", a.place_name},
          {"day", a.day},
          {"status", a.status},
          {"createdAt", a.created_at},
          {"handledBy", text_or_null(a.handled_by_name)},
          {"handledAt", text_or_null(a.handled_at)},
          {"handledNote", a.handled_note},
          {"serviceType", a.service_type},
          {"noAcceptableReason", a.no_acceptable_reason},
          {"employmentAuthorityToldOn", text_or_null(a.employment_authority_told_on)},
          {"version", a.version}};
}

}  // namespace polku::periods
