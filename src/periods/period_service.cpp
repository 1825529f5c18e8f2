#include "periods/period_service.hpp"

#include <algorithm>
#include <map>

#include "notifications/notification_rules.hpp"
#include "periods/calendar.hpp"
#include "platform/auth/password.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"

namespace polku::periods {
namespace {

Error stale() { return Error::make(ErrorCode::kConflict, "stale_version"); }

constexpr int kMaxListDays = 31;

bool may_have_periods(std::string_view stage) { return stage == "start" || stage == "implementation"; }

std::optional<service_types::DecisionTerms> decision_on(const cases::Case& c, const std::string& date) {
  for (const auto& d : c.decisions) {
    if (d.status == "signed" && d.data.start_date <= date && date <= d.data.end_date) {
      return service_types::DecisionTerms{d.data.start_date, d.data.end_date, d.data.days_per_week_max,
                                          d.data.hours_per_day_max};
    }
  }
  return std::nullopt;
}

// The acknowledged agreement in force on `date` (a continuation's, once the first has ended).
const bookings::ClientAgreement* agreement_on(const std::vector<bookings::ClientAgreement>& agreements,
                                              const std::string& date) {
  for (const auto& a : agreements) {
    if (a.data.start_date <= date && (a.data.end_date.empty() || date <= a.data.end_date)) return &a;
  }
  return nullptr;
}

bool same_mark(const Attendance& a, const Mark& m) {
  return a.status == m.status && a.absence_reason == m.absence_reason && a.minutes == m.minutes && a.note == m.note;
}

bool valid_range(const std::string& from, const std::string& to) {
  return is_iso_date(from) && is_iso_date(to) && from <= to && add_days(from, kMaxListDays - 1) >= to;
}

Error bad_range(const std::string& from, const std::string& to) {
  std::vector<FieldError> e;
  if (!is_iso_date(from)) e.push_back({"from", "invalid_date"});
  if (!is_iso_date(to)) e.push_back({"to", "invalid_date"});
  if (e.empty()) e.push_back({"to", "out_of_range"});
  return Error::invalid(std::move(e));
}

}  // namespace

struct PeriodService::Checked {
  std::vector<FieldError> errors;
  Period period;
  PeriodLimits limits;
  std::set<std::string> closed;
};

PeriodParties PeriodService::parties(const Period& p, const std::vector<cases::Participant>& participants) {
  PeriodParties out;
  out.coach_user_id = p.data.coach_user_id;
  out.host_id = p.host_organisation_id;
  out.supervisor_user_id = p.supervisor_user_id;
  for (const auto& part : participants) {
    if (part.coach_user_id != 0) out.case_coaches.push_back(part.coach_user_id);
  }
  return out;
}

Result<cases::Case> PeriodService::plannable_case(const work::Caller& caller, long long case_id) {
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = ports_.cases.load_for_reading(caller, case_id, &access);
  if (!c) return c.error();
  PeriodParties p;
  p.case_access = access;
  for (const auto& part : c->participants) p.case_coaches.push_back(part.coach_user_id);
  if (!may_plan_periods(caller.user, p)) return Error::forbidden();
  return c;
}

PeriodService::Checked PeriodService::check(work::UnitOfWork& unit, const cases::Case& c,
                                            const service_types::ServiceType& type, const PeriodDraft& draft,
                                            std::optional<long long> self_id) {
  Checked out;
  auto& e = out.errors;
  auto& p = out.period;
  p.case_id = c.id;
  p.client_id = c.client_id;
  p.booking_id = draft.booking_id;
  p.data = draft.period;
  const std::string start = p.data.start_date, end = p.data.end_date;
  const bool dates = is_iso_date(start) && is_iso_date(end) && start <= end;
  if (!may_have_periods(c.stage)) e.push_back({"caseId", "not_in_implementation"});
  if (type.plan_required && !c.plan) e.push_back({"caseId", "plan_missing"});
  out.limits.service_type = type.limits;

  const auto booking = ports_.bookings.find_booking(unit, draft.booking_id);
  if (!booking || booking->data.client_id != c.client_id || (booking->data.case_id && *booking->data.case_id != c.id)) {
    e.push_back({"bookingId", draft.booking_id > 0 ? "reference_missing" : "required"});
  } else {
    p.data.place_id = booking->data.place_id;
    if (is_iso_date(start) && start < booking->data.start_date) e.push_back({"startDate", "outside_booking"});
    if (is_iso_date(end) && !booking->data.end_date.empty() && end > booking->data.end_date) {
      e.push_back({"endDate", "outside_booking"});
    }
  }
  if (is_iso_date(start)) {
    out.limits.decision = decision_on(c, start);
    if (!out.limits.decision) e.push_back({"startDate", "decision_missing"});
    if (p.data.place_id > 0) {
      const auto agreements = ports_.bookings.acknowledged_agreements(unit, c.client_id, p.data.place_id);
      if (const auto* a = agreement_on(agreements, start)) {
        p.client_agreement_id = a->id;
        if (is_iso_date(end) && !a->data.end_date.empty() && end > a->data.end_date) {
          e.push_back({"endDate", "outside_agreement"});
        }
      } else {
        e.push_back({"startDate", "agreement_missing"});
      }
    }
  }
  for (const auto& part : c.participants) {
    const auto product_id = ports_.orders.accepted_product(unit, c.id, part.provider_organisation_id);
    if (!product_id) continue;
    if (const auto product = ports_.agreements.find_product(unit, *product_id)) {
      const auto& d = product->data;
      out.limits.product =
          ProductLimits{d.period_months_min, d.period_months_max, d.days_min, d.days_max, d.hours_min, d.hours_max};
      break;
    }
  }
  // The coach is one the case's providers named; with one, the period takes theirs.
  std::vector<long long> coaches;
  for (const auto& part : c.participants) {
    if (part.coach_user_id != 0) coaches.push_back(part.coach_user_id);
  }
  if (p.data.coach_user_id) {
    if (std::find(coaches.begin(), coaches.end(), *p.data.coach_user_id) == coaches.end()) {
      e.push_back({"coachUserId", "invalid_choice"});
    }
  } else if (coaches.size() == 1) {
    p.data.coach_user_id = coaches.front();
  }
  if (dates) {
    for (const auto& other : store_.of_case(unit, c.id)) {
      if (self_id && other.id == *self_id) continue;
      if (other.data.start_date <= end && start <= other.data.end_date) e.push_back({"startDate", "overlaps_period"});
      if (other.data.end_date == add_days(start, -1)) p.previous_id = other.id;
    }
    if (p.data.place_id > 0) out.closed = store_.closed_days(unit, p.data.place_id, start, end);
  }
  for (auto& error : validate_period(p.data, out.limits, out.closed)) e.push_back(std::move(error));
  return out;
}

Result<PeriodPreview> PeriodService::preview(const work::Caller& caller, long long case_id, const PeriodDraft& draft) {
  auto c = plannable_case(caller, case_id);
  if (!c) return c.error();
  const auto type = ports_.cases.type_of(*c);
  caller.accessed(c->client_id, "read", "period preview");
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<PeriodPreview> {
    auto checked = check(unit, *c, type, draft, std::nullopt);
    PeriodPreview out;
    out.errors = std::move(checked.errors);
    out.limits = std::move(checked.limits);
    out.client_agreement_id =
        checked.period.client_agreement_id ? std::optional(checked.period.client_agreement_id) : std::nullopt;
    const auto& in = checked.period.data;
    if (is_iso_date(in.start_date) && is_iso_date(in.end_date)) {
      out.scheduled_days = scheduled_days(in, checked.closed, in.start_date, in.end_date);
    }
    return out;
  });
}

