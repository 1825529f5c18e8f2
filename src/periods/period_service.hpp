// The periods service: who plans periods and marks attendance (period_access), the pure rules
// (period_rules, attendance_rules), and one unit of work per change with its audit entries; an absence
// without notice writes its alert and the own worker's notice (notifications' outbox) in the same unit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "agreements/port.hpp"
#include "bookings/port.hpp"
#include "cases/port.hpp"
#include "compensation/port.hpp"
#include "notifications/port.hpp"
#include "periods/attendance_rules.hpp"
#include "periods/period_access.hpp"
#include "periods/period_rules.hpp"
#include "periods/period_store.hpp"
#include "periods/port.hpp"
#include "platform/config/config.hpp"
#include "registry/port.hpp"
#include "service_orders/port.hpp"
#include "service_types/port.hpp"

namespace polku::periods {

struct PeriodPorts {
  cases::Port& cases;
  bookings::Port& bookings;
  service_orders::Port& orders;
  agreements::Port& agreements;
  service_types::Port& types;
  registry::Port& registry;
  notifications::Port* notifications = nullptr;  // none in tools that send nothing
  compensation::FrozenMonths* frozen = nullptr;  // a month approved for payment refuses changes of its days
};

struct PeriodDraft {
  long long booking_id = 0;
  PeriodInput period;  // its place is the booking's
};

// What the period editor shows as the user types: every error, the days scheduled and the limits.
struct PeriodPreview {
  std::vector<FieldError> errors;
  std::vector<std::string> scheduled_days;
  PeriodLimits limits;
  std::optional<long long> client_agreement_id;
};

// A day of a period on a day list, with its record if marked.
struct DayItem {
  Period period;
  ExpectedDay day;
  std::optional<Attendance> record;
  AttendanceAccess access = AttendanceAccess::kNone;
};

struct PeriodDays {
  Period period;
  std::vector<ExpectedDay> expected;  // up to today
  std::vector<Attendance> records;    // with their changes
  AttendanceAccess access = AttendanceAccess::kNone;
  bool may_mark = false;
  int repeated_absences = 0;  // without notice in the settings' window, when at least their number
  // Repeated absences in a service whose absences are sanctioned (KTT), to a case editor: they may lead to an
  // interruption, which the employment authority is to be told of.
  bool interruption_advised = false;
};

class PeriodService final : public Port {
 public:
  PeriodService(PeriodStore& store, work::Transactor& transactor, PeriodPorts ports,
                config::AttendanceSettings settings = {})
      : store_(store), transactor_(transactor), ports_(ports), settings_(settings) {}
  void use_notifications(notifications::Port& n) { ports_.notifications = &n; }

  Result<PeriodPreview> preview(const work::Caller& caller, long long case_id, const PeriodDraft& draft);
  Result<Period> create(const work::Caller& caller, long long case_id, const PeriodDraft& draft);
  Result<std::vector<Period>> of_case(const work::Caller& caller, long long case_id);
  // The case's bookings a new period may stand on (the case's, or the client's without a case), for those who plan.
  Result<std::vector<bookings::Booking>> bookings_for_periods(const work::Caller& caller, long long case_id);
  // A new weekly schedule from a date on (today or later, after the last marked day).
  Result<Period> add_step(const work::Caller& caller, long long id, const ScheduleStep& step,
                          std::optional<long long> version);
  Result<Period> move_day(const work::Caller& caller, long long id, const DayMove& move,
                          std::optional<long long> version);
  // An agreed break, and one ended early (or cancelled before it begins), by those who plan the period.
  Result<Period> add_break(const work::Caller& caller, long long id, const PeriodBreak& b,
                           std::optional<long long> version);
  Result<Period> end_break(const work::Caller& caller, long long id, long long break_id, const std::string& last_day,
                           std::optional<long long> version);

  // The days in [from, to] (at most 31) of the periods the user marks or coaches.
  Result<std::vector<DayItem>> day_list(const work::Caller& caller, const std::string& from, const std::string& to);
  Result<PeriodDays> days_of(const work::Caller& caller, long long id, const std::string& from, const std::string& to);
  Result<Attendance> mark(const work::Caller& caller, long long id, const std::string& day, Mark mark);

  Result<std::vector<Observation>> observations(const work::Caller& caller, long long id);
  Result<Observation> observe(const work::Caller& caller, long long id, Observation o);
  // The place's checklist with what is done; ticking needs the place's staff, the coach or the case's editors.
  Result<std::vector<OrientationItem>> orientation(const work::Caller& caller, long long id);
  Result<std::vector<OrientationItem>> tick(const work::Caller& caller, long long id, const OrientationItem& item);

  // The user's calendar feed: a new secret link (the old one stops working), when it was made, or none.
  std::string renew_feed(const work::Caller& caller);
  std::string feed_created_at(const work::Caller& caller);
  void remove_feed(const work::Caller& caller);
  // The feed behind a link: the expected days of the owner's day lists, a week back and eight ahead.
  static constexpr int kFeedDaysBack = 7;
  static constexpr int kFeedDaysAhead = 56;
  std::optional<std::string> feed(const std::string& token, const work::Actor& actor,
                                  std::vector<audit::AuditEvent>* access_log);
  // The client's own schedule of a period, for those who plan it to give the client: made or renewed, read, removed.
  Result<std::string> renew_period_feed(const work::Caller& caller, long long id);
  Result<std::string> period_feed_created_at(const work::Caller& caller, long long id);
  Result<Unit> remove_period_feed(const work::Caller& caller, long long id);

  Result<std::pair<Period, PeriodParties>> readable(const work::Caller& caller, long long id) override;

  Result<std::vector<AbsenceAlert>> alerts(const work::Caller& caller);
  Result<AbsenceAlert> handle_alert(const work::Caller& caller, long long id, const AlertHandling& how);

 private:
  struct Checked;
  Result<cases::Case> plannable_case(const work::Caller& caller, long long case_id);
  // Reads only through `unit`: a read on another connection while the unit holds the write lock could wait
  // for a connection held by writers queued behind it. The service type is read before the unit.
  Checked check(work::UnitOfWork& unit, const cases::Case& c, const service_types::ServiceType& type,
                const PeriodDraft& draft, std::optional<long long> self_id);
  PeriodParties parties(const Period& p, const std::vector<cases::Participant>& participants);

  std::vector<OrientationItem> checklist_of(const Period& p);
  // The days of the periods the user marks or coaches in [from, last], each client's read logged.
  std::vector<DayItem> days_for(const work::Caller& caller, const std::string& from, const std::string& last);
  // The period's days a week back and eight ahead as the client's own calendar, logged as read by the link.
  std::string period_feed(long long period_id, const work::Actor& actor, std::vector<audit::AuditEvent>* access_log);
  Result<std::pair<Period, PeriodParties>> planned(const work::Caller& caller, long long id);

  PeriodStore& store_;
  work::Transactor& transactor_;
  PeriodPorts ports_;
  config::AttendanceSettings settings_;
};

}  // namespace polku::periods
