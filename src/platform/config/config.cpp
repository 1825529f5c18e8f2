#include "platform/config/config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <boost/asio/ip/address.hpp>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace polku::config {

const std::vector<SettingSpec>& setting_specs() {
  static const std::vector<SettingSpec> specs = {
      {"server.listen", "POLKU_LISTEN", "--listen", "host:port to serve on (port 0 picks a free one)"},
      {"server.web_root", "POLKU_WEB_ROOT", "--web-root", "folder of the built web UI"},
      {"server.io_threads", "POLKU_IO_THREADS", "--io-threads", "threads for network I/O"},
      {"server.worker_threads", "POLKU_WORKER_THREADS", "--worker-threads", "threads for handlers and SQL"},
      {"server.body_limit_bytes", "POLKU_BODY_LIMIT_BYTES", "--body-limit-bytes", "largest request body"},
      {"server.read_timeout_seconds", "POLKU_READ_TIMEOUT_SECONDS", "--read-timeout-seconds",
       "time allowed to read one request"},
      {"database.url", "POLKU_DATABASE_URL", "--database", "sqlite://path or postgresql://..."},
      {"database.pool_size", "POLKU_DATABASE_POOL_SIZE", "--database-pool-size", "database connections"},
      {"security.session_hours", "POLKU_SESSION_HOURS", "--session-hours", "idle session lifetime"},
      {"security.absolute_session_hours", "POLKU_ABSOLUTE_SESSION_HOURS", "--absolute-session-hours",
       "session lifetime however busy (sign in again after it)"},
      {"security.trusted_proxies", "POLKU_TRUSTED_PROXIES", "--trusted-proxies",
       "addresses of proxies whose X-Forwarded-For names the client (comma-separated)"},
      {"security.secure_cookies", "POLKU_SECURE_COOKIES", "--secure-cookies", "mark cookies Secure (TLS)"},
      {"log.level", "POLKU_LOG_LEVEL", "--log-level", "trace, debug, info, warn, error"},
      {"server.public_url", "POLKU_PUBLIC_URL", "--public-url", "Polku's address for links in e-mails"},
      {"smtp.host", "POLKU_SMTP_HOST", "--smtp-host", "mail server for e-mails (none: e-mails wait)"},
      {"smtp.port", "POLKU_SMTP_PORT", "--smtp-port", "mail server port"},
      {"smtp.starttls", "POLKU_SMTP_STARTTLS", "--smtp-starttls", "require STARTTLS (true or false)"},
      {"smtp.username", "POLKU_SMTP_USERNAME", "--smtp-username", "mail server user (empty: no sign-in)"},
      {"smtp.password", "POLKU_SMTP_PASSWORD", "--smtp-password", "mail server password"},
      {"smtp.sender", "POLKU_SMTP_SENDER", "--smtp-sender", "the From address of e-mails"},
      {"attendance.repeated_absences", "POLKU_REPEATED_ABSENCES", "--repeated-absences",
       "absences without notice that warn on the case"},
      {"attendance.window_days", "POLKU_ABSENCE_WINDOW_DAYS", "--absence-window-days",
       "days in which the repeated absences are counted"},
  };
  return specs;
}

