#include "periods/calendar.hpp"

#include <libical/ical.h>

#include <memory>
#include <stdexcept>

namespace polku::periods {
namespace {

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype local_time(const std::string& date, const std::string& hhmm, int plus_minutes, icaltimezone* zone) {
  icaltimetype t = icaltime_null_time();
  t.year = std::stoi(date.substr(0, 4));
  t.month = std::stoi(date.substr(5, 2));
  t.day = std::stoi(date.substr(8, 2));
  if (hhmm.empty()) {
    t.is_date = 1;
    return t;
  }
  t.hour = std::stoi(hhmm.substr(0, 2));
  t.minute = std::stoi(hhmm.substr(3, 2));
  t = icaltime_set_timezone(&t, zone);
  icaltime_adjust(&t, 0, 0, plus_minutes, 0);
  return t;
}

// The plain Olson name, which every phone calendar knows, rather than libical's prefixed TZID.
constexpr const char* kZone = "Europe/Helsinki";

icalproperty* in_zone(icalproperty* p, const icaltimetype& t) {
  if (!t.is_date) icalproperty_add_parameter(p, icalparameter_new_tzid(kZone));
  return p;
}

}  // namespace

std::string calendar_stamp(const std::string& i) {
  if (i.size() < 19) return "19700101T000000Z";
  return i.substr(0, 4) + i.substr(5, 2) + i.substr(8, 5) + i.substr(14, 2) + i.substr(17, 2) + "Z";
}

std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events,
                            const std::string& stamp_utc) {
  icaltimezone* zone = icaltimezone_get_builtin_timezone(kZone);
  if (zone == nullptr) throw std::runtime_error("libical has no Europe/Helsinki");
  Component cal(icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                                    icalproperty_new_prodid("-//Polku//Polku//FI"),
                                    icalproperty_new_calscale("GREGORIAN"), nullptr));
  icalproperty* cal_name = icalproperty_new_x(name.c_str());
  icalproperty_set_x_name(cal_name, "X-WR-CALNAME");
  icalcomponent_add_property(cal.get(), cal_name);
  icalcomponent* vtimezone = icalcomponent_new_clone(icaltimezone_get_component(zone));
  icalproperty_set_tzid(icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY), kZone);
  icalcomponent_add_component(cal.get(), vtimezone);
  const icaltimetype stamp = icaltime_from_string(stamp_utc.c_str());
  for (const auto& e : events) {
    const auto start = local_time(e.date, e.start_time, 0, zone);
    const auto end =
        e.start_time.empty() ? local_time(e.date, "", 0, zone) : local_time(e.date, e.start_time, e.minutes, zone);
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(e.uid.c_str()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event, in_zone(icalproperty_new_dtstart(start), start));
    if (!e.start_time.empty()) icalcomponent_add_property(event, in_zone(icalproperty_new_dtend(end), end));
    icalcomponent_add_property(event, icalproperty_new_summary(e.summary.c_str()));
    if (!e.location.empty()) icalcomponent_add_property(event, icalproperty_new_location(e.location.c_str()));
    icalcomponent_add_component(cal.get(), event);
  }
  char* text = icalcomponent_as_ical_string_r(cal.get());
  std::string out(text);
  free(text);
  return out;
}

}  // namespace polku::periods
