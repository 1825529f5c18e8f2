// Finnish personal identity code (henkilötunnus): parsing and validation.
// The code is kept whole; since 2023 it is unique only with its century sign.
#pragma once
#include <string>
#include <string_view>
#include <variant>

namespace polku::clients {

struct ParsedIdentityCode {
  int year = 0;
  int month = 0;
  int day = 0;
  std::string normalized;  // upper-case, surrounding spaces trimmed
  bool temporary = false;  // individual number 900-999
};

// In the order they are checked; the first failing check is reported.
enum class IdentityCodeError {
  kFormat,            // not DDMMYY + sign + NNN + check character
  kCenturySign,       // sign not one of + - Y X W V U A B C D E F
  kDate,              // not a real calendar date
  kIndividualNumber,  // 000 or 001
  kChecksum,          // check character does not match
};

// Sex is deliberately not derived: Polku never shows or uses it.
std::variant<ParsedIdentityCode, IdentityCodeError> parse_identity_code(std::string_view code);

// The date of birth as YYYY-MM-DD.
std::string to_iso_date(const ParsedIdentityCode& parsed);

}  // namespace polku::clients
