// The iCalendar feed as a calendar reads it: parsed back with libical, each event in Helsinki time with
// its zone, a stable UID, the summary and place; a whole-day event without a time.
#include "periods/calendar.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

namespace polku::periods {
namespace {

TEST(Calendar, IsAValidVCalendarInHelsinkiTime) {
  const auto text = render_calendar(
      "Polku: Aino",
      {{"polku-period-1-2026-12-01@polku", "2026-12-01", "08:00", 270, "Matti E. 4:30 h", "Lajittelu ja myymälä"},
       {"polku-period-2-2026-12-02@polku", "2026-12-02", "", 0, "Oona K.", ""}},
      "20261201T070000Z");
  icalcomponent* cal = icalparser_parse_string(text.c_str());
  ASSERT_NE(cal, nullptr) << text;
  EXPECT_EQ(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(icalcomponent_count_errors(cal), 0) << text;
  EXPECT_NE(icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT), nullptr);
  EXPECT_NE(text.find("X-WR-CALNAME:Polku: Aino"), std::string::npos);

  icalcomponent* first = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
  ASSERT_NE(first, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(first), "polku-period-1-2026-12-01@polku");
  EXPECT_STREQ(icalcomponent_get_summary(first), "Matti E. 4:30 h");
  EXPECT_STREQ(icalcomponent_get_location(first), "Lajittelu ja myymälä");
  const icaltimetype start = icalcomponent_get_dtstart(first), end = icalcomponent_get_dtend(first);
  EXPECT_EQ(start.hour, 8);
  EXPECT_EQ(end.hour, 12);
  EXPECT_EQ(end.minute, 30);
  EXPECT_NE(text.find("DTSTART;TZID=Europe/Helsinki:20261201T080000"), std::string::npos) << text;
  EXPECT_NE(text.find("TZID:Europe/Helsinki"), std::string::npos) << "the VTIMEZONE the events name";
  // 8.00 in Helsinki in December is 6.00 UTC.
  const icaltimetype utc = icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone());
  EXPECT_EQ(utc.hour, 6);

  icalcomponent* second = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT);
  ASSERT_NE(second, nullptr);
  EXPECT_TRUE(icalcomponent_get_dtstart(second).is_date);
  EXPECT_EQ(icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), nullptr);
  icalcomponent_free(cal);
}

}  // namespace
}  // namespace polku::periods