Result<Period> PeriodService::create(const work::Caller& caller, long long case_id, const PeriodDraft& draft) {
  auto c = plannable_case(caller, case_id);
  if (!c) return c.error();
  const auto type = ports_.cases.type_of(*c);
  auto id = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<long long> {
    auto checked = check(unit, *c, type, draft, std::nullopt);
    if (!checked.errors.empty()) return Error::invalid(std::move(checked.errors));
    const long long new_id = store_.insert(unit, checked.period, caller.actor.user_id);
    if (auto error = ports_.cases.record_change(unit, c->id, "period_created", "period " + std::to_string(new_id))) {
      return *error;
    }
    return new_id;
  });
  if (!id) return id.error();
  return *store_.find(*id);
}

Result<std::vector<Period>> PeriodService::of_case(const work::Caller& caller, long long case_id) {
  cases::CaseAccess access = cases::CaseAccess::kNone;
  auto c = ports_.cases.load_for_reading(caller, case_id, &access);
  if (!c) return c.error();
  caller.accessed(c->client_id, "list", "period");
  return store_.of_case(case_id);
}

Result<std::vector<bookings::Booking>> PeriodService::bookings_for_periods(const work::Caller& caller,
                                                                           long long case_id) {
  auto c = plannable_case(caller, case_id);
  if (!c) return c.error();
  std::vector<bookings::Booking> out;
  for (auto& b : ports_.bookings.bookings_of_client(c->client_id)) {
    if (!b.data.case_id || *b.data.case_id == case_id) out.push_back(std::move(b));
  }
  caller.accessed(c->client_id, "list", "placement-booking");
  return out;
}

