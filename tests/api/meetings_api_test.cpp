// A case's meetings on both databases over real HTTP: scheduled with its participants taken from the case, each
// invited through the outbox with an iCalendar invitation (a user also in the app), changed with the next SEQUENCE
// and a cancellation for those left out, cancelled, recorded from its day on with the next meeting's date, which
// then waits on the own worker's and the coach's task lists until the next meeting is scheduled; and who may do
// what.
#include "api/guidance_helpers.hpp"
#include "platform/db/database.hpp"
#include "platform/db/row.hpp"

namespace polku::api_test {
namespace {

class MeetingsApi : public BackendTest {};

struct Mail {
  std::string recipient, subject, body, calendar;
};

std::vector<Mail> outbox(TestServer& server) {
  db::Database db(server.database().url(), 1);
  return db.read([](soci::session& sql) {
    std::vector<Mail> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT recipient, subject, body, COALESCE(calendar, '') FROM outbox ORDER BY id");
    for (const auto& r : rows)
      out.push_back({db::text_at(r, 0), db::text_at(r, 1), db::text_at(r, 2), db::text_at(r, 3)});
    return out;
  });
}

const Mail* mail_to(const std::vector<Mail>& mails, const std::string& to, std::size_t from = 0) {
  for (std::size_t i = from; i < mails.size(); ++i) {
    if (mails[i].recipient == to) return &mails[i];
  }
  return nullptr;
}

// A KTT case in implementation with the association's coach and the county's social worker as the own worker;
// the client has an e-mail address.
struct Setting {
  Guided guided;
  std::string path;  // /api/v1/cases/{id}/meetings
};

Setting setting(World& w) {
  Setting s;
  s.guided = guided(w, w.registry(), two_weeks_ago(), "Oona", "Ohjattava");
  const std::string client_path = "/api/v1/clients/" + std::to_string(s.guided.client_id);
  auto person = json_ok(w.sign_in("instructor").get(client_path)).as_object();
  person["email"] = "oona@example.invalid";
  person = json_ok(w.sign_in("instructor").put(client_path, person)).as_object();
  json_ok(w.sign_in("manager").put(client_path + "/own-worker", json::object{{"ownWorkerId", w.user_id("worker")},
                                                                             {"version", person.at("version")}}));
  s.path = case_path(s.guided.case_id, "/meetings");
  return s;
}

json::object meeting(const std::string& starts_at, json::array participants) {
  return {{"startsAt", starts_at},
          {"minutes", 90},
          {"location", "Työpaja, Testikatu 1"},
          {"agenda", "Tavoitteet ja jatko"},
          {"participants", std::move(participants)}};
}

json::object user_of(const char* role, long long id) { return {{"role", role}, {"userId", id}}; }

std::string in_days(int days, const char* time = "13:00") { return add_days(today_helsinki(), days) + "T" + time; }

TEST_P(MeetingsApi, AMeetingInvitesEachParticipantWithAnInvitationThroughTheOutbox) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = setting(w);
  auto instructor = w.sign_in("instructor");

  // What may be invited: the case's client, own worker and coach.
  auto listing = json_ok(instructor.get(s.path));
  EXPECT_TRUE(listing.at("mayKeep").as_bool());
  std::set<std::string> roles;
  for (const auto& c : listing.at("candidates").as_array()) roles.insert(text_at(c, "role"));
  EXPECT_EQ(roles, (std::set<std::string>{"client", "own_worker", "coach"}));
  EXPECT_EQ(listing.at("candidates").as_array()[0].at("hasEmail"), json::value(true));

  const std::string starts = in_days(7);
  auto made = instructor.post(
      s.path,
      meeting(starts, {json::object{{"role", "client"}, {"name", "Ei tämä"}},
                       user_of("own_worker", w.user_id("worker")), user_of("coach", w.user_id("coach")),
                       json::object{
                           {"role", "close_person"}, {"name", "Liisa Läheinen"}, {"email", "liisa@example.invalid"}}}));
  auto m = json_ok(made, 201);
  EXPECT_EQ(text_at(m, "state"), "scheduled");
  EXPECT_EQ(text_at(m, "startsAt"), starts);
  const auto& people = m.at("participants").as_array();
  ASSERT_EQ(people.size(), 4U);
  EXPECT_EQ(text_at(people[0], "name"), "Oona Ohjattava");  // from the case, not from what was sent
  EXPECT_EQ(text_at(people[1], "name"), w.name("worker"));
  EXPECT_EQ(made.body.find("oona@example.invalid"), std::string::npos) << "the client's address is never shown";
  EXPECT_EQ(text_at(people[3], "email"), "liisa@example.invalid");