namespace {

std::string node_to_string(const toml::node& node) {
  if (auto s = node.value<std::string>()) return *s;
  if (auto i = node.value<long long>()) return std::to_string(*i);
  if (auto b = node.value<bool>()) return *b ? "true" : "false";
  if (auto d = node.value<double>()) return std::to_string(*d);
  return "(unsupported value)";
}

bool parse_int(const std::string& text, long long min, long long max, long long& out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && out >= min && out <= max;
}

std::optional<ConfigError> bad_setting(const RawSetting& s, const std::string& expected) {
  return ConfigError{s.source + ": expected " + expected + ", got '" + s.value + "'"};
}

std::string text_of(const RawSettings& raw, const char* key) {
  auto it = raw.find(key);
  return it == raw.end() ? std::string() : it->second.value;
}

// [smtp] and the public address its links need: checked only as far as they are set.
std::optional<ConfigError> smtp_settings(const RawSettings& raw, Config& c) {
  if (auto it = raw.find("server.public_url"); it != raw.end()) {
    const auto& v = it->second.value;
    const bool web = v.rfind("https://", 0) == 0 || v.rfind("http://", 0) == 0;
    if (!web || v.find_first_of(" \t\r\n") != std::string::npos) {
      return bad_setting(it->second, "an address such as https://polku.example.fi");
    }
    c.public_url = v.back() == '/' ? v.substr(0, v.size() - 1) : v;
  }
  auto& smtp = c.smtp;
  smtp.host = text_of(raw, "smtp.host");
  smtp.username = text_of(raw, "smtp.username");
  smtp.password = text_of(raw, "smtp.password");
  smtp.sender = text_of(raw, "smtp.sender");
  if (auto it = raw.find("smtp.host"); it != raw.end() && smtp.host.find_first_of(" /:@") != std::string::npos) {
    return bad_setting(it->second, "a host name such as smtp.example.fi");
  }
  if (auto it = raw.find("smtp.port"); it != raw.end()) {
    long long port = 0;
    if (!parse_int(it->second.value, 1, 65535, port)) return bad_setting(it->second, "a port from 1 to 65535");
    smtp.port = static_cast<unsigned short>(port);
  }
  if (auto it = raw.find("smtp.starttls"); it != raw.end()) {
    const auto& v = it->second.value;
    if (v != "true" && v != "1" && v != "false" && v != "0") return bad_setting(it->second, "true or false");
    smtp.starttls = v == "true" || v == "1";
  }
  if (auto it = raw.find("smtp.sender"); it != raw.end()) {
    const auto at = smtp.sender.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == smtp.sender.size() ||
        smtp.sender.find_first_of(" <>\r\n") != std::string::npos) {
      return bad_setting(it->second, "an e-mail address such as polku@example.fi");
    }
  }
  if (smtp.host.empty()) return std::nullopt;
  if (smtp.sender.empty()) return ConfigError{"[smtp] sender (POLKU_SMTP_SENDER) is needed when [smtp] host is set"};
  if (c.public_url.empty()) {
    return ConfigError{
        "[server] public_url (POLKU_PUBLIC_URL) is needed for the links of e-mails when [smtp] host is set"};
  }
  return std::nullopt;
}

}  // namespace

void merge_toml_text(RawSettings& out, const std::string& toml_text, const std::string& file_name) {
  toml::table table = toml::parse(toml_text, file_name);  // throws toml::parse_error
  for (const auto& spec : setting_specs()) {
    auto dot = spec.key.find('.');
    const auto section = spec.key.substr(0, dot);
    const auto name = spec.key.substr(dot + 1);
    if (const toml::node* node = table[section][name].node()) {
      out[spec.key] = RawSetting{node_to_string(*node), file_name + " [" + section + "] " + name};
    }
  }
}

void merge_environment(RawSettings& out, const std::map<std::string, std::string>& env) {
  for (const auto& spec : setting_specs()) {
    if (auto it = env.find(spec.env); it != env.end()) out[spec.key] = RawSetting{it->second, spec.env};
  }
}

void merge_flags(RawSettings& out, const std::map<std::string, std::string>& flags_by_key) {
  for (const auto& spec : setting_specs()) {
    if (auto it = flags_by_key.find(spec.key); it != flags_by_key.end()) {
      out[spec.key] = RawSetting{it->second, spec.flag};
    }
  }
}