Result<std::pair<Period, PeriodParties>> PeriodService::readable(const work::Caller& caller, long long id) {
  auto p = store_.find(id);
  if (!p) return Error::not_found();
  const auto participants = store_.participants({p->case_id})[p->case_id];
  auto parties_ = parties(*p, participants);
  parties_.case_access = cases::case_access(caller.user, p->case_organisation_id, participants);
  if (attendance_access(caller.user, parties_) == AttendanceAccess::kNone) {
    caller.refused(p->client_id, "period " + std::to_string(id));
    return Error::not_found();
  }
  return std::make_pair(std::move(*p), std::move(parties_));
}

Result<Period> PeriodService::add_step(const work::Caller& caller, long long id, const ScheduleStep& step,
                                       std::optional<long long> version) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  auto& [period, who] = *found;
  if (!may_plan_periods(caller.user, who)) return Error::forbidden();
  if (!version) return Error::invalid({{"version", "required"}});
  auto c = ports_.cases.load_for_reading(caller, period.case_id, nullptr);
  if (!c) return c.error();
  const auto type = ports_.cases.type_of(*c);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto now = store_.find(unit, id);
    if (!now || now->version != *version) return stale();
    auto errors = validate_step_start(now->data, step.from, today_helsinki(), store_.last_marked_day(unit, id));
    if (errors.empty()) {
      auto checked = check(unit, *c, type, PeriodDraft{now->booking_id, with_step(now->data, step)}, id);
      errors = std::move(checked.errors);
    }
    if (!errors.empty()) return Error::invalid(std::move(errors));
    if (!store_.add_step(unit, *now, *version, step, caller.actor.user_id)) return stale();
    if (auto error = ports_.cases.record_change(unit, now->case_id, "period_schedule_changed", "from " + step.from)) {
      return *error;
    }
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<Period> PeriodService::move_day(const work::Caller& caller, long long id, const DayMove& move,
                                       std::optional<long long> version) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  auto& [period, who] = *found;
  if (!may_mark(caller.user, who)) return Error::forbidden();
  if (!version) return Error::invalid({{"version", "required"}});
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto now = store_.find(unit, id);
    if (!now || now->version != *version) return stale();
    const auto closed = store_.closed_days(unit, now->data.place_id, now->data.start_date, now->data.end_date);
    const bool marked = is_iso_date(move.from_day) && store_.find_attendance(unit, id, move.from_day).has_value();
    if (auto errors = validate_move(now->data, now->moves, break_days(now->breaks), closed, move, marked);
        !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    if (!store_.add_move(unit, *now, *version, move, caller.actor.user_id)) return stale();
    unit.audit(now->client_id, "update", "period " + std::to_string(id) + " day moved " + move.from_day);
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<Period> PeriodService::add_break(const work::Caller& caller, long long id, const PeriodBreak& b,
                                        std::optional<long long> version) {
  if (auto found = planned(caller, id); !found) return found.error();
  if (!version) return Error::invalid({{"version", "required"}});
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto now = store_.find(unit, id);
    if (!now || now->version != *version) return stale();
    std::vector<std::string> marked;
    if (is_iso_date(b.days.from) && is_iso_date(b.days.to))
      marked = store_.marked_days(unit, id, b.days.from, b.days.to);
    if (auto errors = validate_break(now->data, break_days(now->breaks), b.days, b.reason, marked); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    if (!store_.add_break(unit, *now, *version, b, caller.actor.user_id)) return stale();
    unit.audit(now->client_id, "update", "period " + std::to_string(id) + " break " + b.days.from + ".." + b.days.to);
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<Period> PeriodService::end_break(const work::Caller& caller, long long id, long long break_id,
                                        const std::string& last_day, std::optional<long long> version) {
  if (auto found = planned(caller, id); !found) return found.error();
  if (!version) return Error::invalid({{"version", "required"}});
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    auto now = store_.find(unit, id);
    if (!now || now->version != *version) return stale();
    auto b =
        std::find_if(now->breaks.begin(), now->breaks.end(), [&](const PeriodBreak& x) { return x.id == break_id; });
    if (b == now->breaks.end()) return Error::not_found();
    if (auto errors = validate_break_end(b->days, last_day, today_helsinki()); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    if (!store_.end_break(unit, *now, *version, *b, last_day)) return stale();
    unit.audit(now->client_id, "update",
               "period " + std::to_string(id) + " break " + b->days.from + " ends " + last_day);
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find(id);
}

Result<std::vector<DayItem>> PeriodService::day_list(const work::Caller& caller, const std::string& from,
                                                     const std::string& to) {
  if (!valid_range(from, to)) return bad_range(from, to);
  const std::string today = today_helsinki();
  if (from > today) return std::vector<DayItem>{};
  return days_for(caller, from, std::min(to, today));  // never the future
}

std::vector<DayItem> PeriodService::days_for(const work::Caller& caller, const std::string& from,
                                             const std::string& last) {
  std::vector<long long> hosts;
  for (const auto& g : caller.user.roles) {
    if (g.role == "placement_supervisor" || g.role == "manager") hosts.push_back(g.organisation_id);
  }
  auto periods = store_.for_day_lists(hosts, caller.user.user_id, from, last);
  std::vector<long long> case_ids, period_ids;
  for (const auto& p : periods) case_ids.push_back(p.case_id);
  const auto participants = store_.participants(case_ids);
  std::vector<long long> place_ids;
  for (const auto& p : periods) place_ids.push_back(p.data.place_id);
  const auto closed_at = store_.closed_days(place_ids, from, last);
  const std::set<std::string> open_every_day;
  std::vector<DayItem> out;
  const std::vector<cases::Participant> none;
  for (auto& p : periods) {
    auto it = participants.find(p.case_id);
    const auto& parts = it == participants.end() ? none : it->second;
    auto who = parties(p, parts);
    who.case_access = cases::case_access(caller.user, p.case_organisation_id, parts);
    // A list is of the places the user staffs and the clients they coach, not of every case they may read.
    const bool coaches = (p.data.coach_user_id && *p.data.coach_user_id == caller.user.user_id) ||
                         std::count(who.case_coaches.begin(), who.case_coaches.end(), caller.user.user_id) > 0;
    if (!coaches && !is_place_staff(caller.user, p.host_organisation_id, p.supervisor_user_id)) continue;
    const auto access = attendance_access(caller.user, who);
    const auto closed = closed_at.find(p.data.place_id);
    for (auto& day : expected_days(p, closed == closed_at.end() ? open_every_day : closed->second, from, last)) {
      out.push_back({p, std::move(day), std::nullopt, access});
    }
    period_ids.push_back(p.id);
    caller.accessed(p.client_id, "list", "attendance");
  }
  std::map<std::pair<long long, std::string>, std::size_t> at;
  for (std::size_t i = 0; i < out.size(); ++i) at[{out[i].period.id, out[i].day.date}] = i;
  for (auto& record : store_.attendance(period_ids, from, last, false)) {
    if (auto it = at.find({record.period_id, record.day}); it != at.end()) out[it->second].record = std::move(record);
  }
  return out;
}

Result<PeriodDays> PeriodService::days_of(const work::Caller& caller, long long id, const std::string& from,
                                          const std::string& to) {
  if (!is_iso_date(from) || !is_iso_date(to) || from > to) return bad_range(from, to);
  auto found = readable(caller, id);
  if (!found) return found.error();
  auto& [period, who] = *found;
  PeriodDays out;
  const std::string last = std::min(to, today_helsinki());
  out.access = attendance_access(caller.user, who);
  out.may_mark = may_mark(caller.user, who);
  if (from <= last) {
    out.expected = expected_days(period, store_.closed_days(period.data.place_id, from, last), from, last);
  }
  out.records = store_.attendance({id}, from, to, true);
  if (out.access == AttendanceAccess::kCase) {
    const std::string today = today_helsinki();
    const int window = settings_.window_days;
    out.repeated_absences = repeated_absences(store_.days_without_notice(period.case_id, add_days(today, 1 - window)),
                                              today, settings_.repeated_absences, window);
    if (out.repeated_absences > 0 && who.case_access == cases::CaseAccess::kEdit) {
      cases::CaseAccess access = cases::CaseAccess::kNone;
      if (auto c = ports_.cases.load_for_reading(caller, period.case_id, &access)) {
        out.interruption_advised = ports_.cases.type_of(*c).absence_sanctionable;
      }
    }
  }
  caller.accessed(period.client_id, "read", "attendance");
  out.period = std::move(period);
  return out;
}

Result<Attendance> PeriodService::mark(const work::Caller& caller, long long id, const std::string& day, Mark in) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  auto& [period, who] = *found;
  if (!may_mark(caller.user, who)) return Error::forbidden();
  const Mark m = normalised(std::move(in));
  const std::string today = today_helsinki();
  // A mark sent again after a lost answer takes no write lock (looked up again inside the unit for a race).
  if (!m.mark_id.empty()) {
    if (auto done = store_.marked_by(m.mark_id)) return *done;
  }
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Attendance> {
    if (!m.mark_id.empty()) {
      if (auto done = store_.marked_by(unit, m.mark_id)) return *done;  // sent again after a lost answer
    }
    auto p = store_.find(unit, id);
    if (!p) return Error::not_found();
    bool expected = false;
    if (is_iso_date(day)) {
      expected = !expected_days(*p, store_.closed_days(unit, p->data.place_id, day, day), day, day).empty();
    }
    // A day of a month approved for payment stays as it was paid: a correction is compensation's adjustment.
    if (ports_.frozen != nullptr && is_iso_date(day) && ports_.frozen->approved(unit, p->case_organisation_id, day)) {
      return Error::invalid({{"day", "month_approved"}});
    }
    auto before = is_iso_date(day) ? store_.find_attendance(unit, id, day) : std::nullopt;
    // A new mark of a day marked meanwhile (a phone's, sent late) was made without seeing that record.
    if (before && !m.version) return stale();
    if (auto errors = validate_mark(m, day, expected, before.has_value(), today); !errors.empty()) {
      return Error::invalid(std::move(errors));
    }
    if (before && *m.version != before->version) return stale();
    if (before && same_mark(*before, m)) return *before;
    if (!store_.save_attendance(unit, *p, day, m, before, caller.actor.user_id)) return stale();
    unit.audit(p->client_id, before ? "update" : "create", "attendance " + day);
    auto saved = store_.find_attendance(unit, id, day);
    if (m.status == "absent_without_notice" && !store_.has_alert(unit, saved->id)) {
      const auto recipient = store_.own_worker_of(unit, p->client_id);
      store_.insert_alert(unit, saved->id, *p, recipient);
      if (recipient && ports_.notifications != nullptr) {
        notifications::Notice notice;
        notice.user_id = *recipient;
        notice.kind = "absence_without_notice";
        notice.client_id = p->client_id;
        notice.link = "/cases/" + std::to_string(p->case_id) + "#attendance";
        notice.params = {{"clientName", p->client_name}, {"date", day}, {"placeName", p->place_name}};
        ports_.notifications->notify(unit, notice);
      }
    }
    return *saved;
  });
}

Result<std::vector<Observation>> PeriodService::observations(const work::Caller& caller, long long id) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  caller.accessed(found->first.client_id, "list", "observation");
  return store_.observations(id);
}

Result<Observation> PeriodService::observe(const work::Caller& caller, long long id, Observation o) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  auto& period = found->first;
  auto& who = found->second;
  if (!may_mark(caller.user, who)) return Error::forbidden();
  if (o.day.empty()) o.day = today_helsinki();
  if (auto e = validate_observation(period.data, o, today_helsinki()); !e.empty()) return Error::invalid(std::move(e));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.insert_observation(unit, period, o, caller.actor.user_id);
    unit.audit(period.client_id, "create", "observation " + o.day);
    return Unit{};
  });
  if (!done) return done.error();
  return store_.observations(id).front();
}

