// The meetings' pure rules in tables of cases: what a meeting and its record must say, who may be invited, when a
// meeting may be recorded or changed, who is told of a change, and when the next one is due; and the invitation as
// iCalendar, parsed back with libical, in UTC across the change to summer time.
#include <gtest/gtest.h>
#include <libical/ical.h>

#include "meetings/meeting_calendar.hpp"
#include "meetings/meeting_rules.hpp"
#include "notifications/mail_message.hpp"
#include "platform/core/clock.hpp"

namespace polku::meetings {
namespace {

const std::vector<Candidate> kCandidates = {{"client", std::nullopt, "Oona Ohjattava", "oona@example.fi", "fi"},
                                            {"own_worker", 5, "Sari Sosiaalityöntekijä", "sari@example.fi", "fi"},
                                            {"coach", 7, "Kaisa Valmentaja", "", "sv"},
                                            {"supervisor", 9, "Pekka Pihamies", "pekka@example.fi", "fi"}};

Participant user_of(const char* role, long long id) {
  Participant p;
  p.role = role;
  p.user_id = id;
  return p;
}

Participant guest(const char* role, const char* name, const char* email) {
  Participant p;
  p.role = role;
  p.name = name;
  p.email = email;
  return p;
}

MeetingInput good() {
  MeetingInput in;
  in.starts_at = "2027-03-05T13:00";
  in.minutes = 60;
  in.location = "Työpaja, Testikatu 1";
  in.participants = {guest("client", "", ""), user_of("own_worker", 5)};
  return in;
}

std::string codes(const std::vector<FieldError>& errors) {
  std::string out;
  for (const auto& e : errors) out += (out.empty() ? "" : " ") + e.field + ":" + e.code;
  return out;
}

TEST(MeetingRules, AMeetingsFieldsAndParticipants) {
  struct Case {
    const char* name;
    std::function<void(MeetingInput&)> change;
    const char* errors;
  };
  const std::vector<Case> cases = {
      {"a whole meeting", [](MeetingInput&) {}, ""},
      {"no time", [](MeetingInput& m) { m.starts_at = ""; }, "startsAt:required"},
      {"a date only", [](MeetingInput& m) { m.starts_at = "2027-03-05"; }, "startsAt:invalid_date"},
      {"a time of 24.00", [](MeetingInput& m) { m.starts_at = "2027-03-05T24:00"; }, "startsAt:invalid_date"},
      {"30 February", [](MeetingInput& m) { m.starts_at = "2027-02-30T10:00"; }, "startsAt:invalid_date"},
      {"more than a year back", [](MeetingInput& m) { m.starts_at = "2026-02-28T10:00"; }, "startsAt:out_of_range"},
      {"a year back", [](MeetingInput& m) { m.starts_at = "2026-03-01T10:00"; }, ""},
      {"more than two years ahead", [](MeetingInput& m) { m.starts_at = "2029-03-02T10:00"; }, "startsAt:out_of_range"},
      {"10 minutes", [](MeetingInput& m) { m.minutes = 10; }, "minutes:out_of_range"},
      {"15 minutes", [](MeetingInput& m) { m.minutes = 15; }, ""},
      {"8 hours", [](MeetingInput& m) { m.minutes = 480; }, ""},
      {"9 hours", [](MeetingInput& m) { m.minutes = 540; }, "minutes:out_of_range"},
      {"no place", [](MeetingInput& m) { m.location = ""; }, "location:required"},
      {"a long place", [](MeetingInput& m) { m.location = std::string(201, 'x'); }, "location:too_long"},
      {"a long agenda", [](MeetingInput& m) { m.agenda = std::string(2001, 'x'); }, "agenda:too_long"},
      {"nobody", [](MeetingInput& m) { m.participants.clear(); }, "participants:required"},
      {"an unknown role", [](MeetingInput& m) { m.participants.push_back(guest("boss", "X", "")); },
       "participants[2].role:invalid_choice"},
      {"the coach", [](MeetingInput& m) { m.participants.push_back(user_of("coach", 7)); }, ""},
      {"the place's supervisor", [](MeetingInput& m) { m.participants.push_back(user_of("supervisor", 9)); }, ""},
      {"a coach who is not the case's", [](MeetingInput& m) { m.participants.push_back(user_of("coach", 5)); },
       "participants[2].userId:not_a_party"},
      {"a supervisor of another place", [](MeetingInput& m) { m.participants.push_back(user_of("supervisor", 99)); },
       "participants[2].userId:not_a_party"},
      {"a user role without a user", [](MeetingInput& m) { m.participants.push_back(guest("coach", "Kaisa", "")); },
       "participants[2].userId:not_a_party"},
      {"the own worker twice", [](MeetingInput& m) { m.participants.push_back(user_of("own_worker", 5)); },
       "participants[2].role:duplicate"},
      {"the client twice", [](MeetingInput& m) { m.participants.push_back(guest("client", "", "")); },
       "participants[2].role:duplicate"},
      {"a close person", [](MeetingInput& m) { m.participants.push_back(guest("close_person", "Liisa", "l@x.fi")); },
       ""},
      {"a close person without an address",
       [](MeetingInput& m) { m.participants.push_back(guest("close_person", "Liisa", "")); }, ""},
      {"a close person without a name",
       [](MeetingInput& m) { m.participants.push_back(guest("close_person", "", "l@x.fi")); },
       "participants[2].name:required"},
      {"an address without @", [](MeetingInput& m) { m.participants.push_back(guest("other", "Eero", "eero.x.fi")); },
       "participants[2].email:invalid_format"},
      {"an address with a space",
       [](MeetingInput& m) { m.participants.push_back(guest("other", "Eero", "e ro@x.fi")); },
       "participants[2].email:invalid_format"},
      {"two with one address",
       [](MeetingInput& m) {
         m.participants.push_back(guest("other", "Eero", "e@x.fi"));
         m.participants.push_back(guest("close_person", "Eeva", "e@x.fi"));
       },
       "participants[3].role:duplicate"},
  };
  for (const auto& c : cases) {
    auto in = good();
    c.change(in);
    EXPECT_EQ(codes(validate_meeting(in, kCandidates, "2027-03-01T09:00")), c.errors) << c.name;
  }
}

TEST(MeetingRules, ParticipantsAreTakenFromTheCaseNotFromWhatWasSent) {
  auto in = good();
  in.participants[0].name = "Someone Else";
  in.participants[0].email = "attacker@example.com";
  in.participants[1].name = "Wrong";
  ASSERT_TRUE(validate_meeting(in, kCandidates, "2027-03-01T09:00").empty());
  EXPECT_EQ(in.participants[0].name, "Oona Ohjattava");
  EXPECT_EQ(in.participants[0].email, "oona@example.fi");
  EXPECT_FALSE(in.participants[0].user_id.has_value());
  EXPECT_EQ(in.participants[1].name, "Sari Sosiaalityöntekijä");
  EXPECT_EQ(in.participants[1].email, "sari@example.fi");
}

TEST(MeetingRules, InvitationsGoOutOnlyForAMeetingToCome) {
  EXPECT_TRUE(invites("2027-03-05T13:00", "2027-03-05T12:59"));
  EXPECT_FALSE(invites("2027-03-05T13:00", "2027-03-05T13:00"));
  EXPECT_FALSE(invites("2027-03-04T13:00", "2027-03-05T09:00"));
}

TEST(MeetingRules, WhenAMeetingMayBeRecordedOrChanged) {
  struct Case {
    const char* state;
    const char* starts_at;
    const char* today;
    const char* change;  // may_change's refusal, '' when allowed
    const char* record;  // may_record's
  };
  const std::vector<Case> cases = {
      {"scheduled", "2027-03-05T13:00", "2027-03-04", "", "meeting_not_yet"},
      {"scheduled", "2027-03-05T13:00", "2027-03-05", "", ""},
      {"scheduled", "2027-03-05T13:00", "2027-04-01", "", ""},
      {"held", "2027-03-05T13:00", "2027-03-06", "meeting_closed", "meeting_closed"},
      {"cancelled", "2027-03-05T13:00", "2027-03-01", "meeting_closed", "meeting_closed"},
  };
  for (const auto& c : cases) {
    Meeting m;
    m.state = c.state;
    m.data.starts_at = c.starts_at;
    const auto change = may_change(m), record = may_record(m, c.today);
    EXPECT_EQ(change ? change->message_key : "", c.change) << c.state << " " << c.today;
    EXPECT_EQ(record ? record->message_key : "", c.record) << c.state << " " << c.today;
  }
}

TEST(MeetingRules, ARecordNeedsNotesAndANextDateAfterTheMeeting) {
  Meeting m;
  m.data.starts_at = "2027-03-05T13:00";
  m.data.participants = {guest("client", "Oona", ""), user_of("own_worker", 5)};
  m.data.participants[0].id = 11;
  m.data.participants[1].id = 12;
  struct Case {
    const char* name;
    RecordInput in;
    const char* errors;
  };
  const std::vector<Case> cases = {
      {"notes and a next date", {"Sujuu hyvin", "2027-06-01", {11, 12}}, ""},
      {"no next date", {"Sujuu hyvin", "", {}}, ""},
      {"no notes", {"", "", {}}, "notes:required"},
      {"long notes", {std::string(8001, 'x'), "", {}}, "notes:too_long"},
      {"the next on the same day", {"Sujuu", "2027-03-05", {}}, "nextMeetingOn:not_after_meeting"},
      {"a next date not a date", {"Sujuu", "1.6.2027", {}}, "nextMeetingOn:invalid_date"},
      {"someone not invited attended", {"Sujuu", "", {11, 99}}, "attended:invalid_choice"},
  };
  for (const auto& c : cases) EXPECT_EQ(codes(validate_record(m, c.in)), c.errors) << c.name;
  EXPECT_EQ(codes(validate_cancellation("")), "reason:required");
  EXPECT_EQ(codes(validate_cancellation(std::string(501, 'x'))), "reason:too_long");
  EXPECT_EQ(codes(validate_cancellation("Sairastui")), "");
}

TEST(MeetingRules, AChangeTellsTheInvitedAndCancelsForThoseLeftOut) {
  const std::vector<Participant> before = {guest("client", "Oona", "oona@example.fi"), user_of("coach", 7),
                                           guest("close_person", "Liisa", "liisa@example.fi")};
  const std::vector<Participant> after = {guest("client", "Oona", "oona@example.fi"), user_of("coach", 7),
                                          user_of("own_worker", 5)};
  const auto change = invitations_of_change(before, after);
  ASSERT_EQ(change.invited.size(), 3U);
  ASSERT_EQ(change.uninvited.size(), 1U);
  EXPECT_EQ(change.uninvited[0].name, "Liisa");
  EXPECT_TRUE(invitations_of_change(after, after).uninvited.empty());
}

TEST(MeetingRules, TheNextMeetingDueIsTheLastHeldOnesDateUntilOneIsScheduledAfterIt) {
  auto meeting = [](const char* state, const char* starts_at, const char* next) {
    Meeting m;
    m.state = state;
    m.data.starts_at = starts_at;
    m.next_meeting_on = next;
    return m;
  };
  struct Case {
    const char* name;
    std::vector<Meeting> meetings;
    std::optional<std::string> due;
  };
  const std::vector<Case> cases = {
      {"none", {}, std::nullopt},
      {"held without a next date", {meeting("held", "2027-03-05T13:00", "")}, std::nullopt},
      {"held with a next date", {meeting("held", "2027-03-05T13:00", "2027-06-01")}, "2027-06-01"},
      {"the newest held counts",
       {meeting("held", "2027-06-02T13:00", "2027-09-01"), meeting("held", "2027-03-05T13:00", "2027-06-01")},
       "2027-09-01"},
      {"the next one scheduled",
       {meeting("scheduled", "2027-05-30T10:00", ""), meeting("held", "2027-03-05T13:00", "2027-06-01")},
       std::nullopt},
      {"the next one cancelled",
       {meeting("cancelled", "2027-05-30T10:00", ""), meeting("held", "2027-03-05T13:00", "2027-06-01")},
       "2027-06-01"},
      {"only an older one scheduled",
       {meeting("scheduled", "2027-03-01T10:00", ""), meeting("held", "2027-03-05T13:00", "2027-06-01")},
       "2027-06-01"},
  };
  for (const auto& c : cases) EXPECT_EQ(next_meeting_due(c.meetings), c.due) << c.name;
}

TEST(MeetingRules, WallClockTimes) {
  EXPECT_TRUE(is_local_time("2027-03-05T09:30"));
  EXPECT_TRUE(is_local_time("2027-03-05T23:59"));
  for (const char* bad :
       {"2027-03-05 09:30", "2027-03-05T9:30", "2027-03-05T09:60", "2027-13-05T09:30", "2027-03-05T09:30:00", ""}) {
    EXPECT_FALSE(is_local_time(bad)) << bad;
  }
}

Invitation invitation(const char* method, const char* starts_at) {
  Invitation in;
  in.method = method;
  in.uid = "polku-meeting-7@polku.example.fi";
  in.sequence = 2;
  in.starts_at = starts_at;
  in.minutes = 90;
  in.summary = "Välipalaveri: Oona O.";
  in.location = "Työpaja";
  in.description = "Tavoitteet ja jatko";
  in.organizer_name = "Sari Sosiaalityöntekijä";
  in.organizer_email = "sari@example.fi";
  in.attendees = {guest("client", "Oona Ohjattava", "oona@example.fi"), guest("coach", "Kaisa", "")};
  in.stamp_utc = "20270301T080000Z";
  return in;
}

TEST(MeetingCalendar, AnInvitationIsAValidRequestInUtc) {
  const auto text = render_invitation(invitation("REQUEST", "2027-01-15T13:00"));
  icalcomponent* cal = icalparser_parse_string(text.c_str());
  ASSERT_NE(cal, nullptr) << text;
  EXPECT_EQ(icalcomponent_count_errors(cal), 0) << text;
  EXPECT_EQ(icalcomponent_get_method(cal), ICAL_METHOD_REQUEST);
  icalcomponent* event = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
  ASSERT_NE(event, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(event), "polku-meeting-7@polku.example.fi");
  EXPECT_STREQ(icalcomponent_get_summary(event), "Välipalaveri: Oona O.");
  EXPECT_STREQ(icalcomponent_get_location(event), "Työpaja");
  EXPECT_EQ(icalcomponent_get_status(event), ICAL_STATUS_CONFIRMED);
  // 13.00 in Helsinki in January is 11.00 UTC; 90 minutes later 12.30.
  EXPECT_NE(text.find("DTSTART:20270115T110000Z"), std::string::npos) << text;
  EXPECT_NE(text.find("DTEND:20270115T123000Z"), std::string::npos) << text;
  EXPECT_NE(text.find("SEQUENCE:2"), std::string::npos);
  EXPECT_NE(text.find("ORGANIZER;CN=Sari Sosiaalityöntekijä:mailto:sari@example.fi"), std::string::npos) << text;
  // Only those with an address are attendees.
  int attendees = 0;
  for (auto* p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
    ++attendees;
    EXPECT_STREQ(icalproperty_get_attendee(p), "mailto:oona@example.fi");
  }
  EXPECT_EQ(attendees, 1);
  icalcomponent_free(cal);
}

TEST(MeetingCalendar, SummerTimeAndACancellation) {
  const auto text = render_invitation(invitation("CANCEL", "2027-07-15T13:00"));
  EXPECT_NE(text.find("METHOD:CANCEL"), std::string::npos);
  EXPECT_NE(text.find("STATUS:CANCELLED"), std::string::npos);
  // 13.00 in Helsinki in July is 10.00 UTC.
  EXPECT_NE(text.find("DTSTART:20270715T100000Z"), std::string::npos) << text;
  EXPECT_EQ(utc_of_helsinki("2027-03-28T02:30"), "20270328T003000Z");  // the night the clocks go forward
  EXPECT_EQ(utc_of_helsinki("2027-10-31T12:00"), "20271031T100000Z");
  EXPECT_EQ(now_helsinki().size(), 16U);
  EXPECT_TRUE(is_local_time(now_helsinki()));
}

TEST(MeetingCalendar, AnInvitationsEmailIsTheTextAndTheCalendarAsAlternatives) {
  notifications::MailMessage m;
  m.from = "polku@example.fi";
  m.to = "oona@example.fi";
  m.subject = "Kutsu välipalaveriin 5.3.2027";
  m.body = "Sinut kutsutaan palaveriin.";
  m.message_id = "outbox-7@example.fi";
  m.calendar = render_invitation(invitation("REQUEST", "2027-03-05T13:00"));
  const auto text = notifications::rfc5322_text(m);
  EXPECT_NE(text.find("Content-Type: multipart/alternative; boundary=\"=_polku_outbox-7example.fi\""),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\n--=_polku_outbox-7example.fi--\r\n"), std::string::npos);
  for (std::size_t at = 0, end; at < text.size(); at = end + 2) {
    end = text.find("\r\n", at);
    if (end == std::string::npos) end = text.size();
    EXPECT_LE(end - at, 998U);  // RFC 5322's line limit
    for (std::size_t i = at; i < end; ++i) EXPECT_LT(static_cast<unsigned char>(text[i]), 128) << "7-bit clean";
  }
  m.calendar.clear();
  EXPECT_NE(notifications::rfc5322_text(m).find("Content-Type: text/plain; charset=utf-8"), std::string::npos);
}

}  // namespace
}  // namespace polku::meetings
