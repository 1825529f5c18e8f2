// The notifications' pure rules: what an e-mail says (and never says), the backoff, and the message's
// RFC 5322 form.
#include <gtest/gtest.h>

#include "notifications/mail_message.hpp"
#include "notifications/notification_rules.hpp"

namespace polku::notifications {
namespace {

TEST(NotificationsRules, AnEmailNamesTheClientByFirstNameAndTheLastNamesInitial) {
  struct Case {
    std::string full, shown;
  };
  const std::vector<Case> cases = {
      {"Maija Meikäläinen", "Maija M."},
      {"Anna Maria Virtanen", "Anna V."},  // the first of several first names
      {"Åsa Östman-Lind", "Åsa Ö."},       // a two-byte initial stays whole
      {"  Pekka   Ärräpää ", "Pekka Ä."},
      {"Pekka", "Pekka"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(name_outside_polku(c.full), c.shown) << c.full;
}

TEST(NotificationsRules, DatesAreShownDayMonthYear) {
  EXPECT_EQ(display_date("2027-03-05"), "5.3.2027");
  EXPECT_EQ(display_date("2026-12-24"), "24.12.2026");
  EXPECT_EQ(display_date("tomorrow"), "tomorrow");
}

const boost::json::object kAbsence{{"clientName", "Maija Meikäläinen"},
                                   {"date", "2027-03-05"},
                                   {"placeName", "Testikylän kierrätyskeskus"},
                                   {"personalIdentityCode", "131085-901U"},
                                   {"reason", "sairaalahoito"}};

TEST(NotificationsRules, AnAbsenceEmailIsInTheRecipientsLanguageWithTheLink) {
  struct Case {
    std::string language, subject, in_body;
  };
  const std::vector<Case> cases = {
      {"fi", "Polku: ilmoittamaton poissaolo 5.3.2027", "Asiakas: Maija M.\nPäivä: 5.3.2027\n"},
      {"sv", "Polku: frånvaro utan anmälan 5.3.2027", "Klient: Maija M.\nDag: 5.3.2027\n"},
      {"en", "Polku: absence without notice 5.3.2027", "Client: Maija M.\nDate: 5.3.2027\n"},
      {"de", "Polku: ilmoittamaton poissaolo 5.3.2027", "Asiakas: Maija M."},  // unknown: Finnish
  };
  for (const auto& c : cases) {
    auto mail =
        email_text("absence_without_notice", kAbsence, c.language, "https://polku.example.fi/cases/12#attendance");
    EXPECT_EQ(mail.subject, c.subject) << c.language;
    EXPECT_NE(mail.body.find(c.in_body), std::string::npos) << mail.body;
    EXPECT_NE(mail.body.find("Testikylän kierrätyskeskus"), std::string::npos) << mail.body;
    EXPECT_NE(mail.body.find("https://polku.example.fi/cases/12#attendance"), std::string::npos) << mail.body;
  }
}

TEST(NotificationsRules, AnEmailShowsOnlyTheParamsItsKindNames) {
  for (const std::string kind : {"absence_without_notice", "a_kind_yet_to_come"}) {
    auto mail = email_text(kind, kAbsence, "fi", "https://polku.example.fi/x");
    for (const std::string secret : {"131085-901U", "sairaalahoito", "Meikäläinen"}) {
      EXPECT_EQ(mail.subject.find(secret), std::string::npos) << kind << ": " << mail.subject;
      EXPECT_EQ(mail.body.find(secret), std::string::npos) << kind << ": " << mail.body;
    }
  }
  // A kind without texts of its own still tells of a notification and links to it.
  auto other = email_text("a_kind_yet_to_come", kAbsence, "sv", "https://polku.example.fi/x");
  EXPECT_EQ(other.subject, "Polku: nytt meddelande");
  EXPECT_NE(other.body.find("https://polku.example.fi/x"), std::string::npos);
}

TEST(NotificationsRules, AGuidanceReminderSaysWhatIsMissingAndWhenTheWindowEnds) {
  struct Case {
    std::string minutes, social, language, subject;
    std::vector<std::string> in_body, not_in_body;
  };
  const std::vector<Case> cases = {
      {"150",
       "false",
       "fi",
       "Polku: ohjausta puuttuu, jakso päättyy 30.4.2027",
       {"Asiakas: Oona O.\n", "Jakso päättyy: 30.4.2027\n", "Ohjausta puuttuu: 2,5 h\n"},
       {"Sosiaalista"}},
      {"300",
       "false",
       "sv",
       "Polku: handledning saknas, perioden slutar 30.4.2027",
       {"Handledning saknas: 5 h\n"},
       {"Social handledning"}},
      {"20",
       "false",
       "en",
       "Polku: guidance missing, the window ends 30.4.2027",
       {"Guidance missing: 0.33 h\n"},
       {"social guidance"}},
      {"0",
       "true",
       "fi",
       "Polku: sosiaalinen ohjaus puuttuu, jakso päättyy 30.4.2027",
       {"sosiaalista ohjausta ole", "Jakso päättyy: 30.4.2027\n"},
       {"Ohjausta puuttuu", " h\n"}},
      {"45",
       "true",
       "en",
       "Polku: guidance missing, the window ends 30.4.2027",
       {"Guidance missing: 0.75 h\n", "No social guidance has been given yet."},
       {}},
  };
  for (const auto& c : cases) {
    const boost::json::object params{{"clientName", "Oona Ohjattava"},
                                     {"windowEnd", "2027-04-30"},
                                     {"missingMinutes", c.minutes},
                                     {"socialMissing", c.social}};
    auto mail =
        email_text("guidance_falling_behind", params, c.language, "https://polku.example.fi/cases/7#period-3-guidance");
    EXPECT_EQ(mail.subject, c.subject) << c.minutes << " " << c.language;
    for (const auto& text : c.in_body) EXPECT_NE(mail.body.find(text), std::string::npos) << text << "\n" << mail.body;
    for (const auto& text : c.not_in_body)
      EXPECT_EQ(mail.body.find(text), std::string::npos) << text << "\n" << mail.body;
    EXPECT_NE(mail.body.find("https://polku.example.fi/cases/7#period-3-guidance"), std::string::npos);
    EXPECT_EQ(mail.body.find("Ohjattava"), std::string::npos) << mail.body;  // never the full name
  }
}

TEST(NotificationsRules, AFailedDeliveryIsTriedAgainAfterAGrowingWaitThenGivenUp) {
  struct Case {
    int attempts;
    bool permanent;
    std::optional<long long> delay;
  };
  const std::vector<Case> cases = {
      {1, false, 60},          {2, false, 300},          {3, false, 1800},
      {4, false, 7200},        {5, false, std::nullopt},  // kMaxAttempts made: failed
      {1, true, std::nullopt},                            // a 5xx refusal: failed at once
  };
  for (const auto& c : cases) EXPECT_EQ(retry_delay_seconds(c.attempts, c.permanent), c.delay) << c.attempts;
  EXPECT_TRUE(is_permanent_refusal(550));
  EXPECT_FALSE(is_permanent_refusal(451));
  EXPECT_FALSE(is_permanent_refusal(0));  // no answer at all: the server may come back
}

TEST(MailMessage, NonAsciiHeadersAreEncodedWordsOfWholeCharacters) {
  EXPECT_EQ(encoded_header_text("Polku: absence 5.3.2027"), "Polku: absence 5.3.2027");
  EXPECT_EQ(encoded_header_text("Poissaolo ä"), "=?UTF-8?B?UG9pc3Nhb2xvIMOk?=");
  const std::string long_text(40, 'a');
  const auto words = encoded_header_text(long_text + "äöäöäöäö");  // 56 bytes: two words
  EXPECT_NE(words.find("?=\r\n =?UTF-8?B?"), std::string::npos) << words;
  EXPECT_EQ(encoded_header_text("a\r\nBcc: x@example.org"), "a  Bcc: x@example.org");  // no header injection
}

TEST(MailMessage, TheBodyIsQuotedPrintableInShortCrlfLines) {
  EXPECT_EQ(quoted_printable("Päivä: 5.3.\nx = y \n"), "P=C3=A4iv=C3=A4: 5.3.\r\nx =3D y=20\r\n");
  const auto long_line = quoted_printable(std::string(200, 'a'));
  std::size_t start = 0;
  for (auto end = long_line.find("\r\n"); end != std::string::npos; end = long_line.find("\r\n", start)) {
    EXPECT_LE(end - start, 76U);
    start = end + 2;
  }
}

TEST(MailMessage, TheMessageHasTheHeadersOfRfc5322AndMime) {
  MailMessage m{"polku@example.fi",   "Polku", "ohjaaja@example.fi", "Poissaolo ä", "Hei\n", 1796265703000,
                "outbox-7@example.fi"};
  const auto text = rfc5322_text(m);
  for (const std::string line :
       {"From: Polku <polku@example.fi>\r\n", "To: <ohjaaja@example.fi>\r\n",
        "Subject: =?UTF-8?B?UG9pc3Nhb2xvIMOk?=\r\n", "Date: Thu, 03 Dec 2026 02:41:43 +0000\r\n",
        "Message-ID: <outbox-7@example.fi>\r\n", "MIME-Version: 1.0\r\n", "Content-Type: text/plain; charset=utf-8\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n", "\r\n\r\nHei\r\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line << " in\n" << text;
  }
}

}  // namespace
}  // namespace polku::notifications
