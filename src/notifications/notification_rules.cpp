#include "notifications/notification_rules.hpp"

#include <array>
#include <sstream>
#include <vector>

#include "platform/i18n/messages.hpp"

namespace polku::notifications {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The first UTF-8 character of `word` (Ä is two bytes).
std::string first_character(const std::string& word) {
  std::size_t n = 1;
  while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) ++n;
  return word.substr(0, n);
}

std::string param(const boost::json::object& params, const char* key) {
  const auto* v = params.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::string filled(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    const std::string mark = "{" + key + "}";
    for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size())) {
      text.replace(at, mark.size(), value);
    }
  }
  return text;
}

// Minutes (as text) as hours the way the UI shows them: "150" -> "2,5 h" ("2.5 h" in English).
std::string hours_of(const std::string& minutes, const std::string& language) {
  if (minutes.empty() || minutes.find_first_not_of("0123456789") != std::string::npos || minutes.size() > 9) {
    return minutes;
  }
  const long long hundredths = (std::stoll(minutes) * 100 + 30) / 60;  // rounded to 0.01 h
  std::string text = std::to_string(hundredths / 100);
  if (const long long rest = hundredths % 100; rest != 0) {
    std::string decimals = (rest < 10 ? "0" : "") + std::to_string(rest);
    if (decimals.back() == '0') decimals.pop_back();
    text += (language == "en" ? "." : ",") + decimals;
  }
  return text + " h";
}

// "13:05" as each language writes a time of day: 13.05 in Finnish and Swedish, 13:05 in English.
std::string clock_time(std::string hhmm, const std::string& language) {
  if (language != "en" && hhmm.size() == 5 && hhmm[2] == ':') hhmm[2] = '.';
  return hhmm;
}

// The message key of a notice's e-mail: a kind may have variants by what its params say.
std::string email_key(const std::string& kind, const boost::json::object& params) {
  if (kind == "task_due") return kind + "_" + param(params, "taskKind");
  if (kind == "guidance_falling_behind") {
    const std::string minutes = param(params, "missingMinutes");
    const bool hours = !minutes.empty() && minutes.find_first_not_of('0') != std::string::npos;
    if (param(params, "socialMissing") == "true") return kind + (hours ? "_hours_social" : "_social");
  }
  return kind;
}

}  // namespace

std::string name_outside_polku(const std::string& full_name) {
  const auto words = words_of(full_name);
  if (words.empty()) return "";
  if (words.size() == 1) return words[0];
  return words.front() + " " + first_character(words.back()) + ".";
}

EmailText email_text(const std::string& kind, const boost::json::object& params, const std::string& language,
                     const std::string& url) {
  const std::string lang = language == "sv" || language == "en" ? language : "fi";
  const std::string variant = email_key(kind, params);
  const std::string key = "email." + (i18n::has_message("email." + variant + ".subject") ? variant : "notification");
  const std::vector<std::pair<std::string, std::string>> values = {
      {"clientName", name_outside_polku(param(params, "clientName"))},
      {"date", display_date(param(params, "date"))},
      {"placeName", param(params, "placeName")},
      {"windowEnd", display_date(param(params, "windowEnd"))},
      {"missingHours", hours_of(param(params, "missingMinutes"), lang)},
      {"time", clock_time(param(params, "time"), lang)},
      {"location", param(params, "location")},
      {"url", url}};
  return {filled(i18n::message(key + ".subject", lang), values),
          filled(i18n::message(key + ".body", lang), values) + "\n\n" + i18n::message("email.footer", lang)};
}

std::optional<long long> retry_delay_seconds(int attempts_made, bool permanent) {
  static constexpr std::array<long long, kMaxAttempts - 1> kDelays = {60, 5 * 60, 30 * 60, 2 * 60 * 60};
  if (permanent || attempts_made >= kMaxAttempts) return std::nullopt;
  if (attempts_made < 1) return kDelays.front();
  return kDelays[static_cast<std::size_t>(attempts_made - 1)];
}

}  // namespace polku::notifications