std::vector<OrientationItem> PeriodService::checklist_of(const Period& p) {
  std::vector<OrientationItem> out;
  const auto place = ports_.registry.find_place(p.data.place_id);
  const auto done = store_.orientation_done(p.id);
  for (const auto& item : place ? place->data.orientation_checklist : std::vector<std::string>{}) {
    OrientationItem o{item, "", ""};
    for (const auto& d : done) {
      if (d.item == item) o = d;
    }
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::vector<OrientationItem>> PeriodService::orientation(const work::Caller& caller, long long id) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  caller.accessed(found->first.client_id, "read", "orientation");
  return checklist_of(found->first);
}

Result<std::vector<OrientationItem>> PeriodService::tick(const work::Caller& caller, long long id,
                                                         const OrientationItem& item) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  auto& period = found->first;
  auto& who = found->second;
  if (!may_mark(caller.user, who)) return Error::forbidden();
  std::vector<std::string> items;
  for (const auto& o : checklist_of(period)) items.push_back(o.item);
  if (auto e = validate_orientation(period.data, items, item, today_helsinki()); !e.empty()) {
    return Error::invalid(std::move(e));
  }
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.set_orientation(unit, period, item, caller.actor.user_id);
    unit.audit(period.client_id, "update", "orientation");
    return Unit{};
  });
  if (!done) return done.error();
  return checklist_of(period);
}

