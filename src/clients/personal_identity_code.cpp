#include "clients/personal_identity_code.hpp"

#include <array>
#include <cstdio>

namespace polku::clients {
namespace {

constexpr std::string_view kCheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";
constexpr std::size_t kCodeLength = 11;
constexpr std::size_t kSignPos = 6;
constexpr std::size_t kCheckPos = 10;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper_alnum(char c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); }

char to_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

int digits(std::string_view s, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) value = value * 10 + (s[i] - '0');
  return value;
}

// 0 when the sign is unknown.
int century_of(char sign) {
  switch (sign) {
    case '+':
      return 1800;
    case '-':
    case 'Y':
    case 'X':
    case 'W':
    case 'V':
    case 'U':
      return 1900;
    case 'A':
    case 'B':
    case 'C':
    case 'D':
    case 'E':
    case 'F':
      return 2000;
    default:
      return 0;
  }
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool is_real_date(int year, int month, int day) {
  constexpr std::array<int, 12> kDaysInMonth = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  int last = kDaysInMonth[static_cast<std::size_t>(month - 1)];
  if (month == 2 && is_leap(year)) last = 29;
  return day <= last;
}

std::string normalize(std::string_view code) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = code.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const auto last = code.find_last_not_of(kSpace);
  std::string out(code.substr(first, last - first + 1));
  for (char& c : out) c = to_upper(c);
  return out;
}

}  // namespace

std::variant<ParsedIdentityCode, IdentityCodeError> parse_identity_code(std::string_view code) {
  std::string s = normalize(code);
  if (s.size() != kCodeLength) return IdentityCodeError::kFormat;
  for (std::size_t i = 0; i < kCodeLength; ++i) {
    if (i == kSignPos) continue;
    const bool ok = i == kCheckPos ? is_upper_alnum(s[i]) : is_digit(s[i]);
    if (!ok) return IdentityCodeError::kFormat;
  }
  const int century = century_of(s[kSignPos]);
  if (century == 0) return IdentityCodeError::kCenturySign;

  const int day = digits(s, 0, 2);
  const int month = digits(s, 2, 2);
  const int year = century + digits(s, 4, 2);
  if (!is_real_date(year, month, day)) return IdentityCodeError::kDate;

  const int individual = digits(s, 7, 3);
  if (individual < 2) return IdentityCodeError::kIndividualNumber;

  // DDMMYYNNN is at most 311299999, which fits an int.
  const int number = digits(s, 0, 6) * 1000 + individual;
  if (s[kCheckPos] != kCheckCharacters[static_cast<std::size_t>(number % 31)]) {
    return IdentityCodeError::kChecksum;
  }
  return ParsedIdentityCode{year, month, day, std::move(s), individual >= 900};
}

std::string to_iso_date(const ParsedIdentityCode& parsed) {
  std::array<char, 48> buf{};  // room for any int, so no truncation
  std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02d", parsed.year, parsed.month, parsed.day);
  return buf.data();
}

}  // namespace polku::clients