  const auto mails = outbox(server);
  ASSERT_EQ(mails.size(), 4U);
  const std::string uid = "UID:polku-meeting-" + std::to_string(int_at(m, "id")) + "@";
  for (const char* to :
       {"oona@example.invalid", "worker@example.invalid", "coach@example.invalid", "liisa@example.invalid"}) {
    const Mail* mail = mail_to(mails, to);
    ASSERT_NE(mail, nullptr) << to;
    EXPECT_NE(mail->calendar.find("METHOD:REQUEST"), std::string::npos) << to;
    EXPECT_NE(mail->calendar.find(uid), std::string::npos) << mail->calendar;
    EXPECT_NE(mail->calendar.find("SEQUENCE:0"), std::string::npos) << to;
    EXPECT_NE(mail->calendar.find("DTSTART:" + add_days(today_helsinki(), 7).erase(7, 1).erase(4, 1)),
              std::string::npos)
        << mail->calendar;
    EXPECT_NE(mail->calendar.find("SUMMARY:Välipalaveri: Oona O."), std::string::npos) << mail->calendar;
    EXPECT_NE(mail->calendar.find("mailto:liisa@example.invalid"), std::string::npos) << "every attendee";
    EXPECT_EQ(mail->body.find("Ohjattava"), std::string::npos) << mail->body;
    EXPECT_NE(mail->body.find("klo 13.00"), std::string::npos) << mail->body;
  }
  // The client and the close person cannot sign in: their e-mail has no link, the users' leads to the case.
  EXPECT_EQ(mail_to(mails, "oona@example.invalid")->body.find("http"), std::string::npos);
  EXPECT_EQ(mail_to(mails, "liisa@example.invalid")->body.find("http"), std::string::npos);
  EXPECT_NE(
      mail_to(mails, "coach@example.invalid")->body.find("/cases/" + std::to_string(s.guided.case_id) + "#meetings"),
      std::string::npos);
  // The users also in the app.
  for (const char* who : {"worker", "coach"}) {
    bool told = false;
    for (const auto& n : items_ok(w.sign_in(who).get("/api/v1/notifications"))) {
      told = told || (text_at(n, "kind") == "meeting_invitation" && text_at(n.at("params"), "time") == "13:00");
    }
    EXPECT_TRUE(told) << who;
  }
}

TEST_P(MeetingsApi, AChangeSendsTheNextSequenceAndCancelsForThoseLeftOut) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = setting(w);
  auto instructor = w.sign_in("instructor");
  auto m = json_ok(instructor.post(s.path, meeting(in_days(7), {json::object{{"role", "client"}},
                                                                user_of("coach", w.user_id("coach")),
                                                                json::object{{"role", "close_person"},
                                                                             {"name", "Liisa Läheinen"},
                                                                             {"email", "liisa@example.invalid"}}})),
                   201);
  const std::string meeting_path = "/api/v1/meetings/" + std::to_string(int_at(m, "id"));
  const std::size_t before = outbox(server).size();
  ASSERT_EQ(before, 3U);

  auto change = meeting(in_days(8, "09:30"), {json::object{{"role", "client"}}, user_of("coach", w.user_id("coach"))});
  change["version"] = int_at(m, "version");
  auto changed = json_ok(instructor.put(meeting_path, change));
  EXPECT_EQ(text_at(changed, "startsAt"), in_days(8, "09:30"));
  const auto mails = outbox(server);
  ASSERT_EQ(mails.size(), before + 3);
  const Mail* liisa = mail_to(mails, "liisa@example.invalid", before);
  ASSERT_NE(liisa, nullptr);
  EXPECT_NE(liisa->calendar.find("METHOD:CANCEL"), std::string::npos);
  EXPECT_NE(liisa->subject.find("peruttu"), std::string::npos) << liisa->subject;
  for (const char* to : {"oona@example.invalid", "coach@example.invalid"}) {
    const Mail* mail = mail_to(mails, to, before);
    ASSERT_NE(mail, nullptr) << to;
    EXPECT_NE(mail->calendar.find("METHOD:REQUEST"), std::string::npos) << to;
    EXPECT_NE(mail->calendar.find("SEQUENCE:1"), std::string::npos) << mail->calendar;
    EXPECT_NE(mail->body.find("klo 09.30"), std::string::npos) << mail->body;
  }