std::string PeriodService::renew_feed(const work::Caller& caller) {
  const std::string token = auth::random_token(24);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.set_feed(unit, caller.user.user_id, auth::sha256_hex(token));
    return Unit{};
  });
  if (!done) throw std::runtime_error("calendar feed: " + done.error().message_key);
  return token;
}

std::string PeriodService::feed_created_at(const work::Caller& caller) {
  return store_.feed_created_at(caller.user.user_id);
}

void PeriodService::remove_feed(const work::Caller& caller) {
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.remove_feed(unit, caller.user.user_id);
    return Unit{};
  });
  if (!done) throw std::runtime_error("calendar feed: " + done.error().message_key);
}

std::optional<std::string> PeriodService::feed(const std::string& token, const work::Actor& actor,
                                               std::vector<audit::AuditEvent>* access_log) {
  const auto owner = store_.feed_owner(auth::sha256_hex(token));
  if (!owner) {
    const auto period_id = store_.feed_period(auth::sha256_hex(token));
    if (!period_id) return std::nullopt;
    return period_feed(*period_id, actor, access_log);
  }
  const work::Caller caller{*owner, {owner->user_id, actor.endpoint, actor.request_id}, access_log};
  const std::string today = today_helsinki();
  std::map<long long, std::string> start_times;  // of each place
  std::vector<CalendarEvent> events;
  for (const auto& item : days_for(caller, add_days(today, -kFeedDaysBack), add_days(today, kFeedDaysAhead))) {
    auto it = start_times.find(item.period.data.place_id);
    if (it == start_times.end()) {
      const auto place = ports_.registry.find_place(item.period.data.place_id);
      it = start_times.emplace(item.period.data.place_id, place ? place->data.start_time : "").first;
    }
    CalendarEvent e;
    e.uid = "polku-period-" + std::to_string(item.period.id) + "-" + item.day.date + "@polku";
    e.date = item.day.date;
    e.start_time = it->second;
    e.minutes = item.day.minutes;
    // A calendar leaves Polku (a phone's calendar service): the client as far as an e-mail would name them.
    e.summary = notifications::name_outside_polku(item.period.client_name) + " " +
                std::to_string(item.day.minutes / 60) +
                (item.day.minutes % 60 ? ":" + std::to_string(item.day.minutes % 60) : "") + " h";
    e.location = item.period.place_name;
    events.push_back(std::move(e));
  }
  return render_calendar("Polku: " + owner->display_name, events, calendar_stamp(now_iso()));
}

