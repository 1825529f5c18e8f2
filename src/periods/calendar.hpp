// iCalendar (RFC 5545) feeds of the expected days, rendered with libical: a phone's calendar shows a
// supervisor's expected clients and a coach's, behind a secret per-user link (calendar_feeds).
#pragma once
#include <string>
#include <vector>

namespace polku::periods {

struct CalendarEvent {
  std::string uid;         // stable across renderings, so a calendar updates the event instead of adding one
  std::string date;        // YYYY-MM-DD
  std::string start_time;  // HH:MM, Helsinki time; '' for a whole day
  int minutes = 0;
  std::string summary;
  std::string location;
};

// An ISO instant ("2026-11-25T18:58:12.123Z") as an iCalendar UTC stamp ("20261125T185812Z").
std::string calendar_stamp(const std::string& iso_instant);

// A VCALENDAR with the events in Europe/Helsinki time (its VTIMEZONE included), stamped `stamp_utc`
// (YYYYMMDDTHHMMSSZ).
std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events,
                            const std::string& stamp_utc);

}  // namespace polku::periods
