#include "meetings/meeting_calendar.hpp"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace polku::meetings {
namespace {

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype utc_time(const std::string& local, int plus_minutes) {
  icaltimezone* zone = icaltimezone_get_builtin_timezone("Europe/Helsinki");
  if (zone == nullptr) throw std::runtime_error("libical has no Europe/Helsinki");
  icaltimetype t = icaltime_null_time();
  t.year = std::stoi(local.substr(0, 4));
  t.month = std::stoi(local.substr(5, 2));
  t.day = std::stoi(local.substr(8, 2));
  t.hour = std::stoi(local.substr(11, 2));
  t.minute = std::stoi(local.substr(14, 2));
  t = icaltime_set_timezone(&t, zone);
  icaltime_adjust(&t, 0, 0, plus_minutes, 0);
  return icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
}

icalproperty* person(icalproperty* p, const std::string& name) {
  if (!name.empty()) icalproperty_add_parameter(p, icalparameter_new_cn(name.c_str()));
  return p;
}

}  // namespace

std::string utc_of_helsinki(const std::string& local_time, int plus_minutes) {
  char* text = icaltime_as_ical_string_r(utc_time(local_time, plus_minutes));
  std::string out(text);
  free(text);
  return out;
}

std::string render_invitation(const Invitation& in) {
  const bool cancel = in.method == "CANCEL";
  Component cal(
      icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                          icalproperty_new_prodid("-//Polku//Polku//FI"), icalproperty_new_calscale("GREGORIAN"),
                          icalproperty_new_method(cancel ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST), nullptr));
  icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(event, icalproperty_new_uid(in.uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_sequence(in.sequence));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(icaltime_from_string(in.stamp_utc.c_str())));
  icalcomponent_add_property(event, icalproperty_new_dtstart(utc_time(in.starts_at, 0)));
  icalcomponent_add_property(event, icalproperty_new_dtend(utc_time(in.starts_at, in.minutes)));
  icalcomponent_add_property(event, icalproperty_new_summary(in.summary.c_str()));
  if (!in.location.empty()) icalcomponent_add_property(event, icalproperty_new_location(in.location.c_str()));
  if (!in.description.empty()) {
    icalcomponent_add_property(event, icalproperty_new_description(in.description.c_str()));
  }
  icalcomponent_add_property(event, icalproperty_new_status(cancel ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
  const std::string organizer = "mailto:" + in.organizer_email;
  icalcomponent_add_property(event, person(icalproperty_new_organizer(organizer.c_str()), in.organizer_name));
  for (const auto& a : in.attendees) {
    if (a.email.empty()) continue;
    const std::string address = "mailto:" + a.email;
    icalproperty* p = person(icalproperty_new_attendee(address.c_str()), a.name);
    icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
    icalproperty_add_parameter(p, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
    icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_FALSE));
    icalcomponent_add_property(event, p);
  }
  icalcomponent_add_component(cal.get(), event);
  // The reentrant forms: requests render on several worker threads at once.
  char* text = icalcomponent_as_ical_string_r(cal.get());
  std::string out(text);
  free(text);
  return out;
}

}  // namespace polku::meetings