std::string PeriodService::period_feed(long long period_id, const work::Actor& actor,
                                       std::vector<audit::AuditEvent>* access_log) {
  const auto p = store_.find(period_id);
  if (!p) return render_calendar("Polku", {}, "19700101T000000Z");
  const std::string today = today_helsinki(), from = add_days(today, -kFeedDaysBack),
                    to = add_days(today, kFeedDaysAhead);
  const auto place = ports_.registry.find_place(p->data.place_id);
  std::vector<CalendarEvent> events;
  for (const auto& day : expected_days(*p, store_.closed_days(p->data.place_id, from, to), from, to)) {
    CalendarEvent e;
    e.uid = "polku-period-" + std::to_string(p->id) + "-" + day.date + "@polku";
    e.date = day.date;
    e.start_time = place ? place->data.start_time : "";
    e.minutes = day.minutes;
    // The client's own calendar: the place and the hours, nothing of the case.
    e.summary = p->place_name;
    e.location =
        place ? place->data.street_address + (place->data.municipality.empty() ? "" : ", " + place->data.municipality)
              : "";
    events.push_back(std::move(e));
  }
  if (access_log != nullptr) {
    access_log->push_back({0, p->client_id, "read", actor.endpoint, actor.request_id, "calendar feed of the client"});
  }
  return render_calendar("Polku: " + p->place_name, events, calendar_stamp(now_iso()));
}

