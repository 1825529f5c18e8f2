// The JSON of periods, their days and attendance, and absence alerts. What a place's staff receive is
// what the work needs: the client's name, the place and the days, never the case's details.
#pragma once
#include <boost/json.hpp>

#include "periods/group.hpp"
#include "periods/period_service.hpp"

namespace polku::periods {

PeriodDraft period_draft(const boost::json::object& o);
ScheduleStep schedule_step(const boost::json::object& o);
DayMove day_move(const boost::json::object& o);
Mark mark_input(const boost::json::object& o);
AlertHandling alert_handling(const boost::json::object& o);
Observation observation_input(const boost::json::object& o);
OrientationItem orientation_input(const boost::json::object& o);
GroupInput group_input(const boost::json::object& o);

// The reasons of its breaks only to those who see the case (`with_break_reasons`).
boost::json::object to_json(const Period& p, bool with_break_reasons = true);
boost::json::object to_json(const PeriodPreview& p, std::string_view language);
boost::json::object to_json(const DayItem& d);
boost::json::object to_json(const PeriodDays& d);
boost::json::object to_json(const Attendance& a, bool with_changes);
boost::json::object to_json(const AbsenceAlert& a);
boost::json::object to_json(const Observation& o);
boost::json::object to_json(const OrientationItem& o);
boost::json::object to_json(const Group& g);

}  // namespace polku::periods
