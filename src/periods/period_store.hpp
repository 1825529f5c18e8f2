// Storage of periods with their steps and moves, the attendance of their days with its history, and the
// absence alerts: reads, and writes inside the caller's unit of work. The service checks access and rules.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cases/case.hpp"
#include "periods/period.hpp"
#include "platform/auth/auth_context.hpp"
#include "platform/db/database.hpp"
#include "platform/documents/letterhead.hpp"
#include "platform/work/unit_of_work.hpp"
#include "retention/port.hpp"

namespace polku::periods {

class PeriodStore {
 public:
  // Removes every row of this store's tables that is the client's (the retention job's eraser).
  static void erase_client(work::UnitOfWork& unit, long long client_id);
  explicit PeriodStore(db::Database& db) : db_(db) {}

  std::optional<Period> find(long long id);
  std::optional<Period> find(work::UnitOfWork& unit, long long id);
  std::vector<Period> of_case(long long case_id);  // by start date
  std::vector<Period> of_case(work::UnitOfWork& unit, long long case_id);
  // Periods overlapping [from, to] at places of `host_ids` or coached by `user_id`: the day lists' candidates.
  std::vector<Period> for_day_lists(const std::vector<long long>& host_ids, long long user_id, const std::string& from,
                                    const std::string& to);
  // Of each case, the providers taking part and the coaches they named.
  std::map<long long, std::vector<cases::Participant>> participants(const std::vector<long long>& case_ids);
  // An organisation's name (a certificate names the place's host and the issuer's organisation); '' when none.
  // The organisation's name and logo for a printed document (the platform's letterhead).
  documents::Letterhead letterhead(long long organisation_id);
  // The client's own worker (the alert's recipient) and the case's organisation.
  std::optional<long long> own_worker_of(work::UnitOfWork& unit, long long client_id);
  std::set<std::string> closed_days(long long place_id, const std::string& from, const std::string& to);
  // Of each of these places, in one read (a day list of many places).
  std::map<long long, std::set<std::string>> closed_days(const std::vector<long long>& place_ids,
                                                         const std::string& from, const std::string& to);
  std::set<std::string> closed_days(work::UnitOfWork& unit, long long place_id, const std::string& from,
                                    const std::string& to);
  // The records of these periods' days in [from, to], each with its changes when `with_changes`.
  std::vector<Attendance> attendance(const std::vector<long long>& period_ids, const std::string& from,
                                     const std::string& to, bool with_changes);

  long long insert(work::UnitOfWork& unit, const Period& p, long long user_id);
  // The step replaces the steps from its date on; false when `version` is stale.
  bool add_step(work::UnitOfWork& unit, const Period& p, long long version, const ScheduleStep& step,
                long long user_id);
  bool add_move(work::UnitOfWork& unit, const Period& p, long long version, const DayMove& move, long long user_id);
  bool add_break(work::UnitOfWork& unit, const Period& p, long long version, const PeriodBreak& b, long long user_id);
  // The break's last day is `last_day`; a break ended before its first day is removed.
  bool end_break(work::UnitOfWork& unit, const Period& p, long long version, const PeriodBreak& b,
                 const std::string& last_day);
  std::vector<std::string> marked_days(work::UnitOfWork& unit, long long period_id, const std::string& from,
                                       const std::string& to);

  std::optional<Attendance> find_attendance(work::UnitOfWork& unit, long long period_id, const std::string& day);
  std::string last_marked_day(work::UnitOfWork& unit, long long period_id);  // '' when none
  // The record a mark of this id made, when the phone sends it again.
  std::optional<Attendance> marked_by(work::UnitOfWork& unit, const std::string& mark_id);
  std::optional<Attendance> marked_by(const std::string& mark_id);
  // A new record or, when `before` is given, its change (false when its version is stale); both with the change row.
  bool save_attendance(work::UnitOfWork& unit, const Period& p, const std::string& day, const Mark& mark,
                       const std::optional<Attendance>& before, long long user_id);

  long long insert_alert(work::UnitOfWork& unit, long long attendance_id, const Period& p,
                         std::optional<long long> recipient);
  bool has_alert(work::UnitOfWork& unit, long long attendance_id);
  std::optional<AbsenceAlert> find_alert(long long id);
  // Unhandled first, then the handled of the last 30 days; of the cases of `organisation_ids` or to `user_id`.
  std::vector<AbsenceAlert> alerts(const std::vector<long long>& organisation_ids, long long user_id,
                                   const std::string& since);
  bool handle_alert(work::UnitOfWork& unit, const AbsenceAlert& alert, const AlertHandling& how, long long user_id);
  std::vector<Observation> observations(long long period_id);  // newest first
  void insert_observation(work::UnitOfWork& unit, const Period& p, const Observation& o, long long user_id);
  std::vector<OrientationItem> orientation_done(long long period_id);
  // Ticks the item done on `done_on`, or unticks it when that is ''.
  void set_orientation(work::UnitOfWork& unit, const Period& p, const OrientationItem& tick, long long user_id);

  // Calendar feeds: the user a link's hash belongs to, with their roles (none when inactive or unknown).
  std::optional<auth::AuthContext> feed_owner(const std::string& token_hash);
  std::string feed_created_at(long long user_id);  // '' when the user has no feed
  void set_feed(work::UnitOfWork& unit, long long user_id, const std::string& token_hash);
  void remove_feed(work::UnitOfWork& unit, long long user_id);
  // A period's own feed (the client's schedule): the period a link's hash belongs to.
  std::optional<long long> feed_period(const std::string& token_hash);
  std::string period_feed_created_at(long long period_id);
  void set_period_feed(work::UnitOfWork& unit, const Period& p, const std::string& token_hash);
  void remove_period_feed(work::UnitOfWork& unit, const Period& p);

  // The days without notice of the client's periods in the case, for the repeated absences' warning.
  std::vector<std::string> days_without_notice(long long case_id, const std::string& since);

 private:
  void fill(soci::session& sql, std::vector<Period>& periods);
  std::vector<Period> of_case_in(soci::session& sql, long long case_id);
  std::optional<Period> find_in(soci::session& sql, long long id);
  db::Database& db_;
};

}  // namespace polku::periods
