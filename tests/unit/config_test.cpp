#include "platform/config/config.hpp"

#include <gtest/gtest.h>

namespace polku::config {
namespace {

Config build_ok(const RawSettings& raw) {
  auto result = build_config(raw);
  if (auto* e = std::get_if<ConfigError>(&result)) ADD_FAILURE() << e->message;
  return std::get<Config>(result);
}

std::string build_error(const RawSettings& raw) {
  auto result = build_config(raw);
  if (auto* e = std::get_if<ConfigError>(&result)) return e->message;
  return {};
}

TEST(Config, DefaultsServeSqliteOnLocalhost8080) {
  auto c = build_ok({});
  EXPECT_EQ(c.listen_host, "127.0.0.1");
  EXPECT_EQ(c.listen_port, 8080);
  EXPECT_EQ(c.database_url, "sqlite://var/polku.db");
}

TEST(Config, LaterLayersOverrideEarlierOnes) {
  RawSettings raw;
  merge_toml_text(raw, "[server]\nlisten = \"0.0.0.0:9000\"\nworker_threads = 3\n[database]\nurl = \"sqlite://a.db\"\n",
                  "polku.toml");
  merge_environment(raw, {{"POLKU_LISTEN", "127.0.0.1:9001"}, {"POLKU_DATABASE_URL", "postgresql://h/db"}});
  merge_flags(raw, {{"server.listen", "127.0.0.1:9002"}});
  auto c = build_ok(raw);
  EXPECT_EQ(c.listen_port, 9002);                  // flag beats environment
  EXPECT_EQ(c.database_url, "postgresql://h/db");  // environment beats file
  EXPECT_EQ(c.worker_threads, 3);                  // file beats default
}

TEST(Config, EnvironmentVariablesOutsideTheKnownSetAreIgnored) {
  RawSettings raw;
  merge_environment(raw, {{"POLKU_UNKNOWN", "x"}, {"PATH", "/bin"}});
  EXPECT_TRUE(raw.empty());
}

struct BadSetting {
  std::string key;
  std::string value;
  std::string source;
  std::string expected_in_message;
};

class ConfigRefuses : public ::testing::TestWithParam<BadSetting> {};

TEST_P(ConfigRefuses, AWrongValueWithAMessageNamingTheSetting) {
  const auto& p = GetParam();
  RawSettings raw{{p.key, RawSetting{p.value, p.source}}};
  auto message = build_error(raw);
  ASSERT_FALSE(message.empty()) << p.key << "=" << p.value << " was accepted";
  EXPECT_NE(message.find(p.source), std::string::npos) << message;
  EXPECT_NE(message.find(p.expected_in_message), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ConfigRefuses,
    ::testing::Values(
        BadSetting{"server.listen", "8080", "POLKU_LISTEN", "host:port"},
        BadSetting{"server.listen", "localhost:http", "--listen", "host:port"},
        BadSetting{"server.listen", "localhost:70000", "--listen", "host:port"},
        BadSetting{"database.url", "mysql://x", "POLKU_DATABASE_URL", "sqlite://"},
        BadSetting{"database.url", "sqlite://", "POLKU_DATABASE_URL", "sqlite://"},
        BadSetting{"server.worker_threads", "0", "--worker-threads", "whole number"},
        BadSetting{"server.worker_threads", "four", "--worker-threads", "whole number"},
        BadSetting{"database.pool_size", "-1", "POLKU_DATABASE_POOL_SIZE", "whole number"},
        BadSetting{"security.secure_cookies", "yes", "POLKU_SECURE_COOKIES", "true or false"},
        BadSetting{"log.level", "loud", "POLKU_LOG_LEVEL", "one of"},
        BadSetting{"server.body_limit_bytes", "10", "polku.toml [server] body_limit_bytes", "whole number"},
        BadSetting{"server.public_url", "polku.example.fi", "POLKU_PUBLIC_URL", "https://"},
        BadSetting{"smtp.host", "smtp://mail.example.fi", "polku.toml [smtp] host", "host name"},
        BadSetting{"smtp.port", "0", "POLKU_SMTP_PORT", "port from 1 to 65535"},
        BadSetting{"smtp.port", "smtp", "--smtp-port", "port from 1 to 65535"},
        BadSetting{"smtp.starttls", "maybe", "POLKU_SMTP_STARTTLS", "true or false"},
        BadSetting{"smtp.sender", "polku", "polku.toml [smtp] sender", "e-mail address"},
        BadSetting{"smtp.sender", "Polku <polku@example.fi>", "POLKU_SMTP_SENDER", "e-mail address"},
        BadSetting{"attendance.repeated_absences", "0", "POLKU_REPEATED_ABSENCES", "whole number"},
        BadSetting{"attendance.window_days", "a month", "polku.toml [attendance] window_days", "whole number"},
        BadSetting{"security.trusted_proxies", "nginx.local", "POLKU_TRUSTED_PROXIES", "IP addresses"},
        BadSetting{"security.absolute_session_hours", "0", "--absolute-session-hours", "whole number"}));

TEST(Config, TomlSyntaxErrorsThrowForTheCallerToReport) {
  RawSettings raw;
  EXPECT_ANY_THROW(merge_toml_text(raw, "[server\nlisten = 1", "polku.toml"));
}

TEST(Config, TomlIntegersAndBooleansAreRead) {
  RawSettings raw;
  merge_toml_text(raw, "[security]\nsecure_cookies = true\nsession_hours = 4\n", "polku.toml");
  auto c = build_ok(raw);
  EXPECT_TRUE(c.secure_cookies);
  EXPECT_EQ(c.session_hours, 4);
}

// Sessions end after 8 idle hours and 12 from sign-in unless set otherwise (never before the idle lifetime); no
// proxy is trusted until named.
TEST(Config, SessionLifetimesAndTrustedProxies) {
  auto c = build_ok({});
  EXPECT_EQ(c.session_hours, 8);
  EXPECT_EQ(c.absolute_session_hours, 12);
  EXPECT_TRUE(c.trusted_proxies.empty());
  RawSettings raw;
  merge_toml_text(raw, "[security]\nsession_hours = 10\ntrusted_proxies = \"127.0.0.1, ::1\"\n", "polku.toml");
  c = build_ok(raw);
  EXPECT_EQ(c.absolute_session_hours, 12);
  EXPECT_EQ(c.trusted_proxies, (std::vector<std::string>{"127.0.0.1", "::1"}));
  merge_toml_text(raw, "[security]\nsession_hours = 14\n", "polku.toml");
  EXPECT_EQ(build_ok(raw).absolute_session_hours, 14) << "the default follows a longer idle lifetime";
  // Set shorter than the idle lifetime, it is refused by name rather than changed silently.
  merge_toml_text(raw, "[security]\nabsolute_session_hours = 4\n", "polku.toml");
  const auto message = build_error(raw);
  EXPECT_NE(message.find("absolute_session_hours"), std::string::npos) << message;
  EXPECT_NE(message.find("at least security.session_hours"), std::string::npos) << message;
}

TEST(Config, RepeatedAbsencesWarnFromThreeIn30DaysUnlessSetOtherwise) {
  auto c = build_ok({});
  EXPECT_EQ(c.attendance.repeated_absences, 3);
  EXPECT_EQ(c.attendance.window_days, 30);
  RawSettings raw;
  merge_toml_text(raw, "[attendance]\nrepeated_absences = 2\nwindow_days = 14\n", "polku.toml");
  c = build_ok(raw);
  EXPECT_EQ(c.attendance.repeated_absences, 2);
  EXPECT_EQ(c.attendance.window_days, 14);
}

TEST(Config, SmtpIsOffUntilAHostIsSetAndDefaultsToStarttlsOn587) {
  auto c = build_ok({});
  EXPECT_TRUE(c.smtp.host.empty());
  EXPECT_EQ(c.smtp.port, 587);
  EXPECT_TRUE(c.smtp.starttls);
  RawSettings raw;
  merge_toml_text(raw,
                  "[server]\npublic_url = \"https://polku.example.fi/\"\n[smtp]\nhost = \"mail.example.fi\"\n"
                  "port = 25\nstarttls = false\nusername = \"polku\"\nsender = \"polku@example.fi\"\n",
                  "polku.toml");
  c = build_ok(raw);
  EXPECT_EQ(c.public_url, "https://polku.example.fi");  // links append a path beginning with /
  EXPECT_EQ(c.smtp.host, "mail.example.fi");
  EXPECT_EQ(c.smtp.port, 25);
  EXPECT_FALSE(c.smtp.starttls);
  EXPECT_EQ(c.smtp.username, "polku");
  EXPECT_EQ(c.smtp.sender, "polku@example.fi");
}

TEST(Config, AnSmtpHostNeedsASenderAndThePublicAddressForLinks) {
  RawSettings raw{{"smtp.host", RawSetting{"mail.example.fi", "POLKU_SMTP_HOST"}}};
  EXPECT_NE(build_error(raw).find("[smtp] sender"), std::string::npos) << build_error(raw);
  raw["smtp.sender"] = RawSetting{"polku@example.fi", "POLKU_SMTP_SENDER"};
  EXPECT_NE(build_error(raw).find("[server] public_url"), std::string::npos) << build_error(raw);
  raw["server.public_url"] = RawSetting{"https://polku.example.fi", "POLKU_PUBLIC_URL"};
  EXPECT_EQ(build_error(raw), "");
}

}  // namespace
}  // namespace polku::config