  // The version read before the change is stale: refused, nothing changed, nothing sent.
  change["location"] = "Toimisto";
  auto stale = expect_problem(instructor.put(meeting_path, change), 409);
  EXPECT_EQ(problem_code(stale), "stale_version");
  EXPECT_EQ(outbox(server).size(), before + 3);

  // Cancelled: every participant gets the cancellation; a cancelled meeting is closed.
  auto cancelled =
      json_ok(instructor.post(meeting_path + "/cancellation",
                              json::object{{"reason", "Ohjaaja sairastui"}, {"version", int_at(changed, "version")}}));
  EXPECT_EQ(text_at(cancelled, "state"), "cancelled");
  EXPECT_EQ(text_at(cancelled, "cancelReason"), "Ohjaaja sairastui");
  const auto after = outbox(server);
  ASSERT_EQ(after.size(), before + 5);
  for (std::size_t i = before + 3; i < after.size(); ++i) {
    EXPECT_NE(after[i].calendar.find("METHOD:CANCEL"), std::string::npos);
    EXPECT_NE(after[i].calendar.find("SEQUENCE:2"), std::string::npos);
    EXPECT_EQ(after[i].body.find("sairastui"), std::string::npos) << "the reason stays in Polku";
  }
  change["version"] = int_at(cancelled, "version");
  EXPECT_EQ(problem_code(expect_problem(instructor.put(meeting_path, change), 409)), "meeting_closed");
}

TEST_P(MeetingsApi, AMeetingIsRecordedFromItsDayAndItsNextDateWaitsOnTheTaskLists) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = setting(w);
  auto instructor = w.sign_in("instructor");

  // One to come cannot be recorded yet.
  auto coming = json_ok(instructor.post(s.path, meeting(in_days(3), {json::object{{"role", "client"}}})), 201);
  auto early = expect_problem(instructor.put("/api/v1/meetings/" + std::to_string(int_at(coming, "id")) + "/record",
                                             json::object{{"notes", "Sujuu"}, {"version", int_at(coming, "version")}}),
                              409);
  EXPECT_EQ(problem_code(early), "meeting_not_yet");
  json_ok(instructor.post("/api/v1/meetings/" + std::to_string(int_at(coming, "id")) + "/cancellation",
                          json::object{{"reason", "Siirtyy"}, {"version", int_at(coming, "version")}}));

  // One held three days ago, set up afterwards: no invitations for what is past.
  const std::size_t mails = outbox(server).size();
  auto held = json_ok(instructor.post(s.path, meeting(in_days(-3, "10:00"), {json::object{{"role", "client"}},
                                                                             user_of("coach", w.user_id("coach"))})),
                      201);
  EXPECT_EQ(outbox(server).size(), mails);
  const std::string record_path = "/api/v1/meetings/" + std::to_string(int_at(held, "id")) + "/record";
  auto bad = expect_problem(instructor.put(record_path, json::object{{"notes", ""},
                                                                     {"nextMeetingOn", add_days(today_helsinki(), -3)},
                                                                     {"version", int_at(held, "version")}}),
                            422);
  EXPECT_TRUE(has_field_error(bad, "notes", "required"));
  EXPECT_TRUE(has_field_error(bad, "nextMeetingOn", "not_after_meeting"));
  const std::string next = add_days(today_helsinki(), 10);
  const long long client_participant = int_at(held.at("participants").as_array()[0], "id");
  auto recorded = json_ok(instructor.put(record_path, json::object{{"notes", "Työt sujuvat, aamut vaikeita."},
                                                                   {"nextMeetingOn", next},
                                                                   {"attended", json::array{client_participant}},
                                                                   {"version", int_at(held, "version")}}));
  EXPECT_EQ(text_at(recorded, "state"), "held");
  EXPECT_EQ(text_at(recorded, "nextMeetingOn"), next);
  EXPECT_EQ(recorded.at("participants").as_array()[0].at("attended"), json::value(true));
  EXPECT_EQ(recorded.at("participants").as_array()[1].at("attended"), json::value(false));
  EXPECT_EQ(json_ok(instructor.get(s.path)).at("nextDue"), json::value(next));

  // The next meeting is due within 14 days: on the own worker's and the coach's lists, not the instructor's.
  auto due_for = [&](const char* who) {
    int n = 0;
    for (const auto& t : items_ok(w.sign_in(who).get("/api/v1/tasks"))) {
      if (text_at(t, "kind") != "meeting_due") continue;
      ++n;
      EXPECT_EQ(int_at(t, "caseId"), s.guided.case_id);
      EXPECT_EQ(text_at(t, "due"), next);
    }
    return n;
  };
  EXPECT_EQ(due_for("worker"), 1);
  EXPECT_EQ(due_for("coach"), 1);
  EXPECT_EQ(due_for("instructor"), 0);
  // Scheduled: it leaves the lists by itself.
  json_ok(instructor.post(s.path, meeting(next + "T13:00", {json::object{{"role", "client"}}})), 201);
  EXPECT_EQ(due_for("worker"), 0);
  EXPECT_EQ(due_for("coach"), 0);
}

