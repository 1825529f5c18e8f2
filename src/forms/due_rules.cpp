#include "forms/due_rules.hpp"

#include <charconv>

#include "platform/core/dates.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

std::optional<std::string> date_at(const json::object& answers, const char* key) {
  const auto* v = answers.if_contains(key);
  if (!v || !v->is_string() || !is_iso_date(v->as_string())) return std::nullopt;
  return std::string(v->as_string());
}

// "every_3_months" -> 3
std::optional<int> months_of(const json::object& answers) {
  const auto* v = answers.if_contains("update_interval");
  if (!v || !v->is_string()) return std::nullopt;
  const std::string_view s = v->as_string();
  constexpr std::string_view prefix = "every_", suffix = "_months";
  if (s.size() <= prefix.size() + suffix.size() || s.substr(0, prefix.size()) != prefix ||
      s.substr(s.size() - suffix.size()) != suffix) {
    return std::nullopt;
  }
  const auto digits = s.substr(prefix.size(), s.size() - prefix.size() - suffix.size());
  int n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size() || n < 1 || n > 24) return std::nullopt;
  return n;
}

}  // namespace

std::string due_task_kind(const std::string& kind) {
  if (kind == "implementation_plan") return "plan_update_due";
  if (kind == "intermediate_evaluation") return "evaluation_due";
  return "";
}

std::optional<std::string> next_due(const std::string& kind, const json::object& answers,
                                    const std::string& completed_on) {
  if (kind == "implementation_plan") {
    if (auto d = date_at(answers, "next_update")) return d;
    if (auto months = months_of(answers); months && is_iso_date(completed_on)) {
      return add_months(completed_on, *months);
    }
    return std::nullopt;
  }
  if (kind == "intermediate_evaluation") return date_at(answers, "next_evaluation_date");
  return std::nullopt;
}

}  // namespace polku::forms