std::variant<Config, ConfigError> build_config(const RawSettings& raw) {
  Config c;
  auto bad = [](const RawSetting& s, const std::string& expected) {
    return ConfigError{s.source + ": expected " + expected + ", got '" + s.value + "'"};
  };
  auto integer = [&](const char* key, long long min, long long max, auto& field) -> std::optional<ConfigError> {
    auto it = raw.find(key);
    if (it == raw.end()) return std::nullopt;
    long long v = 0;
    if (!parse_int(it->second.value, min, max, v)) {
      return bad(it->second, "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    field = static_cast<std::remove_reference_t<decltype(field)>>(v);
    return std::nullopt;
  };

  if (auto it = raw.find("server.listen"); it != raw.end()) {
    const auto& v = it->second.value;
    auto colon = v.rfind(':');
    long long port = 0;
    if (colon == std::string::npos || colon == 0 || !parse_int(v.substr(colon + 1), 0, 65535, port)) {
      return bad(it->second, "host:port such as 127.0.0.1:8080");
    }
    c.listen_host = v.substr(0, colon);
    c.listen_port = static_cast<unsigned short>(port);
  }
  if (auto it = raw.find("database.url"); it != raw.end()) {
    const auto& v = it->second.value;
    bool sqlite = v.rfind("sqlite://", 0) == 0 && v.size() > 9;
    bool pg = v.rfind("postgresql://", 0) == 0 || v.rfind("postgres://", 0) == 0;
    if (!sqlite && !pg) return bad(it->second, "sqlite://PATH or postgresql://...");
    c.database_url = v;
  }
  if (auto it = raw.find("server.web_root"); it != raw.end()) c.web_root = it->second.value;
  if (auto e = integer("server.io_threads", 1, 64, c.io_threads)) return *e;
  if (auto e = integer("server.worker_threads", 1, 256, c.worker_threads)) return *e;
  if (auto e = integer("server.body_limit_bytes", 1024, 64LL * 1024 * 1024, c.body_limit_bytes)) return *e;
  if (auto e = integer("server.read_timeout_seconds", 1, 3600, c.read_timeout_seconds)) return *e;
  if (auto e = integer("database.pool_size", 1, 256, c.database_pool_size)) return *e;
  if (auto e = integer("security.session_hours", 1, 24 * 30, c.session_hours)) return *e;
  if (auto e = integer("security.absolute_session_hours", 1, 24 * 30, c.absolute_session_hours)) return *e;
  if (auto it = raw.find("security.absolute_session_hours");
      it != raw.end() && c.absolute_session_hours < c.session_hours) {
    return bad(it->second, "at least security.session_hours (" + std::to_string(c.session_hours) + ")");
  }
  c.absolute_session_hours = std::max(c.absolute_session_hours, c.session_hours);  // the default under a long idle
  if (auto it = raw.find("security.trusted_proxies"); it != raw.end()) {
    std::stringstream list(it->second.value);
    std::string one;
    while (std::getline(list, one, ',')) {
      const auto b = one.find_first_not_of(' ');
      const auto e = one.find_last_not_of(' ');
      if (b == std::string::npos) continue;
      one = one.substr(b, e - b + 1);
      boost::system::error_code ec;
      boost::asio::ip::make_address(one, ec);
      if (ec) return bad(it->second, "IP addresses separated by commas, such as 127.0.0.1, ::1");
      c.trusted_proxies.push_back(one);
    }
  }
  if (auto e = integer("attendance.repeated_absences", 1, 100, c.attendance.repeated_absences)) return *e;
  if (auto e = integer("attendance.window_days", 1, 366, c.attendance.window_days)) return *e;
  auto boolean = [&](const char* key, bool& field) -> std::optional<ConfigError> {
    auto it = raw.find(key);
    if (it == raw.end()) return std::nullopt;
    const auto& v = it->second.value;
    if (v != "true" && v != "1" && v != "false" && v != "0") return bad(it->second, "true or false");
    field = v == "true" || v == "1";
    return std::nullopt;
  };
  if (auto e = boolean("security.secure_cookies", c.secure_cookies)) return *e;
  if (auto e = smtp_settings(raw, c)) return *e;
  if (auto it = raw.find("log.level"); it != raw.end()) {
    static const std::vector<std::string> levels = {"trace", "debug", "info", "warn", "error", "off"};
    if (std::find(levels.begin(), levels.end(), it->second.value) == levels.end()) {
      return bad(it->second, "one of trace, debug, info, warn, error, off");
    }
    c.log_level = it->second.value;
  }
  return c;
}

std::variant<Config, ConfigError> load_config(const std::string& toml_path,
                                              const std::map<std::string, std::string>& flags_by_key) {
  RawSettings raw;
  if (!toml_path.empty() && std::filesystem::exists(toml_path)) {
    std::ifstream in(toml_path);
    std::stringstream text;
    text << in.rdbuf();
    try {
      merge_toml_text(raw, text.str(), toml_path);
    } catch (const toml::parse_error& e) {
      return ConfigError{toml_path + ": " + std::string(e.description())};
    }
  }
  std::map<std::string, std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string_view kv(*e);
    if (kv.rfind("POLKU_", 0) != 0) continue;
    auto eq = kv.find('=');
    if (eq != std::string_view::npos) env.emplace(kv.substr(0, eq), kv.substr(eq + 1));
  }
  merge_environment(raw, env);
  merge_flags(raw, flags_by_key);
  return build_config(raw);
}

}  // namespace polku::config
