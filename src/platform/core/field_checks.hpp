// Field checks the modules' pure rules share: choices from a fixed list,
// required texts with a length limit, required ISO dates.
#pragma once
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/dates.hpp"
#include "platform/core/error.hpp"

namespace polku::checks {

inline constexpr std::size_t kMaxText = 4000;

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

template <std::size_t N>
bool all_of(const std::vector<std::string>& values, const std::array<std::string_view, N>& list) {
  return std::all_of(values.begin(), values.end(), [&](const std::string& v) { return one_of(list, v); });
}

inline void require_text(std::vector<FieldError>& e, const char* field, const std::string& v,
                         std::size_t max = 200) {
  if (v.empty()) {
    e.push_back({field, "required"});
  } else if (v.size() > max) {
    e.push_back({field, "too_long"});
  }
}

// An address mail can be sent to, deliberately loose: one @, something before it, a dotted domain, no white space
// or characters that would break a header. The real check is whether mail arrives.
inline bool is_email_address(std::string_view s) {
  const auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos || s.size() > 254 ||
      s.find_first_of(" \t\r\n\v\f<>,;\"") != std::string_view::npos) {
    return false;
  }
  const std::string_view domain = s.substr(at + 1);
  const auto dot = domain.find('.');
  return dot != std::string_view::npos && dot != 0 && domain.back() != '.';
}

inline void require_date(std::vector<FieldError>& e, const char* field, const std::string& v) {
  if (v.empty()) {
    e.push_back({field, "required"});
  } else if (!is_iso_date(v)) {
    e.push_back({field, "invalid_date"});
  }
}

}  // namespace polku::checks
