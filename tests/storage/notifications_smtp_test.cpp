// The outbox sender against a real SMTP server on loopback (aiosmtpd, tests/support/smtp_sink.py): what
// arrives is what the recipient should read, in their language and without what an e-mail may not carry;
// a refused attempt is tried again after the backoff and arrives once; STARTTLS, when required, is never
// skipped.
#include "notifications/smtp_mailer.hpp"
#include "storage/notifications_world.hpp"
#include "support/smtp_sink.hpp"

namespace polku {
namespace {

using notifications::Sender;
using notifications::SmtpMailer;
using storage_test::count_rows;

class NotificationsSmtpTest : public storage_test::NotificationsTest {
 protected:
  static config::SmtpSettings smtp_at(unsigned short port, bool starttls = false) {
    config::SmtpSettings s;
    s.host = "127.0.0.1";
    s.port = port;
    s.starttls = starttls;
    s.sender = "polku@example.fi";
    return s;
  }
  static std::string text(const boost::json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  }
};

TEST_P(NotificationsSmtpTest, AnAbsenceReachesEachInstructorInTheirLanguageWithoutTheIdentityCode) {
  notify(absence(user("ohjaaja", "ohjaaja@example.fi", "fi")));
  notify(absence(user("handledare", "handledare@example.fi", "sv")));
  testing::SmtpSink sink;
  Sender sender(transactor_, SmtpMailer(smtp_at(sink.port())));
  auto report = sender.run_once(now_ms());
  EXPECT_EQ(report.claimed, 2);
  EXPECT_EQ(report.sent, 2);
  const auto messages = sink.messages();
  ASSERT_EQ(messages.size(), 2U);

  struct Expected {
    std::string to, subject, greeting, client_line;
  };
  const std::vector<Expected> expected = {
      {"ohjaaja@example.fi", "Polku: ilmoittamaton poissaolo 5.3.2027", "Asiakkaasi oli poissa ilmoittamatta.",
       "Asiakas: Maija M.\nPäivä: 5.3.2027\nPaikka: Testikylän kierrätyskeskus\n"},
      {"handledare@example.fi", "Polku: frånvaro utan anmälan 5.3.2027", "Din klient var frånvarande utan anmälan.",
       "Klient: Maija M.\nDag: 5.3.2027\nPlats: Testikylän kierrätyskeskus\n"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& m = messages[i];
    const auto& e = expected[i];
    ASSERT_EQ(m.at("rcptTos").as_array().size(), 1U);
    EXPECT_EQ(m.at("rcptTos").as_array()[0].as_string(), e.to);
    EXPECT_EQ(text(m, "mailFrom"), "polku@example.fi");
    EXPECT_EQ(text(m, "to"), e.to);
    EXPECT_EQ(text(m, "from"), "Polku <polku@example.fi>");
    EXPECT_EQ(text(m, "subject"), e.subject);
    EXPECT_EQ(text(m, "contentType"), "text/plain");
    EXPECT_EQ(text(m, "charset"), "utf-8");
    EXPECT_FALSE(text(m, "date").empty());
    EXPECT_EQ(text(m, "messageId").rfind("<outbox-", 0), 0U) << text(m, "messageId");
    const std::string body = text(m, "body");
    EXPECT_EQ(body.rfind(e.greeting, 0), 0U) << body;
    EXPECT_NE(body.find(e.client_line), std::string::npos) << boost::json::serialize(m.at("body"));
    EXPECT_NE(body.find("https://polku.example.fi/cases/12#attendance"), std::string::npos) << body;
    for (const std::string secret : {"131085-901U", "sairaalahoito", "Meikäläinen"}) {
      EXPECT_EQ(text(m, "raw").find(secret), std::string::npos) << secret;
      EXPECT_EQ(body.find(secret), std::string::npos) << secret;
    }
  }
  EXPECT_EQ(count_rows(db(), "outbox", "status = 'sent' AND sent_at IS NOT NULL"), 2);
  EXPECT_EQ(sender.run_once(now_ms()).claimed, 0);  // nothing is sent again
  EXPECT_EQ(sink.messages().size(), 2U);
}

// A meeting's invitation: the text and the iCalendar object as alternatives, the calendar part's method named in
// its Content-Type as RFC 6047 asks, so that a mail client offers it as an invitation; a guest's e-mail has no link.
TEST_P(NotificationsSmtpTest, AnInvitationArrivesAsTextAndACalendarPartWithItsMethod) {
  const std::string calendar =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Polku//Polku//FI\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
      "UID:polku-meeting-7@polku.example.fi\r\nSUMMARY:Välipalaveri: Maija M.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  notifications::Notice n;
  n.user_id = user("ohjaaja", "ohjaaja@example.fi", "fi");
  n.kind = "meeting_invitation";
  n.link = "/cases/12#meetings";
  n.params = {{"clientName", "Maija Meikäläinen"}, {"date", "2027-03-05"}, {"time", "13:00"}, {"location", "Työpaja"}};
  n.calendar = calendar;
  notify(n);
  auto done = transactor_.run(actor_, [&](work::UnitOfWork& unit) -> Result<bool> {
    notifier_.email(unit, {"maija@example.fi", "sv", "meeting_invitation_guest", n.params, calendar});
    return true;
  });
  ASSERT_TRUE(done.ok());
  testing::SmtpSink sink;
  Sender sender(transactor_, SmtpMailer(smtp_at(sink.port())));
  EXPECT_EQ(sender.run_once(now_ms()).sent, 2);
  const auto messages = sink.messages();
  ASSERT_EQ(messages.size(), 2U);
  for (const auto& m : messages) {
    EXPECT_EQ(text(m, "contentType"), "multipart/alternative");
    EXPECT_EQ(text(m, "calendarMethod"), "REQUEST");
    EXPECT_NE(text(m, "calendar").find("SUMMARY:Välipalaveri: Maija M."), std::string::npos) << text(m, "calendar");
    EXPECT_EQ(text(m, "raw").find("Meikäläinen"), std::string::npos);
  }
  EXPECT_EQ(text(messages[0], "subject"), "Polku: välipalaveri 5.3.2027");
  EXPECT_NE(text(messages[0], "body").find("Aika: 5.3.2027 klo 13.00\nPaikka: Työpaja\n"), std::string::npos)
      << text(messages[0], "body");
  EXPECT_NE(text(messages[0], "body").find("https://polku.example.fi/cases/12#meetings"), std::string::npos);
  // The guest's in Swedish, with no link into Polku, where they cannot sign in.
  EXPECT_EQ(text(messages[1], "subject"), "Inbjudan till uppföljningsmöte 5.3.2027");
  EXPECT_NE(text(messages[1], "body").find("Tid: 5.3.2027 kl. 13.00\n"), std::string::npos) << text(messages[1], "body");
  EXPECT_EQ(text(messages[1], "body").find("http"), std::string::npos) << text(messages[1], "body");
  EXPECT_EQ(count_rows(db(), "outbox", "notification_id IS NULL"), 1);
}

TEST_P(NotificationsSmtpTest, AMessageTheServerRefusesAtFirstIsTriedAgainAfterAMinuteAndArrivesOnce) {
  notify(absence(user("ohjaaja", "ohjaaja@example.fi")));
  const long long id = only_outbox_id();
  testing::SmtpSink sink(1);  // the first message: 451
  Sender sender(transactor_, SmtpMailer(smtp_at(sink.port())));
  const long long t0 = now_ms();

  auto first = sender.run_once(t0);
  EXPECT_EQ(first.retried, 1);
  EXPECT_TRUE(sink.messages().empty());
  EXPECT_EQ(outbox_text("status", id), "pending");
  EXPECT_EQ(outbox_number("attempts", id), 1);
  EXPECT_NE(outbox_text("last_error", id).find("451"), std::string::npos) << outbox_text("last_error", id);
  EXPECT_EQ(outbox_text("next_attempt_at", id), iso_from_ms(t0 + 60'000));

  EXPECT_EQ(sender.run_once(t0 + 30'000).claimed, 0);  // not due yet
  auto second = sender.run_once(t0 + 61'000);
  EXPECT_EQ(second.sent, 1);
  EXPECT_EQ(sender.run_once(t0 + 3'600'000).claimed, 0);
  ASSERT_EQ(sink.messages().size(), 1U);
  EXPECT_EQ(text(sink.messages()[0], "subject"), "Polku: ilmoittamaton poissaolo 5.3.2027");
  EXPECT_EQ(outbox_text("status", id), "sent");
  EXPECT_EQ(outbox_number("attempts", id), 2);
  EXPECT_EQ(outbox_text("last_error", id), "");
}

TEST_P(NotificationsSmtpTest, WithStarttlsRequiredAServerWithoutItGetsNothingAndTheMessageWaits) {
  notify(absence(user("ohjaaja", "ohjaaja@example.fi")));
  const long long id = only_outbox_id();
  testing::SmtpSink sink;  // offers no STARTTLS
  Sender sender(transactor_, SmtpMailer(smtp_at(sink.port(), true)));
  EXPECT_EQ(sender.run_once(now_ms()).retried, 1);
  EXPECT_TRUE(sink.messages().empty());
  EXPECT_EQ(outbox_text("status", id), "pending");
  EXPECT_FALSE(outbox_text("last_error", id).empty());
}

TEST_P(NotificationsSmtpTest, AMessageNoServerTakesIsGivenUpAfterTheLastAttempt) {
  notify(absence(user("ohjaaja", "ohjaaja@example.fi")));
  const long long id = only_outbox_id();
  testing::SmtpSink sink(notifications::kMaxAttempts);
  Sender sender(transactor_, SmtpMailer(smtp_at(sink.port())));
  long long at = now_ms();
  for (int i = 0; i < notifications::kMaxAttempts; ++i, at += 3 * 3'600'000) sender.run_once(at);
  EXPECT_EQ(outbox_text("status", id), "failed");
  EXPECT_EQ(outbox_number("attempts", id), notifications::kMaxAttempts);
  EXPECT_EQ(sender.run_once(at + 24 * 3'600'000).claimed, 0);
  EXPECT_TRUE(sink.messages().empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationsSmtpTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
