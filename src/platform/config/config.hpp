// Configuration: polku.toml, then POLKU_* environment, then command-line flags.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "platform/core/error.hpp"

namespace polku::config {

// The mail server the notifications' e-mails go through; no host: no e-mails are sent (they wait).
struct SmtpSettings {
  std::string host;
  unsigned short port = 587;
  bool starttls = true;  // STARTTLS required before anything is sent
  std::string username;
  std::string password;
  std::string sender;  // the From address
};

// When absences without notice raise a warning on the case (seed 000: repeated absences are followed up).
struct AttendanceSettings {
  int repeated_absences = 3;  // at least this many ...
  int window_days = 30;       // ... in this many days up to today
};

struct Config {
  std::string listen_host = "127.0.0.1";
  unsigned short listen_port = 8080;
  std::string database_url = "sqlite://var/polku.db";
  int database_pool_size = 8;
  std::string web_root = "web/dist";
  int io_threads = 2;
  int worker_threads = 8;
  std::size_t body_limit_bytes = 1024 * 1024;
  int read_timeout_seconds = 30;
  int session_hours = 8;                     // idle: a session unused this long ends
  int absolute_session_hours = 12;           // however busy, a session ends this long after sign-in
  std::vector<std::string> trusted_proxies;  // peers whose X-Forwarded-For names the client's address
  bool secure_cookies = false;
  std::string log_level = "info";
  std::string public_url;  // Polku's address as users open it, for the links in e-mails
  SmtpSettings smtp;
  AttendanceSettings attendance;
};

// One raw setting and where it came from, so that errors can name it.
struct RawSetting {
  std::string value;
  std::string source;  // e.g. "polku.toml [server] listen", "POLKU_LISTEN", "--listen"
};
using RawSettings = std::map<std::string, RawSetting>;  // key: "server.listen"

struct SettingSpec {
  std::string key;
  std::string env;
  std::string flag;
  std::string help;
};
const std::vector<SettingSpec>& setting_specs();

// Later layers override earlier ones.
void merge_toml_text(RawSettings& out, const std::string& toml_text, const std::string& file_name);
void merge_environment(RawSettings& out, const std::map<std::string, std::string>& env);
void merge_flags(RawSettings& out, const std::map<std::string, std::string>& flags_by_key);

// Validates and builds the configuration; the error message names the setting.
struct ConfigError {
  std::string message;
};
std::variant<Config, ConfigError> build_config(const RawSettings& raw);

// Reads polku.toml (if present), the process environment and the given flags.
std::variant<Config, ConfigError> load_config(const std::string& toml_path,
                                              const std::map<std::string, std::string>& flags_by_key);

}  // namespace polku::config