Result<std::pair<Period, PeriodParties>> PeriodService::planned(const work::Caller& caller, long long id) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  if (!may_plan_periods(caller.user, found->second)) return Error::forbidden();
  return found;
}

Result<std::string> PeriodService::renew_period_feed(const work::Caller& caller, long long id) {
  auto found = planned(caller, id);
  if (!found) return found.error();
  const std::string token = auth::random_token(24);
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.set_period_feed(unit, found->first, auth::sha256_hex(token));
    unit.audit(found->first.client_id, "update", "calendar feed of period " + std::to_string(id));
    return Unit{};
  });
  if (!done) return done.error();
  return token;
}

Result<std::string> PeriodService::period_feed_created_at(const work::Caller& caller, long long id) {
  auto found = readable(caller, id);
  if (!found) return found.error();
  return store_.period_feed_created_at(id);
}

Result<Unit> PeriodService::remove_period_feed(const work::Caller& caller, long long id) {
  auto found = planned(caller, id);
  if (!found) return found.error();
  return transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    store_.remove_period_feed(unit, found->first);
    unit.audit(found->first.client_id, "delete", "calendar feed of period " + std::to_string(id));
    return Unit{};
  });
}

Result<std::vector<AbsenceAlert>> PeriodService::alerts(const work::Caller& caller) {
  std::vector<long long> managed;
  for (const auto& g : caller.user.roles) {
    if (g.role == "manager" && cases::can_read_case(caller.user, g.organisation_id))
      managed.push_back(g.organisation_id);
  }
  auto found = store_.alerts(managed, caller.user.user_id, add_days(today_helsinki(), -30));
  for (const auto& a : found) caller.accessed(a.client_id, "list", "absence alert");
  return found;
}

Result<AbsenceAlert> PeriodService::handle_alert(const work::Caller& caller, long long id, const AlertHandling& how) {
  auto alert = store_.find_alert(id);
  if (!alert) return Error::not_found();
  const bool recipient = alert->recipient_user_id && *alert->recipient_user_id == caller.user.user_id;
  if (!recipient && !cases::can_edit_case(caller.user, alert->organisation_id) &&
      !caller.user.has_role_in(alert->organisation_id, "manager")) {
    caller.refused(alert->client_id, "absence alert " + std::to_string(id));
    return Error::not_found();
  }
  const auto type = ports_.types.find(alert->service_type);
  const bool sanctionable = type && type->absence_sanctionable;
  if (auto e = validate_handling(how, sanctionable, today_helsinki()); !e.empty()) return Error::invalid(std::move(e));
  auto done = transactor_.run(caller.actor, [&](work::UnitOfWork& unit) -> Result<Unit> {
    if (!store_.handle_alert(unit, *alert, how, caller.actor.user_id)) return stale();
    unit.audit(alert->client_id, "update", "absence alert " + std::to_string(id) + " handled");
    return Unit{};
  });
  if (!done) return done.error();
  return *store_.find_alert(id);
}

}  // namespace polku::periods