TEST_P(MeetingsApi, BadInputIsNamedFieldByFieldInTheUsersLanguage) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = setting(w);
  auto body = meeting(in_days(7), {user_of("coach", w.user_id("supervisor")),
                                   json::object{{"role", "close_person"}, {"name", "Liisa"}, {"email", "liisa"}}});
  body["minutes"] = 5;
  body["location"] = "";
  auto problem = expect_problem(w.sign_in("instructor", "sv").post(s.path, body), 422);
  EXPECT_TRUE(has_field_error(problem, "minutes", "out_of_range"));
  EXPECT_TRUE(has_field_error(problem, "location", "required"));
  EXPECT_TRUE(has_field_error(problem, "participants[0].userId", "not_a_party"));
  EXPECT_TRUE(has_field_error(problem, "participants[1].email", "invalid_format"));
  EXPECT_EQ(text_at(field_error(problem, "participants[0].userId"), "message"),
            "Personen är inte part i klientskapet.");
  EXPECT_TRUE(json_ok(w.sign_in("instructor").get(s.path)).at("meetings").as_array().empty());
  EXPECT_TRUE(outbox(server).empty());
}

TEST_P(MeetingsApi, WhoReadsAndKeepsACasesMeetings) {
  TestServer server(GetParam());
  auto w = World::build(server);
  const auto s = setting(w);
  const auto body = meeting(in_days(7), {json::object{{"role", "client"}}});
  // The provider taking part schedules; the purchaser's manager reads; others see nothing.
  json_ok(w.sign_in("coach").post(s.path, body), 201);
  json_ok(w.sign_in("provider_manager").post(s.path, body), 201);
  auto read = json_ok(w.sign_in("manager").get(s.path));
  EXPECT_EQ(read.at("meetings").as_array().size(), 2U);
  EXPECT_FALSE(read.at("mayKeep").as_bool());
  EXPECT_TRUE(read.at("candidates").as_array().empty());
  expect_problem(w.sign_in("manager").post(s.path, body), 403);
  for (const char* stranger : {"other_instructor", "supervisor", "recycling_manager"}) {
    expect_problem(w.sign_in(stranger).get(s.path), 404);
    expect_problem(w.sign_in(stranger).post(s.path, body), 404);
  }
  const std::string meeting_path =
      "/api/v1/meetings/" + std::to_string(int_at(read.at("meetings").as_array()[0], "id")) + "/cancellation";
  expect_problem(w.sign_in("other_instructor").post(meeting_path, json::object{{"reason", "x"}, {"version", 1}}), 404);
  expect_problem(w.sign_in("manager").post(meeting_path, json::object{{"reason", "x"}, {"version", 1}}), 403);
}

}  // namespace

POLKU_API_TEST_BACKENDS(MeetingsApi);

}  // namespace polku::api_test
